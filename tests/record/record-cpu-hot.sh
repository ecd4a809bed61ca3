#!/bin/sh
# record-cpu-hot.sh LEAKSCOPE — CPU samples find the known hot function: of two
# functions both named `work` in hot.js, the one defined on line 3 (the hot one) is the
# innermost JS frame of most samples, those samples fell in the timers phase inside
# timer callbacks, with the loop body's lines; native stacks are recorded and resolved.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/hot.js" > "$work/out"
check "the script ran" "$(cat "$work/out")" "done true"

leaf="FROM samples s JOIN stacks k ON k.id = s.stack_id JOIN frames f ON f.id = k.frame"
total=$(q "SELECT count(*) FROM samples WHERE state = 0")
hot=$(q "SELECT count(*) $leaf WHERE f.name = 'work' AND f.fn_line = 3 AND f.file LIKE '%/hot.js'")
cold=$(q "SELECT count(*) $leaf WHERE f.name = 'work' AND f.fn_line = 8")
check_sh "enough samples to judge" "$total -ge 100"
check_sh "the hot work() (line 3) has most running samples: $hot of $total" "$((hot * 2)) -gt $total"
check_sh "the cold work() (line 8) has fewer: $cold vs $hot" "$((cold * 4)) -lt $hot"
check "hot samples: phase timers, callback timer, state running" \
	"$(q "SELECT DISTINCT p.name || '/' || c.name || '/' || st.name $leaf
		JOIN phases p ON p.id = s.phase JOIN callback_kinds c ON c.id = s.cb_kind
		JOIN sample_states st ON st.id = s.state
		WHERE f.name = 'work' AND f.fn_line = 3")" "timers/timer/running"
check "hot samples are on the function's lines (4-6)" \
	"$(q "SELECT count(*) $leaf WHERE f.fn_line = 3 AND f.name = 'work' AND f.line NOT BETWEEN 4 AND 6")" "0"
check "its caller is tick" \
	"$(q "SELECT DISTINCT pf.name $leaf JOIN stacks pk ON pk.id = k.parent
		JOIN frames pf ON pf.id = pk.frame WHERE f.name = 'work' AND f.fn_line = 3")" "tick"
check "the main script's samples are in phase none, callback main" \
	"$(q "SELECT count(*) $leaf WHERE f.fn_line = 8 AND s.cb_kind = 0 AND s.phase != 0")" "0"
nat=$(q "SELECT count(*) FROM samples WHERE native_stack_id IS NOT NULL AND state = 0")
check_sh "running samples carry native stacks: $nat of $total" "$((nat * 10)) -ge $((total * 9))"
check "native frames are resolved to the interpreter's functions" \
	"$(q "SELECT count(*) > 0 FROM frames WHERE kind = 1 AND name = 'jsR_run' AND file LIKE '%leakscope'")" "1"
check "the runs row" "$(q "SELECT exit_code, sample_interval_us, mujs_version, ended_at IS NOT NULL FROM runs")" "0|1000|1.3.6|1"
done_tests
