/// A node of an HTML or XML tree, held as Swift values: no C pointer outlives parsing.
public enum MarkupNode: Hashable, Sendable {
  case element(MarkupElement)
  case text(String)
  case comment(String)
}

/// A line and column in a parsed source, both 1-based; columns count characters.
public struct MarkupPosition: Hashable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// One attribute of an element; elements keep their attributes in order.
public struct MarkupAttribute: Hashable, Sendable {
  public var name: String
  public var value: String

  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// An element: its name, ordered attributes and children, and where it was parsed from.
public struct MarkupElement: Hashable, Sendable {
  public var name: String
  public var attributes: [MarkupAttribute]
  public var children: [MarkupNode]
  /// Where the element's start tag stands in its source; `nil` for elements built in code.
  /// Not part of equality, so a parsed tree compares equal to the same tree built by hand.
  public var position: MarkupPosition?

  public init(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [MarkupNode] = []
  ) {
    self.name = name
    self.attributes = attributes.map { MarkupAttribute($0.key, $0.value) }
    self.children = children
  }

  public init(name: String, attributes: [MarkupAttribute], children: [MarkupNode], position: MarkupPosition? = nil) {
    self.name = name
    self.attributes = attributes
    self.children = children
    self.position = position
  }

  /// The value of the named attribute; setting `nil` removes it, setting a new name appends it.
  public subscript(attribute name: String) -> String? {
    get { attributes.first { $0.name == name }?.value }
    set {
      let index = attributes.firstIndex { $0.name == name }
      switch (index, newValue) {
      case (let i?, let value?): attributes[i].value = value
      case (let i?, nil): attributes.remove(at: i)
      case (nil, let value?): attributes.append(MarkupAttribute(name, value))
      case (nil, nil): break
      }
    }
  }

  /// The concatenated text of all descendant text nodes.
  public var textContent: String {
    children.map { node in
      switch node {
      case .element(let element): element.textContent
      case .text(let text): text
      case .comment: ""
      }
    }.joined()
  }

  public static func == (a: MarkupElement, b: MarkupElement) -> Bool {
    a.name == b.name && a.attributes == b.attributes && a.children == b.children
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(attributes)
    hasher.combine(children)
  }
}

extension MarkupNode {
  /// The element, if this node is one.
  public var element: MarkupElement? {
    if case .element(let element) = self { element } else { nil }
  }

  /// Shorthand for an element node.
  public static func element(
    _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [MarkupNode] = []
  ) -> MarkupNode {
    .element(MarkupElement(name, attributes, children))
  }
}

extension Sequence<MarkupNode> {
  /// Every element in these trees, in document order (depth first, parents before children).
  public var allElements: [MarkupElement] {
    var result: [MarkupElement] = []
    func visit(_ nodes: some Sequence<MarkupNode>) {
      for case .element(let element) in nodes {
        result.append(element)
        visit(element.children)
      }
    }
    visit(self)
    return result
  }
}
