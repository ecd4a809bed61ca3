#!/bin/sh
# iterations-window.sh LEAKSCOPE — the UI's zoomed event-loop timeline
# (/api/runs/R/iterations?from=&to=) reads the packed iterations of schema version 5 from
# only the batches a window can touch; checked against the loop_iterations view read by
# the sqlite3 shell: for windows at the start, inside one batch, across batch boundaries,
# at the end and past it, the iteration numbers and their start times must be exactly
# the view's. The recording is a script that spins the loop ~3,000 times (47 batches).
# Skipped (77) without curl or sqlite3, unless CI is set (then it fails: tools/deps.sh
# installs both).
set -u
ls=$1
need() {
	command -v "$1" > /dev/null && return
	[ -n "${CI:-}" ] && { echo "FAIL: no $1 (tools/deps.sh installs it)"; exit 1; }
	echo "skip: no $1"; exit 77
}
need curl
need sqlite3
dir=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$dir"; }
trap cleanup EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

cat > "$dir/spin.js" <<'JS'
let n = 0;
(function next() { if (++n < 3000) setImmediate(next); })();
JS
"$ls" run --record "$dir/r.db" "$dir/spin.js" || { echo "FAIL: recording"; exit 1; }
batches=$(sqlite3 "$dir/r.db" 'SELECT count(*) FROM loop_batches WHERE run_id = 1')
[ "$batches" -ge 10 ] || fail "expected many batches, got $batches"

"$ls" ui "$dir/r.db" --port 0 > "$dir/out" 2> "$dir/err" &
pid=$!
i=0
while ! grep -q 'http://127.0.0.1:' "$dir/out" 2> /dev/null; do
	i=$((i + 1))
	[ $i -lt 100 ] || { echo "FAIL: no URL printed"; cat "$dir/err"; exit 1; }
	sleep 0.1
done
base=$(sed -n 's|.*\(http://127.0.0.1:[0-9]*\)/.*|\1|p' "$dir/out")

# start times of iterations 1, 64, 65, 500, 1500 and the last: windows around them
q() { sqlite3 "$dir/r.db" "$1"; }
t() { q "SELECT start_us FROM loop_iterations WHERE run_id = 1 AND n = $1"; }
last=$(q 'SELECT max(n) FROM loop_iterations WHERE run_id = 1')
t1=$(t 1) t64=$(t 64) t65=$(t 65) t500=$(t 500) t1500=$(t 1500) tl=$(t "$last")
for w in "0 $((t1 + 1))" "$t64 $((t65 + 1))" "$((t64 + 1)) $t65" "$t500 $t1500" \
	"$((t500 - 1)) $((t500 + 1))" "$tl $((tl + 1000000))" "$((tl + 1)) $((tl + 2))" \
	"0 $((tl + 1))"; do
	set -- $w
	want=$(q "SELECT group_concat(n, ',') FROM (SELECT n FROM loop_iterations
		WHERE run_id = 1 AND start_us >= $1 AND start_us < $2 ORDER BY n)")
	wantt=$(q "SELECT group_concat(start_us, ',') FROM (SELECT n, start_us FROM
		loop_iterations WHERE run_id = 1 AND start_us >= $1 AND start_us < $2 ORDER BY n)")
	curl -s "$base/api/runs/1/iterations?from=$1&to=$2&max=20000" > "$dir/body"
	got=$(sed -n 's/.*"n":\[\([0-9,]*\)\].*/\1/p' "$dir/body")
	gott=$(sed -n 's/.*"t_us":\[\([0-9,]*\)\].*/\1/p' "$dir/body")
	[ "$got" = "$want" ] || fail "window [$1, $2): n [$(echo "$got" | head -c 80)] want [$(echo "$want" | head -c 80)]"
	[ "$gott" = "$wantt" ] || fail "window [$1, $2): start times differ from the view's"
	cnt=$(sed -n 's/.*"iterations":\([0-9]*\).*/\1/p' "$dir/body")
	wantc=$(q "SELECT count(*) FROM loop_iterations WHERE run_id = 1 AND start_us >= $1 AND start_us < $2")
	[ "$cnt" = "$wantc" ] || fail "window [$1, $2): count $cnt want $wantc"
done
# a window of every iteration, bucketed: the buckets count them all
curl -s "$base/api/runs/1/iterations?max=10" > "$dir/body"
grep -q '"aggregated":true' "$dir/body" || fail "max=10 over $last iterations: not aggregated"
cnt=$(sed -n 's/.*"iterations":\([0-9]*\).*/\1/p' "$dir/body")
[ "$cnt" = "$last" ] || fail "max=10: iterations $cnt want $last"

[ $fails -eq 0 ] && echo "ok: windows read as the view reads them ($last iterations, $batches batches)"
[ $fails -eq 0 ]
