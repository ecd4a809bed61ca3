/* fs_internal.h — what runtime/fs*.c share: the registration of the functions each
 * file adds to binding.fs (Node's fs errors are internal.h's rt__push_uv_error).
 * Nothing outside runtime/fs*.c includes it. */
#ifndef LEAKSCOPE_RUNTIME_FS_INTERNAL_H
#define LEAKSCOPE_RUNTIME_FS_INTERNAL_H

#include "internal.h"

/* fs_readfile.c: adds readFile to the binding.fs object on top of the stack. */
void fs__readfile_init(js_State *J);

#endif
