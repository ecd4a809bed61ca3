#!/bin/sh
# record-cluster.sh LEAKSCOPE — with --record, a cluster's primary and each of its
# workers record into the same database, every worker as a run of its own (runs.kind
# 'fork', parent_run_id the primary's run, its own pid), and a leak in one worker only
# (cluster.js: worker 2 keeps every request and snapshots itself) is that worker's:
# `leakscope diff` reports the leaking worker's run and names its pid, and the other
# worker's run has no snapshots. Each process has its own samples.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/cluster.js" > "$work/out"
check "the primary ends after the workers" "$(grep -c 'primary done' "$work/out")" "1"
leaky=$(sed -n 's/^leaky worker pid //p' "$work/out")
main=$(q "SELECT pid FROM runs WHERE id = 1")

check "three runs: the primary and two forks linked to it" \
	"$(q "SELECT id || ':' || kind || ':' || ifnull(parent_run_id, '-') || ':' || exit_code
		|| ':' || (ended_at IS NOT NULL) FROM runs ORDER BY id" | tr '\n' ' ')" \
	"1:main:-:0:1 2:fork:1:0:1 3:fork:1:0:1 "
check "leakscope runs: the workers are forks of run 1" \
	"$("$bin" runs "$db" | grep -c ' fork of run 1 ')" "2"
check "three processes, the workers' parent is the primary" \
	"$(q "SELECT count(DISTINCT pid) || ':' || sum(ppid = $main) FROM runs")" "3:2"
run=$(q "SELECT id FROM runs WHERE pid = $leaky")
check "snapshots only in the leaking worker's run" \
	"$(q "SELECT group_concat(DISTINCT run_id) FROM snapshots")" "$run"
check "every process has CPU samples of its own" \
	"$(q "SELECT count(DISTINCT run_id) FROM samples")" "3"

"$bin" diff "$db" > "$work/diff" 2> "$work/err"
check "diff exits 0" "$?" "0"
check "diff reports the leaking worker's run, by pid" "$(head -1 "$work/diff" | cut -d, -f1)" \
	"leak report: run $run (fork of run 1"
check "... and its pid" "$(head -1 "$work/diff" | sed -n 's/.*pid \([0-9]*\)).*/\1/p')" "$leaky"
check "the suspect is the worker's list" "$(grep -c 'served\[\]' "$work/diff")" "1"
other=$(q "SELECT id FROM runs WHERE kind = 'fork' AND pid != $leaky")
set +e
"$bin" diff "$db" --run "$other" > /dev/null 2> "$work/err"
code=$?
set -e
check "the other worker's run has nothing to diff" "$code:$(cat "$work/err")" \
	"2:leakscope diff: $db: run $other has no heap snapshots"
done_tests
