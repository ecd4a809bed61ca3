#!/bin/sh
# record-cpu-native-share.sh LEAKSCOPE — time spent inside a C function is sampled in
# it. native-share.js runs a JS loop and a JSON.stringify in turn inside mixed(); the
# share of mixed()'s samples under natively() is measured with the default sampler
# and with the timer (LEAKSCOPE_SAMPLER=timer: SIGPROF at its times, wherever the
# thread is), and the two must agree within 12 points. The self-timed sampler counts
# the interpreter's check points down between clock reads, and a C function's return
# reads the clock too (mujs patch 0123): without that, the samples due inside
# JSON.stringify landed in the loop after it (2% against the timer's 55%).
bin=$1
. "$(dirname "$0")/lib.sh"
under() {
	q "WITH RECURSIVE sub(id) AS (
		SELECT k.id FROM stacks k JOIN frames f ON f.id = k.frame WHERE f.name = '$1'
		UNION SELECT k.id FROM stacks k JOIN sub ON k.parent = sub.id)
		SELECT count(*) FROM samples s WHERE s.stack_id IN (SELECT id FROM sub)"
}
share() {	# share MODE: natively()'s % of mixed()'s samples
	rm -f "$db"
	LEAKSCOPE_SAMPLER=$1 "$bin" run --record "$db" "$here/native-share.js" > "$work/out"
	check "the script ran ($1)" "$(cat "$work/out")" "true"
	all=$(under mixed)
	check_sh "enough samples in mixed() ($1): $all" "$all -ge 300"
	echo $(($(under natively) * 100 / all)) > "$work/share"
}
share timer
want=$(cat "$work/share")
check_sh "the timer's share is a share to compare with: $want%" "$want -ge 20 -a $want -le 80"
share self
got=$(cat "$work/share")
check_sh "natively()'s share of mixed()'s samples: $got% (timer: $want%)" \
	"$got -ge $((want - 12)) -a $got -le $((want + 12))"
done_tests
