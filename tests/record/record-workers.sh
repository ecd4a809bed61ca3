#!/bin/sh
# record-workers.sh LEAKSCOPE — with --record, every worker thread is a run of its own in
# the same database (runs.kind 'worker', thread_id its threadId, parent_run_id the run of
# the thread that started it, nested workers included), its CPU samples are its own
# thread's (spinOne only in worker 1's run, spinTwo only in worker 2's), its listeners
# are in its run, and each run ends with its own exit code.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/workers.js" > "$work/out"
check "the script ran" "$(cat "$work/out")" "worker 1 exit 3"

check "three runs: main, worker 1 (parent main), worker 2 (parent worker 1)" \
	"$(q "SELECT id || ':' || kind || ':' || thread_id || ':' || ifnull(parent_run_id, '-') ||
		':' || exit_code || ':' || (ended_at IS NOT NULL) FROM runs ORDER BY id" | tr '\n' ' ')" \
	"1:main:0:-:0:1 2:worker:1:1:3:1 3:worker:2:2:0:1 "
check "one process" "$(q "SELECT count(DISTINCT pid) FROM runs")" "1"
check "leakscope runs names each run's origin" \
	"$("$bin" runs "$db" | awk 'NR > 1 && $1 ~ /^[0-9]+$/ { print $1 ":" $0 }' |
		sed -n 's/^\([0-9]*\):.* \(main\|worker [0-9]* of run [0-9]*\) .*/\1 \2/p' | tr '\n' ',')" \
	"1 main,2 worker 1 of run 1,3 worker 2 of run 2,"
check "leakscope runs --run 3 says whose worker it is" \
	"$("$bin" runs "$db" --run 3 | sed -n 's/^  kind *//p')" "worker 2 of run 2"
"$bin" runs "$db" --json > "$work/runs.json"
check "leakscope runs --json: kind, thread_id, parent_run_id" \
	"$("$bin" -p "JSON.parse(require('fs').readFileSync('$work/runs.json', 'utf8')).runs
		.map(r => [r.id, r.kind, r.thread_id, r.parent_run_id].join(':')).join(' ')")" \
	"1:main:0: 2:worker:1:1 3:worker:2:2"
# a sample is spinOne's when spinOne is on its stack: the leaf is as often Date.now or
# Math.sqrt, the more so under load (preempted there, the signal's sample and the
# intervals missed meanwhile go to the native leaf: spinTwo was the leaf of 33 samples
# of the ~150 its 150 ms had beside a full ctest -j4)
under() {
	echo "FROM samples s WHERE s.stack_id IN (WITH RECURSIVE sub(id) AS (
		SELECT k.id FROM stacks k JOIN frames f ON f.id = k.frame WHERE f.name = '$1'
		UNION SELECT k.id FROM stacks k JOIN sub ON k.parent = sub.id) SELECT id FROM sub)"
}
one=$(q "SELECT count(*) $(under spinOne) AND s.run_id = 2")
two=$(q "SELECT count(*) $(under spinTwo) AND s.run_id = 3")
check_sh "worker 1's run samples spinOne: $one" "$one -ge 50"
check_sh "worker 2's run samples spinTwo: $two" "$two -ge 50"
check "spinOne is never in another run, spinTwo neither" \
	"$(q "SELECT (SELECT count(*) $(under spinOne) AND s.run_id != 2) +
		(SELECT count(*) $(under spinTwo) AND s.run_id != 3)")" "0"
check "worker 2's listeners are in its run" \
	"$(q "SELECT run_id || ':' || count(*) FROM listener_events WHERE event = 'tick' GROUP BY run_id")" "3:5"
check "main and worker 1 (which wait for their workers) have loop iterations" \
	"$(q "SELECT group_concat(DISTINCT run_id) FROM loop_iterations")" "1,2"
done_tests
