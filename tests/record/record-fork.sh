#!/bin/sh
# record-fork.sh LEAKSCOPE — with --record (a path relative to the parent's directory), a
# child forked into another directory and its own fork record into the same database:
# runs of kind 'fork', each linked to its parent's run (1 <- 2 <- 3), with their pids;
# nothing is written in the children's directory.
bin=$1
. "$(dirname "$0")/lib.sh"
mkdir "$work/elsewhere"
(cd "$work" && FORK_CWD="$work/elsewhere" "$bin" run --record app.db "$here/fork.js") > "$work/out"
check "the message went up both levels" "$(grep -c 'depth 0 got hello from [0-9]* via 1' "$work/out")" "1"
check "three runs, each a fork of the one before" \
	"$(q "SELECT id || ':' || kind || ':' || ifnull(parent_run_id, '-') || ':' || exit_code
		FROM runs ORDER BY id" | tr '\n' ' ')" "1:main:-:0 2:fork:1:0 3:fork:2:0 "
check "each run's ppid is its parent run's pid" \
	"$(q "SELECT count(*) FROM runs c JOIN runs p ON p.id = c.parent_run_id WHERE c.ppid = p.pid")" "2"
check "nothing recorded in the children's directory" "$(ls "$work/elsewhere" | wc -l)" "0"
done_tests
