/// Sets of the indices `0..<count`, joined by `union`; each set is named by its smallest member.
public struct UnionFind: Sendable {
  private var parent: [Int]

  public init(count: Int) { parent = Array(0..<count) }

  /// The smallest member of the index's set.
  public mutating func find(_ index: Int) -> Int {
    var root = index
    while parent[root] != root { root = parent[root] }
    var node = index
    while parent[node] != root { (parent[node], node) = (root, parent[node]) }
    return root
  }

  /// Joins the sets of the two indices.
  public mutating func union(_ a: Int, _ b: Int) {
    let (rootA, rootB) = (find(a), find(b))
    if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
  }
}
