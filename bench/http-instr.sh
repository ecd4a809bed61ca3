#!/bin/sh
# http-instr.sh — instructions per request of the http hello-world server
# (bench/js/http-hello.js) under callgrind (issue 8, item 7). A deterministic figure,
# unlike bench/http.sh's requests/s: machine load does not change it.
#
# Runs the server under `valgrind --tool=callgrind` twice, once for N1 (200) and once for
# N2 (2200) requests, each sent by a client (node, outside valgrind) on 127.0.0.1 over 10
# keep-alive connections, one request at a time per connection, each request with 3
# headers (Host, User-Agent, Accept). The server's whole-process cost (startup, requests,
# shutdown) is read from callgrind's totals; what the two runs differ by is the cost of
# N2 - N1 requests, so startup and shutdown cancel out. Prints:
#
#   instructions per request: 231456   (N2 - N1 = 2000 requests; 200: ..., 2200: ...)
#
# Environment:
#   LEAKSCOPE  the binary (build/leakscope)
#   N1, N2     the two request counts (200, 2200)
#   OUT        a directory that keeps callgrind.out.N1 and callgrind.out.N2 (for
#              `callgrind_annotate --inclusive=yes OUT/callgrind.out.2200`); none kept
#              without it
#   CALLGRIND  more valgrind options (e.g. "--dump-instr=yes")
#
#   sh bench/http-instr.sh
#   LEAKSCOPE=build-x/leakscope OUT=/tmp/cg sh bench/http-instr.sh
set -eu
cd "$(dirname "$0")/.."
. bench/listening.sh
bin=${LEAKSCOPE:-build/leakscope}
n1=${N1:-200}
n2=${N2:-2200}
[ -x "$bin" ] || { echo "http-instr.sh: no binary $bin (build it, or set LEAKSCOPE)" >&2; exit 1; }
command -v valgrind > /dev/null && command -v node > /dev/null ||
	sh tools/deps.sh bench
[ "$n2" -gt "$n1" ] || { echo "http-instr.sh: N2 ($n2) must be above N1 ($n1)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-http-instr.XXXXXX")
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2> /dev/null && wait "$server" 2> /dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT

# the client: N requests over 10 keep-alive connections, one outstanding per connection;
# a response is its head up to the blank line plus a Content-Length or chunked body
cat > "$tmp/client.js" << 'EOF'
const net = require('net');
const port = +process.argv[2], total = +process.argv[3];
const req = 'GET / HTTP/1.1\r\nHost: 127.0.0.1:' + port +
  '\r\nUser-Agent: http-instr\r\nAccept: */*\r\n\r\n';
let sent = 0, done = 0;
function fail(msg) { console.error('http-instr client: ' + msg); process.exit(1); }
// the length of the response at the start of buf, or -1 while it is incomplete
function responseLength(buf) {
  const h = buf.indexOf('\r\n\r\n');
  if (h < 0) return -1;
  const head = buf.slice(0, h);
  if (!/^HTTP\/1\.1 200 /.test(head)) fail('bad response ' + JSON.stringify(head));
  const m = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (m) return buf.length >= h + 4 + +m[1] ? h + 4 + +m[1] : -1;
  if (!/\r\ntransfer-encoding: *chunked/i.test(head)) fail('no length in ' + JSON.stringify(head));
  for (let p = h + 4; ;) {
    const e = buf.indexOf('\r\n', p);
    if (e < 0) return -1;
    const size = parseInt(buf.slice(p, e), 16);
    if (size === 0) return buf.length >= e + 4 ? e + 4 : -1;	// no trailers
    p = e + 2 + size + 2;
    if (p > buf.length) return -1;
  }
}
function conn() {
  const s = net.connect(port, '127.0.0.1');
  let buf = '';
  function next() {
    if (sent >= total) { s.end(); return; }
    sent++;
    s.write(req);
  }
  s.setEncoding('latin1');
  s.on('connect', next);
  s.on('data', (d) => {
    buf += d;
    for (let n; (n = responseLength(buf)) >= 0;) {
      buf = buf.slice(n);
      done++;
      next();
    }
  });
  s.on('error', (e) => fail(e.message));
}
for (let i = 0; i < 10; i++) conn();
process.on('exit', () => {
  if (done !== total) { console.error('http-instr client: ' + done + ' of ' + total + ' answered'); process.exitCode = 1; }
});
EOF

# run N: the server under callgrind for N requests; sets $cost to its total instructions
run() {
	out="$tmp/callgrind.out.$1"
	: > "$tmp/server.out"
	# shellcheck disable=SC2086
	valgrind --tool=callgrind --callgrind-out-file="$out" ${CALLGRIND:-} \
		"$bin" bench/js/http-hello.js > "$tmp/server.out" 2> "$tmp/server.err" &
	server=$!
	await_listening "$tmp/server.out" "$server" "http-instr.sh: the server" 600
	node "$tmp/client.js" "$port" "$1" || exit 1
	kill -TERM "$server"
	wait "$server" || { echo "http-instr.sh: the server failed" >&2; tail "$tmp/server.err" >&2; exit 1; }
	server=
	[ -z "${OUT:-}" ] || { mkdir -p "$OUT" && cp "$out" "$OUT/"; }
	cost=$(awk '/^(summary|totals):/ { n = $2 } END { print n }' "$out")
	[ -n "$cost" ] || { echo "http-instr.sh: no totals in $out" >&2; exit 1; }
}

run "$n1"
c1=$cost
run "$n2"
c2=$cost
awk -v a="$c1" -v b="$c2" -v n1="$n1" -v n2="$n2" 'BEGIN {
	printf "instructions per request: %.0f   (N2 - N1 = %d requests; %d: %.0f, %d: %.0f)\n",
		(b - a) / (n2 - n1), n2 - n1, n1, a, n2, b }'
