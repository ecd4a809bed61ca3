#!/bin/sh
# heap.sh — heap snapshots (issue 5, item 8): leakscope against Node 20's
# v8.writeHeapSnapshot() on the same script (bench/js/heap-1m.js: 1,000,000 small
# objects in an array), in the same run, taking turns, RUNS times each (median):
#   end to end  leakscope: walk + dominators + database commit (the snapshot row's
#               pause_us + commit_us); node: the writeHeapSnapshot() call
#   JS pause    leakscope: the snapshot() call (the walk); node: the same call; also
#               as CPU time of the JS thread during the call, which machine load does
#               not inflate (a short pause on a busy machine waits for a core)
#   peak extra memory  VmHWM once the snapshot is committed (written) minus VmRSS
#               just before it, against the heap it walks (the allocator's live bytes)
# and the database: bytes per node of that snapshot, and the file size of a run taking
# five snapshots of the same heap with a fifth of it replaced in between (heap-5.js).
# Targets: end to end >= 10x faster, pause >= 50x shorter, extra memory <= 1x the heap.
# Also leakscope's own v8.writeHeapSnapshot() (walk + V8 JSON, synchronous) against
# Node's, and the two files' sizes.
#
#   sh bench/heap.sh            # RUNS=3
set -eu
cd "$(dirname "$0")/.."
bin=${LEAKSCOPE:-build/leakscope}
hq=${HEAP_QUERY:-build/tests/heap/heap-query}
runs=${RUNS:-3}
node=$(command -v node || true)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-heap-bench.XXXXXX")
pid=
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$tmp"' EXIT
[ -x "$hq" ] || { echo "build $hq first (cmake --build build)" >&2; exit 1; }

field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" "$2"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

one_leakscope() {	# appends "e2e_ms pause_ms extra heap bytes/node nodes pause_cpu_ms" to $tmp/ls
	rm -f "$tmp"/ls.db*
	"$bin" run --record "$tmp/ls.db" --sample-interval=0 bench/js/heap-1m.js leakscope \
		> "$tmp/ls.out" 2> "$tmp/ls.err" &
	pid=$!
	while [ ! -s "$tmp/ls.out" ]; do sleep 0.1; done
	# committed: the snapshot row says state 1
	while [ "$("$hq" "$tmp/ls.db" "SELECT state FROM snapshots WHERE id = 1" 2> /dev/null)" != 1 ]; do
		sleep 0.05
	done
	hwm=$(awk '/VmHWM/ { print $2 * 1024 }' "/proc/$pid/status")
	kill "$pid"; wait "$pid" 2> /dev/null || true; pid=
	"$hq" "$tmp/ls.db" "SELECT (pause_us + commit_us) / 1000.0, pause_us / 1000.0,
		node_count, (SELECT sum(length(nodes) + length(edges) + length(locations))
		FROM heap_chunks WHERE snapshot_id = 1) + (SELECT sum(length(data)) FROM
		heap_strings WHERE snapshot_id = 1), heap_used FROM snapshots WHERE id = 1" |
	awk -F'|' -v hwm="$hwm" -v before="$(field rss_before "$tmp/ls.out")" \
		-v cpu="$(field pause_cpu_ms "$tmp/ls.out")" '{
		printf "%.1f %.1f %d %d %.1f %d %.1f\n", $1, $2, hwm - before, $5, $4 / $3, $3, cpu }' >> "$tmp/ls"
}

one_v8() {	# appends "ms size" to $tmp/v8: leakscope's own v8.writeHeapSnapshot()
	"$bin" bench/js/heap-1m.js leakscope-v8 "$tmp/l.heapsnapshot" > "$tmp/l.out"
	awk -v p="$(field pause_ms "$tmp/l.out")" -v s="$(stat -c %s "$tmp/l.heapsnapshot")" \
		'BEGIN { printf "%.1f %d\n", p, s }' >> "$tmp/v8"
	rm -f "$tmp/l.heapsnapshot"
}

