/* read.h — the hook main.c calls for the read-side commands (read.c):
 *   leakscope runs|top|loop|allocs|listeners|export DB [options]
 */
#ifndef LEAKSCOPE_CLI_READ_H
#define LEAKSCOPE_CLI_READ_H

/* Whether `name` (argv[1]) is one of the read commands. */
int cli_is_read_command(const char *name);

/* Runs one: argv[0] is the command's name. Returns the process's exit code. */
int cli_read_main(int argc, char **argv);

#endif
