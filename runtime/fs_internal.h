/* fs_internal.h — what runtime/fs*.c share: Node's fs errors and the registration of
 * the functions each file adds to binding.fs. Nothing outside runtime/fs*.c includes it. */
#ifndef LEAKSCOPE_RUNTIME_FS_INTERNAL_H
#define LEAKSCOPE_RUNTIME_FS_INTERNAL_H

#include "internal.h"

/* Pushes (does not throw) Node's error for a failed uv fs call: message
 * "CODE: description, syscall 'path' -> 'dest'", own properties errno (negative),
 * code, syscall, path, dest in that order; path and dest may be NULL. */
void fs__push_error(js_State *J, int err, const char *syscall, const char *path,
	const char *dest);

/* fs_readfile.c: adds readFile to the binding.fs object on top of the stack. */
void fs__readfile_init(js_State *J);

#endif
