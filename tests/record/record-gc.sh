#!/bin/sh
# record-gc.sh LEAKSCOPE — every garbage collection is recorded with its duration and the
# heap's bytes before and after: gc.js makes ~2 MB of garbage five times and calls gc()
# after each, so at least five collections each free over 1 MB, in time order, with
# durations that fit in the run.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" --expose-gc "$here/gc.js" > "$work/out"
check "the script ran" "$(cat "$work/out")" "done"
n=$(q "SELECT count(*) FROM gc_events WHERE bytes_before - bytes_after > 1048576")
check_sh "collections that freed over 1 MB: $n" "$n -ge 5"
check "durations are not negative, bytes are positive" \
	"$(q "SELECT count(*) FROM gc_events WHERE duration_us < 0 OR bytes_after <= 0")" "0"
check "in time order, each inside the run" "$(q "SELECT count(*) FROM gc_events g JOIN runs r
	ON r.id = g.run_id WHERE g.t_us < 0 OR g.t_us + g.duration_us > r.duration_us
	OR g.t_us < (SELECT max(t_us) FROM gc_events p WHERE p.run_id = g.run_id AND p.seq < g.seq)")" "0"
done_tests