one_node() {	# appends "ms extra_bytes file_size cpu_ms" to $tmp/node
	"$node" bench/js/heap-1m.js node "$tmp/n.heapsnapshot" > "$tmp/n.out"
	awk -v p="$(field pause_ms "$tmp/n.out")" -v h="$(field hwm "$tmp/n.out")" \
		-v b="$(field rss_before "$tmp/n.out")" -v s="$(stat -c %s "$tmp/n.heapsnapshot")" \
		-v c="$(field pause_cpu_ms "$tmp/n.out")" \
		'BEGIN { printf "%.1f %d %d %.1f\n", p, h - b, s, c }' >> "$tmp/node"
	rm -f "$tmp/n.heapsnapshot"
}

load0=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$tmp/ls"
: > "$tmp/node"
: > "$tmp/v8"
i=0
while [ $i -lt "$runs" ]; do
	one_leakscope
	one_v8
	[ -n "$node" ] && one_node
	i=$((i + 1))
done
col() { awk -v c="$1" '{ print $c }' "$2" | median; }
ls_e2e=$(col 1 "$tmp/ls") ls_pause=$(col 2 "$tmp/ls") ls_extra=$(col 3 "$tmp/ls")
ls_heap=$(col 4 "$tmp/ls") ls_bpn=$(col 5 "$tmp/ls") ls_nodes=$(col 6 "$tmp/ls")
ls_cpu=$(col 7 "$tmp/ls")
echo "1,000,000 small objects, one heap snapshot ($runs runs each, medians; nodes: $ls_nodes)"
echo "load average before: $load0, after: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: above 2, wall times wait for a core)"
printf '%-28s %12s %12s %10s %s\n' "" leakscope node ratio target
if [ -n "$node" ]; then
	n_ms=$(col 1 "$tmp/node") n_extra=$(col 2 "$tmp/node") n_size=$(col 3 "$tmp/node")
	n_cpu=$(col 4 "$tmp/node")
	awk -v a="$ls_e2e" -v b="$n_ms" 'BEGIN { printf "%-28s %9.1f ms %9.1f ms %9.1fx %s\n", "end to end", a, b, b / a, ">= 10x" }'
	awk -v a="$ls_pause" -v b="$n_ms" 'BEGIN { printf "%-28s %9.1f ms %9.1f ms %9.1fx %s\n", "JS paused", a, b, b / a, ">= 50x" }'
	awk -v a="$ls_cpu" -v b="$n_cpu" 'BEGIN { printf "%-28s %9.1f ms %9.1f ms %9.1fx %s\n", "JS paused, thread CPU time", a, b, b / a, ">= 50x" }'
	awk -v a="$ls_extra" -v b="$n_extra" 'BEGIN { printf "%-28s %9.1f MB %9.1f MB\n", "peak extra memory", a / 1e6, b / 1e6 }'
	awk -v a="$(col 1 "$tmp/v8")" -v b="$n_ms" 'BEGIN { printf "%-28s %9.1f ms %9.1f ms %9.1fx\n", "v8.writeHeapSnapshot()", a, b, b / a }'
	awk -v a="$(col 2 "$tmp/v8")" -v s="$n_size" 'BEGIN { printf "%-28s %9.1f MB %9.1f MB\n", ".heapsnapshot file", a / 1e6, s / 1e6 }'
else
	echo "(node is not installed: leakscope's figures only)"
	printf '%-28s %9.1f ms\n%-28s %9.1f ms\n' "end to end" "$ls_e2e" "JS paused" "$ls_pause"
fi
awk -v a="$ls_extra" -v h="$ls_heap" 'BEGIN { printf "%-28s %9.2fx of the %.1f MB heap walked (target <= 1x)\n", "leakscope extra memory", a / h, h / 1e6 }'
echo "database: $ls_bpn bytes per node"

rm -f "$tmp"/five.db*
"$bin" run --record "$tmp/five.db" --sample-interval=0 bench/js/heap-5.js
"$hq" "$tmp/five.db" "SELECT count(*), sum(node_count) FROM snapshots WHERE state = 1" |
	awk -F'|' -v s="$(stat -c %s "$tmp/five.db")" '{
		printf "5-snapshot run: %d snapshots, %d nodes in all, database %.1f MB (%.1f B/node)\n",
			$1, $2, s / 1e6, s / $2 }'
