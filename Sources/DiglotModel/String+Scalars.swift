extension String {
  /// A string made of the given scalars, encoded in one pass (much faster than appending
  /// scalars to a `String.UnicodeScalarView` one by one).
  public init(scalars: [Unicode.Scalar]) {
    self = scalars.withUnsafeBufferPointer { String(scalars: $0) }
  }

  /// A string made of the given scalars.
  public init(scalars: ArraySlice<Unicode.Scalar>) {
    self = scalars.withUnsafeBufferPointer { String(scalars: $0) }
  }

  /// A string made of the scalars in a buffer: encoded into room for the longest text they can
  /// make (on the stack, for most texts), then copied into a string of the exact size.
  public init(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buffer in
      var end = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[end] = UInt8(truncatingIfNeeded: value)
          end &+= 1
        } else if value < 0x800 {
          buffer[end] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
          buffer[end &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          end &+= 2
        } else if value < 0x1_0000 {
          buffer[end] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          buffer[end &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[end &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          end &+= 3
        } else {
          buffer[end] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
          buffer[end &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
          buffer[end &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[end &+ 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          end &+= 4
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<end]), as: UTF8.self)
    }
  }
}
