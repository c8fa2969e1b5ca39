/// A 64-bit FNV-1a hash: enough to tell whether bytes changed between two builds (it is not a
/// defence against anyone forging a collision, and need not be).
struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  init() {}

  init(value: UInt64) {
    self.value = value
  }

  init(_ bytes: some Sequence<UInt8>) {
    add(bytes)
  }

  mutating func add(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }
  }

  mutating func add(_ string: String) {
    add(string.utf8)
    add([0])  // so that "ab" + "c" differs from "a" + "bc"
  }

  var description: String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
