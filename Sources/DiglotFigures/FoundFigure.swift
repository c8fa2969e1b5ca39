import DiglotModel

/// A figure found in one language's plain text (markup already removed, `\$` already unescaped).
public struct FoundFigure: Hashable, Sendable {
  public var kind: FigureKind
  /// The figure as written (without its qualifier), its value and qualifier; `range` is left to the reader.
  public var amount: Amount
  /// Offset in characters of the figure's first character in the text, counting the qualifier word.
  public var offset: Int
  /// Length in characters of what was matched: the qualifier word and the amount.
  public var length: Int
  /// Offset in characters of the amount as written, after any qualifier word; it runs to the end
  /// of what was matched.
  public var writtenOffset: Int

  public init(kind: FigureKind, amount: Amount, offset: Int, length: Int, writtenOffset: Int) {
    self.kind = kind
    self.amount = amount
    self.offset = offset
    self.length = length
    self.writtenOffset = writtenOffset
  }
}
