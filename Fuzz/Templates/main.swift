import CLibFuzzer
import DiglotSite
import Glibc

/// Parses arbitrary bytes as the page template (`Templates/page.html`). Whatever the bytes, the
/// parser must return templates or diagnostics, without crashing or hanging.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  _ = Templates.parse(page: Array(UnsafeBufferPointer(start: data, count: size)), path: "page.html")
  return 0
}

// This file is the executable's `main`, in place of libFuzzer's: it hands over to libFuzzer.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, test))
