#!/bin/sh
# run.sh — leakscope's benchmarks, each a ratio against a baseline measured in the same
# run on the same machine (never an absolute time). Prints one line per benchmark:
#   name  leakscope  baseline  ratio  target
# Wall times are the median of RUNS runs; peak RSS from /usr/bin/time. On a busy
# machine, INSTR=1 adds instruction counts (valgrind's callgrind), which do not move
# with load, for the interpreter comparisons.
set -eu
cd "$(dirname "$0")/.."
bin=${LEAKSCOPE:-build/leakscope}
runs=${RUNS:-5}
node=$(command -v node || true)
mujs=$(command -v mujs || true)

ms() {	# median wall milliseconds of "$@" over $runs runs
	i=0
	: > /tmp/leakscope-bench.$$
	while [ $i -lt "$runs" ]; do
		t0=$(date +%s%N)
		"$@" > /dev/null 2>&1
		t1=$(date +%s%N)
		echo $(( (t1 - t0) / 1000 )) >> /tmp/leakscope-bench.$$
		i=$((i + 1))
	done
	sort -n /tmp/leakscope-bench.$$ | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] / 1000 }'
	rm -f /tmp/leakscope-bench.$$
}

instr() {	# instructions executed, in millions
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
		sed -n 's/.*refs: *//p' | tr -d , | awk '{ printf "%.1f", $1 / 1e6 }'
}

rss() {	# peak RSS in KiB
	/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
}

row() {	# name ours base unit target
	awk -v n="$1" -v a="$2" -v b="$3" -v u="$4" -v t="$5" 'BEGIN {
		r = b > 0 ? a / b : 0
		printf "%-34s %10.2f %-4s %10.2f %-4s ratio %6.3f   target %s\n", n, a, u, b, u, r, t }'
}

printf '%-34s %15s %15s\n' benchmark leakscope baseline
if [ -n "$node" ]; then
	row "startup+exit, wall (vs node)" "$(ms "$bin" bench/js/empty.js)" "$(ms "$node" bench/js/empty.js)" ms "<= 0.10"
	row "startup+exit, peak RSS (vs node)" "$(rss "$bin" bench/js/empty.js)" "$(rss "$node" bench/js/empty.js)" KiB "<= 0.15"
fi
if [ -n "$mujs" ]; then
	for b in fib strings objects; do
		row "$b.js (vs stock mujs)" "$(ms "$bin" bench/js/$b.js)" "$(ms "$mujs" bench/js/$b.js)" ms "<= 1.0"
		if [ "${INSTR:-0}" = 1 ]; then
			row "$b.js instructions (vs stock mujs)" "$(instr "$bin" bench/js/$b.js)" \
				"$(instr "$mujs" bench/js/$b.js)" "M" "<= 1.0"
		fi
	done
else
	echo "(stock mujs not installed: apt-get install mujs to compare the interpreter)"
fi
if [ -n "$node" ]; then
	for b in immediates timeouts promises concat ticks writesync; do
		row "100k $b (vs node)" "$(ms "$bin" bench/js/$b.js)" "$(ms "$node" bench/js/$b.js)" ms "report"
	done
	row "buffer workload (vs node)" "$(ms "$bin" bench/js/buffer.js)" "$(ms "$node" bench/js/buffer.js)" ms "report"
	row "1M-char s.charCodeAt(i) loop (vs node)" "$(ms "$bin" bench/js/charcodeat.js)" \
		"$(ms "$node" bench/js/charcodeat.js)" ms "report"
fi
# the down-leveler (issue 7, item 6): throughput on the es6-* tests, and the start-up of
# a ~1 MB modern bundle (those tests wrapped in uncalled functions, 17 times) with its
# output cached (runtime/dlcache.c) against the same start-up transforming it
dlbench=${DL_BENCH:-$(dirname "$bin")/runtime/downlevel/dl-bench}
if [ -x "$dlbench" ]; then
	printf '%-34s %10s %-4s %28s\n' "downlevel, modern code (es6-*)" \
		"$("$dlbench" tests/js/es6-*.js | awk '$1 == "mb_per_s" { print $2 }')" MB/s "target >= 20"
	bundle=${TMPDIR:-/tmp}/leakscope-bench-bundle.$$.js
	cache=${TMPDIR:-/tmp}/leakscope-bench-cache.$$
	i=0
	: > "$bundle"
	while [ $i -lt 17 ]; do
		for f in tests/js/es6-*.js; do
			case $f in *syntax-error*) continue ;; esac
			printf '(function () {\n%s\n});\n' "$(cat "$f")" >> "$bundle"
		done
		i=$((i + 1))
	done
	LEAKSCOPE_CACHE_DIR=$cache "$bin" "$bundle" > /dev/null 2>&1 || true
	row "$(($(wc -c < "$bundle") / 1024)) KiB bundle start-up, cached (vs not)" \
		"$(LEAKSCOPE_CACHE_DIR=$cache ms "$bin" "$bundle")" \
		"$(LEAKSCOPE_NO_CACHE=1 ms "$bin" "$bundle")" ms "report"
	rm -rf "$bundle" "$cache"
fi
storebench=${STORE_BENCH:-$(dirname "$bin")/storage/store-bench}
if [ -x "$storebench" ]; then
	out=$("$storebench" "${TMPDIR:-/tmp}")
	val() { echo "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
	row "store append, ns (vs direct insert)" "$(val append_steady_ns)" "$(val direct_insert_ns)" ns "<= 0.05"
	row "store append burst 1M, ns (vs direct)" "$(val append_ns)" "$(val direct_insert_ns)" ns "<= 0.05"
	printf '%-34s %10s %s\n' "store intern 20-frame stack" "$(val intern_stack_ns)" "ns (known frames)"
	printf '%-34s %10s %s\n' "store writer CPU at 1 kHz" "$(val writer_cpu_at_1khz)" "% of one core"
	printf '%-34s %10s %s\n' "store writer throughput" "$(val writer_rows_per_s)" "rows/s"
	printf '%-34s %10s %s\n' "store growth/min at 1 kHz, JS" "$(val growth_per_min_js)" "MiB (20-frame stack mix)"
	printf '%-34s %10s %s\n' "store growth/min, JS + native" "$(val growth_per_min_js_native)" "MiB"
else
	echo "(build/storage/store-bench not built: storage benchmarks skipped)"
fi
echo
# what recording costs (--record, --record-allocs) and how fast its database grows
LEAKSCOPE=$bin RUNS=$runs sh bench/record.sh
