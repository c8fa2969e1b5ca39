extension String {
  /// A string made of the given scalars, encoded in one pass (much faster than appending
  /// scalars to a `String.UnicodeScalarView` one by one).
  ///
  /// The UTF-8 length is counted first, so that the string is made at its size: fifteen bytes or
  /// fewer are held in the string itself, with no storage of their own, and longer text takes no
  /// more storage than it needs.
  @inlinable public init(scalars: some Collection<Unicode.Scalar>) {
    var length = 0
    for scalar in scalars { length += UTF8.width(scalar) }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var end = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[end] = UInt8(value)
          end += 1
        } else if value < 0x800 {
          buffer[end] = UInt8(0xC0 | value >> 6)
          buffer[end + 1] = UInt8(0x80 | value & 0x3F)
          end += 2
        } else if value < 0x1_0000 {
          buffer[end] = UInt8(0xE0 | value >> 12)
          buffer[end + 1] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[end + 2] = UInt8(0x80 | value & 0x3F)
          end += 3
        } else {
          buffer[end] = UInt8(0xF0 | value >> 18)
          buffer[end + 1] = UInt8(0x80 | value >> 12 & 0x3F)
          buffer[end + 2] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[end + 3] = UInt8(0x80 | value & 0x3F)
          end += 4
        }
      }
      return end
    }
  }
}
