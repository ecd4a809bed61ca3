#!/bin/sh
# record-listeners.sh LEAKSCOPE — every listener add/remove is recorded: in
# listeners.js one emitter's 'data' count rises 1..12, each add registered at line 8 of
# tick() with a stack through tick; the other emitter's 'end' goes 1, 0 twelve times.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/listeners.js" > "$work/out"
check "the script ran" "$(cat "$work/out")" "12 0"

ev="FROM listener_events l LEFT JOIN frames f ON f.id = l.frame_id"
check "'data' counts rise one by one, all adds" \
	"$(q "SELECT group_concat(op || ':' || count, ' ') FROM (SELECT op, count $ev WHERE event = 'data' ORDER BY seq)")" \
	"1:1 1:2 1:3 1:4 1:5 1:6 1:7 1:8 1:9 1:10 1:11 1:12"
check "one emitter, an EventEmitter" \
	"$(q "SELECT count(DISTINCT emitter), min(emitter_ctor) $ev WHERE event = 'data'")" "1|EventEmitter"
check "registered at tick's line 8 in listeners.js" \
	"$(q "SELECT DISTINCT f.name || ':' || f.line || ':' || f.fn_line || ':' || (f.file LIKE '%/listeners.js') $ev WHERE event = 'data'")" \
	"tick:8:7:1"
check "each add's stack has the registration frame in it" "$(q "WITH RECURSIVE w(seq, node) AS (
		SELECT seq, stack_id FROM listener_events WHERE event = 'data'
		UNION ALL SELECT w.seq, k.parent FROM w JOIN stacks k ON k.id = w.node
		WHERE k.parent IS NOT NULL)
	SELECT count(DISTINCT l.seq) FROM listener_events l JOIN w ON w.seq = l.seq
		JOIN stacks k ON k.id = w.node WHERE k.frame = l.frame_id AND l.event = 'data'")" "12"
check "the balanced emitter goes 1, 0 each tick" \
	"$(q "SELECT group_concat(op || ':' || count, ' ') FROM (SELECT op, count $ev WHERE event = 'end' ORDER BY seq LIMIT 4)")" \
	"1:1 -1:0 1:1 -1:0"
check "its net change is zero, on another emitter" \
	"$(q "SELECT sum(op), count(DISTINCT emitter), min(emitter) != (SELECT min(emitter) FROM listener_events WHERE event = 'data') $ev WHERE event = 'end'")" "0|1|1"
check "adds are timed in order" \
	"$(q "SELECT count(*) FROM listener_events a JOIN listener_events b ON b.seq = a.seq + 1 AND b.run_id = a.run_id WHERE b.t_us < a.t_us")" "0"
done_tests
