#!/bin/sh
# api-test.sh LEAKSCOPE — `leakscope ui`'s HTTP API over a real recording of app.js:
# status codes and JSON errors (400 bad parameter, 404 unknown path/run/snapshot/frame,
# 405 other methods, 414 long targets), gzip when asked (and only then), HEAD, no file
# served outside the embedded assets, a second run recorded while the server is up shown
# on the next request (WAL), the CI gate's verdicts once it ran on the file, and a clean
# exit on SIGTERM; requests on many connections
# at once (answered on the thread pool, snapshot graphs loaded once for all of them) give
# what they give one by one, and pipelined requests come back in order. Skipped (77)
# without curl.
set -u
ls=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v curl > /dev/null || { echo "skip: no curl"; exit 77; }
dir=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$dir"; }
trap cleanup EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

"$ls" run --record "$dir/app.db" --record-allocs "$here/app.js" > /dev/null ||
	{ echo "FAIL: recording app.js"; exit 1; }

"$ls" ui "$dir/app.db" --port 0 > "$dir/out" 2> "$dir/err" &
pid=$!
i=0
while ! grep -q 'http://127.0.0.1:' "$dir/out" 2> /dev/null; do
	i=$((i + 1))
	[ $i -lt 100 ] || { echo "FAIL: no URL printed"; cat "$dir/err"; exit 1; }
	sleep 0.1
done
base=$(sed -n 's|.*\(http://127.0.0.1:[0-9]*\)/.*|\1|p' "$dir/out")

# at once, on a cold cache: the diff, the comparison and a node's retainers of the same
# snapshots (graphs loaded once, the others waiting for them), with cheap requests
# among them; then each again, one at a time: the same answers
set -- 'runs/1/diff?ids=1,2,3' 'compare?ids=1,2,3' 'compare?ids=1,3' 'runs/1/snapshots?warm=1' \
	'runs/1/diff?ids=2,3' 'retainers?snap=3&node=1' runs 'runs/1/top?limit=5' 'runs/1/series'
args= n=0
for p in "$@"; do
	n=$((n + 1))
	args="$args $base/api/$p -o $dir/par$n"
done
# shellcheck disable=SC2086
curl -s -Z --parallel-max 9 $args || fail "parallel requests"
n=0
for p in "$@"; do
	n=$((n + 1))
	curl -s -o "$dir/seq$n" "$base/api/$p"
	cmp -s "$dir/par$n" "$dir/seq$n" || fail "$p: at once, not the answer it gets alone"
	grep -q '"error"' "$dir/seq$n" && ! grep -q '"node"' "$dir/seq$n" &&
		fail "$p: $(head -c 200 "$dir/seq$n")"
