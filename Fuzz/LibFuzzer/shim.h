// libFuzzer's driver, linked by -sanitize=fuzzer: runs `test` on the inputs it makes, with the
// command line's options (https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
