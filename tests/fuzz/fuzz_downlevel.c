/* fuzz_downlevel.c — libFuzzer target for the down-leveler: any input must parse (or
 * fail with an error) and, when it parses, print, without crashing, hanging or leaking.
 * Built only with -DLEAKSCOPE_FUZZ=ON and clang:
 *   CC=clang cmake -B build-fuzz -DLEAKSCOPE_FUZZ=ON && cmake --build build-fuzz --target fuzz_downlevel
 *   build-fuzz/tests/fuzz/fuzz_downlevel -max_len=4096 -max_total_time=60 */
#include <stddef.h>
#include <stdint.h>

#include "downlevel.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dl_result r;
	if (dl_transform((const char *)data, size, 0, &r) == DL_OK)
		dl_result_free(&r);
	if (dl_transform((const char *)data, size, DL_MODULE, &r) == DL_OK)	/* lower_module.c too */
		dl_result_free(&r);
	return 0;
}
