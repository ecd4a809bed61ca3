/* cmd_ui.h — `leakscope ui DB [--port N] [--host ADDR] [--open]` (cmd_ui.c). */
#ifndef LEAKSCOPE_CLI_CMD_UI_H
#define LEAKSCOPE_CLI_CMD_UI_H

/* argv[0] is "ui". Returns the process's exit code (9 for a bad option). */
int cli_ui_main(int argc, char **argv);

#endif
