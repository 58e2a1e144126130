// libFuzzer's entry for a program that has its own main (LLVM 11 and later). The fuzz
// targets call it from their @main; scripts/fuzz links libclang_rt.fuzzer_no_main,
// which defines it. A plain build declares it and never calls it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
