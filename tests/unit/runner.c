/* runner.c — runs one C unit test (named on the command line) in a child process with a
 * timeout, as libuv's test runner does: a crash or hang fails that test alone.
 *   unit-runner --list      names of every test in test-list.h
 *   unit-runner NAME        run it; exit 0 on success */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test-list.h"

#ifndef TEST_TIMEOUT_S	/* seconds; CMakeLists.txt sets it */
#define TEST_TIMEOUT_S 30
#endif

int main(int argc, char **argv)
{
	const struct test_entry *t;
	if (argc < 2) {
		fprintf(stderr, "usage: %s --list | NAME\n", argv[0]);
		return 2;
	}
	for (t = tests; t->name; t++) {
		pid_t pid;
		int status;
		if (!strcmp(argv[1], "--list")) {
			puts(t->name);
			continue;
		}
		if (strcmp(argv[1], t->name))
			continue;
		fflush(stdout);
		pid = fork();
		if (pid == 0) {
			alarm(TEST_TIMEOUT_S);
			int r = t->fn();
			fflush(stdout);
			_exit(r);
		}
		if (pid < 0 || waitpid(pid, &status, 0) < 0) {
			perror("fork");
			return 1;
		}
		if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
			printf("ok %s\n", t->name);
			return 0;
		}
		if (WIFSIGNALED(status))
			printf("not ok %s: %s%s\n", t->name, strsignal(WTERMSIG(status)),
				WTERMSIG(status) == SIGALRM ? " (timed out)" : "");
		else
			printf("not ok %s: exit %d\n", t->name, WEXITSTATUS(status));
		return 1;
	}
	if (strcmp(argv[1], "--list")) {
		fprintf(stderr, "no test named %s\n", argv[1]);
		return 2;
	}
	return 0;
}