done
grep -q '"default_ids":\[1,2,3\]' "$dir/seq4" || fail "snapshots: default_ids [1,2,3]"
# pipelined: three requests in one write, answered in order (the slow one first)
if command -v node > /dev/null; then
	port=${base##*:}
	order=$(node -e '
		const s = require("net").connect(+process.argv[1], "127.0.0.1", () => s.write(
			"GET /api/runs/1/diff?ids=1,3 HTTP/1.1\r\nHost: x\r\n\r\n" +
			"GET /api/info HTTP/1.1\r\nHost: x\r\n\r\n" +
			"GET /api/runs/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
		let b = "";
		s.on("data", (d) => (b += d));
		s.on("end", () => console.log([/"command":"diff"/, /"ui_built"/, /"run":\{/]
			.map((r) => b.search(r)).join(" ")));' "$port")
	set -- $order
	[ "$#" -eq 3 ] && [ "$1" -ge 0 ] && [ "$1" -lt "$2" ] && [ "$2" -lt "$3" ] ||
		fail "pipelined answers out of order or missing (at $order)"
fi

# check STATUS PATH [curl options]: the status, and a JSON body with "error" and the
# same "status" for an error
check() {
	want=$1 path=$2
	shift 2
	got=$(curl -s -o "$dir/body" -w '%{http_code}' "$@" "$base$path")
	[ "$got" = "$want" ] || { fail "$path: status $got, expected $want"; return; }
	if [ "$want" -ge 400 ]; then
		grep -q "\"error\"" "$dir/body" && grep -q "\"status\": *$want" "$dir/body" ||
			fail "$path: no JSON error in: $(head -c 200 "$dir/body")"
	fi
}
# body PATH TEXT: the body of PATH contains TEXT
body() {
	curl -s --compressed "$base$1" > "$dir/body"
	grep -q -- "$2" "$dir/body" || fail "$1: no $2 in $(head -c 300 "$dir/body")"
}

check 200 /api/info
check 200 /api/runs
check 200 /api/runs/1
check 200 /api/runs/latest/series
check 200 /api/runs/1/iterations
check 200 '/api/runs/1/iterations?max=10'
check 200 /api/runs/1/loop
check 200 /api/runs/1/top
check 200 '/api/runs/1/flame?phase=timers'
check 200 '/api/runs/1/flame?inverted=1'
check 200 /api/runs/1/allocs
check 200 /api/runs/1/listeners
check 200 /api/runs/1/snapshots
check 200 /api/runs/1/gate
check 200 '/api/compare?ids=1,2,3'
check 200 /api/runs/1/diff
check 200 '/api/runs/1/diff?ids=1,3'
check 200 /
check 200 /index.html

check 404 /api/nothing
check 404 /api/runs/1/nothing
check 404 /api/runs/7
check 404 /nothing.js
check 404 /../../../etc/passwd --path-as-is
check 404 /%2e%2e/%2e%2e/etc/passwd --path-as-is
check 404 '/api/compare?ids=1,999'
check 404 '/api/runs/1/diff?ids=1,999'
check 404 '/api/retainers?snap=3&node=999999999'
check 404 '/api/runs/1/source?frame=999999999'
check 400 /api/runs/abc
check 400 /api/runs/0
check 400 '/api/runs/1/top?limit=x'
check 400 '/api/runs/1/top?limit=-1'
check 400 '/api/runs/1/series?buckets=1'
check 400 '/api/runs/1/flame?phase=lunch'
check 400 '/api/runs/1/flame?inverted=2'
check 400 '/api/runs/1/iterations?from=10&to=5'
check 400 '/api/runs/1/source'
check 400 '/api/compare'
check 400 '/api/compare?ids=1,,2'
check 400 '/api/runs/1/diff?ids=a'
check 400 '/api/compare?ids=1,2,3,4,5,6,7'
check 400 '/api/compare?ids=1,2,1'
check 400 '/api/runs/1/diff?ids=3,3'
check 400 '/api/runs/1/snapshots?warm=2'
check 400 '/api/retainers?snap=1'
check 400 '/api/runs/1/top?limit=%zz'
check 405 /api/runs -X POST
check 405 /api/runs -X DELETE
long=$(head -c 5000 /dev/zero | tr '\0' a)
check 414 "/api/$long"

# what the endpoints say
body /api/runs '"exit_code":0'
body '/api/runs/1/top?limit=5' '"function":"checksum"'
body /api/runs/1/flame '"name":"checksum"'
body '/api/runs/1/flame?inverted=1' '"name":"checksum"'
body /api/runs/1/listeners '"event":"close"'
body /api/runs/1/loop '"function":"busyWait"'
body '/api/compare?ids=1,2,3' '"name":"Session","count":\[[0-9]*,[0-9]*,[0-9]*\]'
body '/api/compare?ids=1,2,3' '"edge":"sessions"'
body '/api/runs/1/snapshots' '"label":"after 4 rounds"'
body /api/runs/1/diff '"category":"cache","path":"module app.js → sessions (Map)'
body /api/runs/1/diff '"category":"listener"'
frame=$(curl -s "$base/api/runs/1/top?limit=1" | sed -n 's/.*"function":"checksum"[^}]*"frame_id":\([0-9]*\).*/\1/p')
if [ -z "$frame" ]; then
	frame=$(curl -s "$base/api/runs/1/flame" | grep -o '"name":"checksum","file":"[^"]*","fn_line":[0-9]*,"frame":[0-9]*' | head -1 | sed 's/.*"frame"://')
fi
[ -n "$frame" ] && body "/api/runs/1/source?frame=$frame" '"available":true' ||
	fail "no frame id for checksum"

# gzip: only when asked, and it decodes to the same JSON
curl -s -D "$dir/h1" -o "$dir/plain" "$base/api/runs/1/top?limit=0"
curl -s -D "$dir/h2" -o "$dir/gz" -H 'Accept-Encoding: gzip' "$base/api/runs/1/top?limit=0"
grep -qi '^content-encoding: gzip' "$dir/h1" && fail "gzip without Accept-Encoding"
grep -qi '^content-encoding: gzip' "$dir/h2" || fail "no gzip with Accept-Encoding: gzip"
if command -v gzip > /dev/null; then
	gzip -dc < "$dir/gz" | cmp -s - "$dir/plain" || fail "gzip body differs from the plain one"
fi
[ "$(wc -c < "$dir/gz")" -lt "$(wc -c < "$dir/plain")" ] || fail "gzip body not smaller"
# HEAD: headers, no body
[ "$(curl -s -I "$base/api/runs" | head -1 | tr -d '\r')" = "HTTP/1.1 200 OK" ] ||
	fail "HEAD /api/runs"
[ -z "$(curl -s -X HEAD --max-time 2 "$base/api/runs" 2> /dev/null)" ] || fail "HEAD has a body"
# keep-alive: two requests on one connection
[ "$(curl -s -o /dev/null -o /dev/null -w '%{num_connects}\n' "$base/api/info" "$base/api/runs" | tr '\n' ' ')" = "1 0 " ] ||
	fail "keep-alive: the second request opened a new connection"

# the gate's verdict: none yet; `leakscope gate` keeps it in the file, shown on the next
# request with its thresholds and each suspect's verdict (one allowed, with its reason)
body /api/runs/1/gate '"ran":false,"results":\[\]'
printf 'path *close* ui test: allowed on purpose\n' > "$dir/allow"
"$ls" gate "$dir/app.db" --max-leak-bytes 2K --allow "$dir/allow" > "$dir/gate.out" 2>&1
[ $? -eq 1 ] || fail "gate: exit 1 expected: $(tail -3 "$dir/gate.out")"
grep -q 'note' "$dir/gate.out" && fail "gate could not keep its verdict: $(grep note "$dir/gate.out")"
body /api/runs/1/gate '"ran":true'
body /api/runs/1/gate '"passed":false,"failing":1,"suspects":2,"max_leak_bytes":2048,"max_leaks":0,"snapshots":\[1,2,3\]'
body /api/runs/1/gate '"allowed":"ui test: allowed on purpose"'
body /api/runs/1/gate '"path":"module app.js → sessions (Map)'
body /api/runs/1/gate '"failed":true'
"$ls" gate "$dir/app.db" 1 3 --max-leaks 5 > /dev/null 2>&1 || fail "gate --max-leaks 5 fails"
body /api/runs/1/gate '"results":\[{"id":2,[^]]*"passed":true,[^]]*"snapshots":\[1,3\]'
check 400 '/api/runs/1/gate?limit=0'
check 404 /api/runs/9/gate

# a second run recorded while the server is up shows on the next request
"$ls" run --record "$dir/app.db" -e '1' > /dev/null
body /api/runs '"id":2'
check 200 /api/runs/2/series

kill -TERM "$pid"
wait "$pid"
code=$?
pid=
[ "$code" -eq 0 ] || fail "exit code $code after SIGTERM"
grep -q warning "$dir/err" && fail "a warning on loopback: $(cat "$dir/err")"

# not loopback: a warning (0.0.0.0 is bound only for the moment it takes to see it)
"$ls" ui "$dir/app.db" --port 0 --host 0.0.0.0 > "$dir/out2" 2> "$dir/err2" &
pid=$!
i=0
while ! grep -q 'http://' "$dir/out2" 2> /dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
kill -TERM "$pid"; wait "$pid"; pid=
grep -q 'warning: listening on 0.0.0.0' "$dir/err2" || fail "no warning for 0.0.0.0"

# bad options and files
"$ls" ui > /dev/null 2>&1; [ $? -eq 9 ] || fail "no DB: exit 9 expected"
"$ls" ui "$dir/app.db" --port 70000 > /dev/null 2>&1; [ $? -eq 9 ] || fail "--port 70000: exit 9"
"$ls" ui "$dir/nope.db" --port 0 > /dev/null 2>&1; [ $? -eq 1 ] || fail "missing DB: exit 1"

[ $fails -eq 0 ] && echo "ok" || { echo "$fails failure(s)"; exit 1; }
