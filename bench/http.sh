#!/bin/sh
# http.sh — the http hello-world server (bench/js/http-hello.js, the seed's) under load
# (issue 8, item 7): wrk on loopback, DURATION seconds (10) at CONNECTIONS connections
# (50) on 2 threads, against leakscope and against Node in the same run. Prints
# requests/s, p99 latency and the server's CPU time (user + system) per request for each
# and leakscope's ratios to Node (target: requests/s >= 0.5x Node's). On a machine
# shared with other work the CPU per request is the steadier figure: requests/s also
# depend on how much of the CPU the server gets. PROFILE=1 also records a leakscope run (`--record`) under the same
# load and prints `leakscope top` and `leakscope loop` for it: where the time goes.
# GATE=1 also checks that the server's memory does not grow under that load: a recorded
# run gets a warm-up round, then three more rounds each followed by a heap snapshot
# (SIGUSR2), and `leakscope gate` judges the snapshots (exit 1 if anything grew).
#
#   sh bench/http.sh
#   DURATION=5 CONNECTIONS=20 PROFILE=1 sh bench/http.sh
#   GATE=1 sh bench/http.sh
set -eu
cd "$(dirname "$0")/.."
. bench/listening.sh
sh tools/deps.sh bench
bin=${LEAKSCOPE:-build/leakscope}
duration=${DURATION:-10}
conns=${CONNECTIONS:-50}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-http-bench.XXXXXX")
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2> /dev/null && wait "$server" 2> /dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT

# start NAME CMD...: runs the server, waits for its "listening PORT" line, sets $port
start() {
	name=$1
	shift
	: > "$tmp/$name.out"
	"$@" bench/js/http-hello.js > "$tmp/$name.out" 2> "$tmp/$name.err" &
	server=$!
	await_listening "$tmp/$name.out" "$server" "http.sh: $name" 100
}

stop() {
	kill "$server"
	wait "$server" 2> /dev/null || true
	server=
}

# cpu: the server's user + system CPU time so far, in clock ticks
cpu() {
	awk '{ print $14 + $15 }' "/proc/$server/stat"
}

# load NAME: wrk against $port; leaves "req/s p99_ms cpu_us_per_request" in $tmp/NAME.res
load() {
	cpu0=$(cpu)
	wrk -t2 -c"$conns" -d"${duration}s" --latency "http://127.0.0.1:$port/" > "$tmp/$1.wrk"
	cpu1=$(cpu)
	awk -v ticks=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" '
		/requests in/ { n = $1 }
		/Requests\/sec:/ { rps = $2 }
		/^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 }
			else if (v ~ /ms$/) { sub(/ms/, "", v) }
			else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }
			p99 = v }
		/Socket errors|Non-2xx/ { err = err " " $0 }
		END { printf "%.0f %.2f %.1f%s\n", rps, p99, n ? ticks / hz * 1e6 / n : 0, err }' \
		"$tmp/$1.wrk" > "$tmp/$1.res"
}

start leakscope "$bin"
load leakscope
stop
start node node
load node
stop

read -r ls_rps ls_p99 ls_cpu ls_err < "$tmp/leakscope.res" || true
read -r node_rps node_p99 node_cpu node_err < "$tmp/node.res" || true
printf '%-10s %10s %10s %12s\n' "" "req/s" "p99 ms" "CPU us/req"
printf '%-10s %10s %10s %12s %s\n' leakscope "$ls_rps" "$ls_p99" "$ls_cpu" "${ls_err:-}"
printf '%-10s %10s %10s %12s %s\n' node "$node_rps" "$node_p99" "$node_cpu" "${node_err:-}"
awk -v a="$ls_rps" -v b="$node_rps" -v c="$ls_p99" -v d="$node_p99" -v e="$ls_cpu" \
	-v f="$node_cpu" 'BEGIN {
	printf "ratio      %10.2f %10.2f %12.2f   (leakscope / node; target req/s >= 0.50)\n",
		a / b, c / d, e / f }'

if [ "${GATE:-0}" = 1 ]; then
	start gate "$bin" run --record "$tmp/gate.db" --snapshot-signal bench/js/http-hello.js
	load gate
	for round in 1 2 3; do
		kill -USR2 "$server"
		sleep 2
		load gate
	done
	kill -USR2 "$server"
	sleep 2
	stop
	echo
	echo "gate: a warm-up round and three rounds of $duration s at $conns connections, a snapshot after each"
	gate_status=0
	"$bin" gate "$tmp/gate.db" || gate_status=$?
	[ "$gate_status" = 0 ] || exit "$gate_status"
fi

if [ "${PROFILE:-0}" = 1 ]; then
	start profile "$bin" run --record "$tmp/http.db"
	load profile
	stop
	read -r p_rps p_p99 p_cpu p_err < "$tmp/profile.res" || true
	echo
	echo "recorded run: $p_rps req/s, p99 $p_p99 ms"
	"$bin" top "$tmp/http.db" --limit 25
	"$bin" loop "$tmp/http.db" | head -30
fi
