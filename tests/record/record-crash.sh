#!/bin/sh
# record-crash.sh LEAKSCOPE — a recording survives kill -9: after `leakscope run
# --record` is killed mid-run, the database opens, passes SQLite's integrity check and
# holds what was committed (the run's row without an end, samples, loop iterations,
# listener events, allocation sites). Then a second recording into the same file adds a
# run and ends cleanly.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" --record-allocs "$here/forever.js" > "$work/out" &
pid=$!
# wait until the writer has committed enough (it commits every 50 ms, allocation sites
# are handed over about every second; WAL lets us read)
i=0
while [ "$i" -lt 300 ]; do
	sleep 0.1
	i=$((i + 1))
	[ "$(q "SELECT (SELECT count(*) FROM samples) >= 100 AND (SELECT count(*) FROM loop_iterations) >= 10
		AND (SELECT count(*) FROM listener_events) >= 10
		AND (SELECT count(*) FROM alloc_sites) >= 1" 2>/dev/null)" = 1 ] && break
done
kill -9 "$pid"
wait "$pid" || true

check "integrity check" "$(q "PRAGMA integrity_check")" "ok"
check "the run has no end" "$(q "SELECT count(*), ended_at IS NULL, exit_code IS NULL FROM runs")" "1|1|1"
n=$(q "SELECT count(*) FROM samples"); check_sh "samples were committed: $n" "$n -ge 100"
n=$(q "SELECT count(*) FROM loop_iterations"); check_sh "iterations were committed: $n" "$n -ge 10"
n=$(q "SELECT count(*) FROM listener_events"); check_sh "listener events were committed: $n" "$n -ge 10"
n=$(q "SELECT count(*) FROM alloc_sites"); check_sh "allocation sites were committed: $n" "$n -ge 1"
check "samples reference stored stacks" "$(q "SELECT count(*) FROM samples s WHERE s.stack_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stacks k WHERE k.id = s.stack_id)")" "0"

"$bin" run --record "$db" -e "console.log('second')" > "$work/out2"
check "a second recording into the same file" "$(cat "$work/out2") $(q "SELECT group_concat(ended_at IS NOT NULL) FROM runs")" "second 0,1"
done_tests
