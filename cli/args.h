/* args.h — the option-parsing helpers the CLI's parsers share (main.c, read.c). */
#ifndef LEAKSCOPE_CLI_ARGS_H
#define LEAKSCOPE_CLI_ARGS_H

#include <stdint.h>

/* The value of "--name=VALUE" or "--name VALUE" (advancing *i past VALUE), or NULL when
 * argv[*i] is not that option; *missing is set when the value is absent. */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name, int *missing);

/* A non-negative decimal integer (strtoll's syntax, nothing after it) into *out;
 * -1 when s is not one. */
int cli_parse_count(const char *s, int64_t *out);

#endif
