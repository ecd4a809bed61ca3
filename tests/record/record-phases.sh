#!/bin/sh
# record-phases.sh LEAKSCOPE — the recorded event-loop phases of phases.js are exactly
# Node's sequence for it: iteration 1 runs the due timer (timers), the idle and prepare
# handles, a non-blocking poll and the immediate (check); iteration 2 blocks in poll
# until fs.stat's callback, then runs the last immediate. Phases are timed inside their
# iteration, in order, without overlapping.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/phases.js" > "$work/out"
check "the script ran" "$(cat "$work/out")" "done"

check "the phase sequence, with callbacks per phase" "$(q "SELECT group_concat(it, ' ') FROM (
	SELECT l.iteration || ':' || p.name || ':' || l.callbacks AS it FROM loop_phases l
	JOIN phases p ON p.id = l.phase ORDER BY l.iteration, l.start_us, l.phase)")" \
	"1:timers:1 1:idle:0 1:prepare:0 1:poll:0 1:check:1 2:prepare:0 2:poll:1 2:check:1"
check "iterations are numbered from 1, consecutively" "$(q "SELECT group_concat(n) FROM loop_iterations")" "1,2"
check "phases lie inside their iteration" "$(q "SELECT count(*) FROM loop_phases l JOIN loop_iterations i
	ON i.run_id = l.run_id AND i.n = l.iteration WHERE l.start_us < i.start_us OR l.duration_us < 0
	OR l.start_us + l.duration_us > i.start_us + i.duration_us")" "0"
check "phases do not overlap" "$(q "SELECT count(*) FROM loop_phases a JOIN loop_phases b
	ON a.run_id = b.run_id AND a.iteration = b.iteration AND b.start_us > a.start_us
	WHERE b.start_us < a.start_us + a.duration_us")" "0"
check "iteration 2 starts after iteration 1 ends" "$(q "SELECT b.start_us >= a.start_us + a.duration_us
	FROM loop_iterations a JOIN loop_iterations b ON b.n = a.n + 1")" "1"
check "the idle time in poll is within poll's time" "$(q "SELECT count(*) FROM loop_iterations
	WHERE poll_idle_us < 0 OR poll_idle_us > poll_us + 1000")" "0"
check "the timer, immediates and I/O callback were sampled in their phases" \
	"$(q "SELECT count(*) FROM samples WHERE cb_kind = 1 AND phase != 1 OR cb_kind = 2 AND phase != 6 OR cb_kind = 3 AND phase NOT IN (2, 5)")" "0"
done_tests
