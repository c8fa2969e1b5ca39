import CLibFuzzer
import DiglotReader
import Glibc

/// Reads arbitrary bytes as the slide text of an address. Whatever the bytes, the reader must
/// return a document or diagnostics, without crashing or hanging.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  _ = DocumentReader.read(Array(UnsafeBufferPointer(start: data, count: size)), path: "fuzz.txt")
  return 0
}

// This file is the executable's `main`, in place of libFuzzer's: it hands over to libFuzzer.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, test))
