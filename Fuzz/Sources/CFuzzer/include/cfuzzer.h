// libFuzzer's driver entry point (compiler-rt, linked by -sanitize=fuzzer). SwiftPM links an executable with
// its main() aliased to `<Target>_main`, so each target defines that and hands control to libFuzzer here.
#ifndef CFUZZER_H
#define CFUZZER_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
