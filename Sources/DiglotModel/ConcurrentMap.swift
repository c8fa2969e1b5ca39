import Dispatch
import Foundation

extension Collection where Self: Sendable, Index == Int {
  /// `map` on all cores: each element's result goes to its own slot, so the order of the results
  /// is that of the elements whatever the scheduling. `transform` must be safe to call from
  /// several threads at once.
  public func concurrentMap<Result>(batchSize: Int = 1, _ transform: @Sendable (Element) -> Result) -> [Result] {
    guard !isEmpty else { return [] }
    let batches = (count + batchSize - 1) / batchSize
    let slots = Slots<[Result]>(count: batches)
    DispatchQueue.concurrentPerform(iterations: batches) { batch in
      let lower = startIndex + batch * batchSize
      let upper = Swift.min(endIndex, lower + batchSize)
      slots.store(self[lower..<upper].map(transform), at: batch)
    }
    return slots.values.flatMap { $0 }
  }
}

/// Results written from several threads, each to its own index, under a lock.
private final class Slots<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func store(_ value: Value, at index: Int) {
    lock.withLock { storage[index] = value }
  }

  var values: [Value] { lock.withLock { storage.map { $0! } } }
}
