#!/bin/sh
# record-cpu-native-share.sh LEAKSCOPE — time spent inside a C function is sampled in
# it, and time in JS in the JS. native-share.js runs a JS loop and a JSON.stringify in
# turn inside mixed(), with a process.hrtime after each. The share of mixed()'s samples
# under natively() with the timer sampler (LEAKSCOPE_SAMPLER=timer: SIGPROF at its
# times, wherever the thread is) is the reference; with the default sampler, the loop
# as long as in the first run, it must be within 20 points of it (two runs on a machine
# kept busy differed by up to 14), and at most 3% of the samples may be in hrtime (the
# timer's: ~0.5%). The self-timed sampler counts the interpreter's check points down
# between clock reads, and a C function's return reads the clock too (mujs patch 0123):
# without that, the samples due inside JSON.stringify landed in the loop after it (6%
# against the timer's 52%); and once samples come late (the thread preempted) its
# watchdog watches closely and signals a thread that has not read the clock for a
# quarter interval, or the samples due while the thread was off its CPU in the loop
# went to the C function it called next (hrtime: 3-4% with the app's CPU shared with a
# busy loop, 7% beside the sanitizer suite; 0.3-1.5% with the watchdog watching, beside
# a fresh-clone CI run).
bin=$1
. "$(dirname "$0")/lib.sh"
under() {
	q "WITH RECURSIVE sub(id) AS (
		SELECT k.id FROM stacks k JOIN frames f ON f.id = k.frame WHERE f.name = '$1'
		UNION SELECT k.id FROM stacks k JOIN sub ON k.parent = sub.id)
		SELECT count(*) FROM samples s WHERE s.stack_id IN (SELECT id FROM sub)"
}
hrtime_leaf="SELECT count(*) FROM samples s JOIN stacks k ON k.id = s.stack_id
	JOIN frames f ON f.id = k.frame WHERE f.name = 'hrtime' AND f.file = 'native'"
for mode in timer self; do
	rm -f "$db"
	LEAKSCOPE_SAMPLER=$mode "$bin" run --record "$db" "$here/native-share.js" > "$work/out"
	NATIVE_SHARE_N=$(cat "$work/out")
	export NATIVE_SHARE_N
	check_sh "the script ran ($mode): loopy($NATIVE_SHARE_N)" "$NATIVE_SHARE_N -gt 0"
	all=$(under mixed)
	check_sh "enough samples in mixed() ($mode): $all" "$all -ge 400"
	share=$(($(under natively) * 100 / all))
	hr=$(($(q "$hrtime_leaf") * 1000 / all))
	if [ $mode = timer ]; then
		want=$share
		check_sh "the timer's share is a share to compare with: $want%" \
			"$want -ge 15 -a $want -le 85"
	else
		check_sh "natively()'s share of mixed()'s samples: $share% (timer: $want%)" \
			"$share -ge $((want - 20)) -a $share -le $((want + 20))"
		check_sh "samples in process.hrtime: $hr per mille" "$hr -le 30"
	fi
done
done_tests
