#!/bin/sh
# record.sh — the cost of recording (issue 4, item 8): `leakscope --record` against a
# plain run of the same script, in the same run, on a CPU-bound, an allocation-heavy and
# an I/O-heavy script; and how fast the database grows per minute at 1 kHz.
#
# Prints, per script and mode, the median wall time and the median CPU time (user+sys,
# all threads: the database writer's too) over RUNS runs taken in turn (plain, record,
# record+allocs, plain, …), and each as a ratio to the plain run; and the ratio of the
# fastest wall times (min_wall_x): a run lands on either CPU of the VMs this was built on,
# whose speeds differ by up to a third (the alloc script: 0.65-0.72 s on one, 0.84-0.88
# s on the other), so a median can be decided by where runs landed, while with enough
# runs each mode's fastest ran on the faster CPU. Targets: <= 1.05 with
# sampling, phases and listeners (--record); <= 1.15 with allocation sites too
# (--record --record-allocs). INSTR=1 adds instruction counts (callgrind), which do not
# move with machine load: on the JS thread (the app's own slow-down) and in all threads
# (with the database writer's work); under valgrind the sampling interval is stretched
# by valgrind's slow-down (measured on the plain run) so that a sample falls every ~1 ms
# of native CPU time, as in a real run, and so are the writer's commit interval (50 ms;
# LEAKSCOPE_FLUSH_MS), or the writer would commit ~30x as often per unit of work as in a
# real run (each commit writes its dirty pages to the WAL: ~50k instructions), and the
# profiler's allocation-site flush interval (1 s; LEAKSCOPE_SITE_FLUSH_MS: each flush
# hands every changed site's totals to the writer, an upsert and a series row each).
# INSTR=2 keeps both intervals unstretched under valgrind (the figures before those
# corrections).
#
# First it prints the signal floor (build/profiler/signal-floor, bench/signal-floor.c):
# what a bare 1 kHz SIGPROF, with a handler that only counts, costs a busy thread on
# this machine (~1.045 on the 2-core VMs this was built on; a few tenths of a percent on
# bare metal). With the timer sampler every sample is one such delivery and --record's
# wall ratio cannot go below it. The self-timed sampler (the default) has no interrupt
# an interval: the app's thread reads the clock itself and takes its samples at the
# interpreter's check points, and a watchdog signals it only while it is in native code
# (profiler/sampler.c). TIMER=1 adds a row per script, --record with the timer sampler
# (LEAKSCOPE_SAMPLER=timer), and COOP=1 one with the cooperative sampler
# (LEAKSCOPE_SAMPLER=coop, the default before: a thread of its own takes the interval's
# interrupt and asks the interpreter for each sample), taken in turn with the others.
# PIN=N runs every run on CPU
# N (taskset): the two CPUs of such a VM can differ by a third in speed, and a run lands
# on either; pinned, the database writer shares the app's CPU, so wall time counts its
# work too. NOSAMPLER=1 adds a row per script, --record with --sample-interval=1000000:
# everything a recording does but the samples (with COOP=1: the cooperative sampler's
# thousand wake-ups a second cost the I/O script, whose loop keeps one CPU busy and
# libuv's thread pool the other, about 5% by themselves on the VMs this was built on).
#
#   sh bench/record.sh                 # RUNS=7 by default
#   RUNS=11 INSTR=1 sh bench/record.sh
#   SCRIPTS="alloc io" GROWTH_SECONDS=0 sh bench/record.sh   # some scripts, no growth run
#   TIMER=1 RUNS=11 GROWTH_SECONDS=0 sh bench/record.sh      # with the timer sampler's row
#   NOSAMPLER=1 SCRIPTS=io RUNS=15 GROWTH_SECONDS=0 sh bench/record.sh  # the sampler's share
#   COOP=1 SCRIPTS=io RUNS=15 GROWTH_SECONDS=0 sh bench/record.sh   # against the cooperative one
set -eu
cd "$(dirname "$0")/.."
bin=${LEAKSCOPE:-build/leakscope}
runs=${RUNS:-7}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-record-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# one run: prints "wall_ms cpu_ms" (wall from the clock in ns; CPU from time(1), whose
# resolution is 10 ms)
one() {
	rm -f "$tmp/r.db" "$tmp/r.db-wal" "$tmp/r.db-shm"
	t0=$(date +%s%N)
	$pin /usr/bin/time -f '%U %S' -o "$tmp/time" "$@" > /dev/null 2>&1
	t1=$(date +%s%N)
	awk -v ns="$((t1 - t0))" '{ printf "%.1f %.1f\n", ns / 1e6, ($1 + $2) * 1000 }' "$tmp/time"
}

median() {	# of the numbers in file $1, column $2
	awk -v c="$2" '{ print $c }' "$1" | sort -n |
		awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] }'
}

least() {	# of the numbers in file $1, column $2
	awk -v c="$2" '{ print $c }' "$1" | sort -n | head -n 1
}

# instructions executed, in millions: "JS-thread total samples" (callgrind, one file per
# thread: -01 is main(), -02 the runtime's thread, the others the database writer and
# helpers; samples: CPU samples in the recording, - without one or without the sqlite3
# shell: each costs both threads, so a run's count, which moves with valgrind's
# scheduling, moves the figures)
instr() {
	rm -f "$tmp"/cg.out* "$tmp/r.db" "$tmp/r.db-wal" "$tmp/r.db-shm"
	valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$tmp/cg.out" \
		"$@" > /dev/null 2>&1 || true
	jsi=$(sed -n 's/^totals: *//p' "$tmp/cg.out-02")
	all=$(cat "$tmp"/cg.out-* | sed -n 's/^totals: *//p' | awk '{ s += $1 } END { print s }')
	n=-
	[ -f "$tmp/r.db" ] && command -v sqlite3 > /dev/null &&
		n=$(sqlite3 "$tmp/r.db" "SELECT count(*) FROM samples" 2> /dev/null || echo -)
	awk -v j="$jsi" -v a="$all" -v n="$n" 'BEGIN { printf "%.1f %.1f %s", j / 1e6, a / 1e6, n }'
}

pin=
[ -n "${PIN:-}" ] && pin="taskset -c $PIN"
floor=$(dirname "$bin")/profiler/signal-floor
if [ -x "$floor" ]; then
	$pin "$floor" 5
else
	echo "($floor not built: no signal floor)"
fi
case ${LEAKSCOPE_SAMPLER:-} in
timer) echo "sampler: the timer (LEAKSCOPE_SAMPLER=timer)" ;;
coop) echo "sampler: cooperative (LEAKSCOPE_SAMPLER=coop)" ;;
*) echo "sampler: self-timed (the default)" ;;
esac

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }

printf '%-34s %10s %10s %8s %8s %10s   %s\n' benchmark wall_ms cpu_ms wall_x cpu_x min_wall_x target
if [ "${INSTR:-0}" != 0 ]; then
	echo "(INSTR rows: millions of instructions on the JS thread, then in all threads, and"
	echo " their ratios; the sampling interval stretched by valgrind's slow-down, and"
	[ "${INSTR}" = 2 ] && echo " the commit and site-flush intervals not)" ||
		echo " the commit and site-flush intervals too)"
fi
for s in ${SCRIPTS:-cpu alloc io}; do
	js=bench/js/record-$s.js
	: > "$tmp/plain"; : > "$tmp/rec"; : > "$tmp/allocs"; : > "$tmp/timer"; : > "$tmp/nos"; : > "$tmp/coop"
	modes="plain rec allocs"
	[ "${TIMER:-0}" != 0 ] && modes="$modes timer"
	[ "${NOSAMPLER:-0}" != 0 ] && modes="$modes nos"
	[ "${COOP:-0}" != 0 ] && modes="$modes coop"
	i=0
	while [ "$i" -lt "$runs" ]; do
		one "$bin" "$js" >> "$tmp/plain"
		one "$bin" --record "$tmp/r.db" "$js" >> "$tmp/rec"
		one "$bin" --record "$tmp/r.db" --record-allocs "$js" >> "$tmp/allocs"
		[ "${TIMER:-0}" != 0 ] &&
			(export LEAKSCOPE_SAMPLER=timer; one "$bin" --record "$tmp/r.db" "$js") >> "$tmp/timer"
		[ "${NOSAMPLER:-0}" != 0 ] &&
			one "$bin" --record "$tmp/r.db" --sample-interval=1000000 "$js" >> "$tmp/nos"
		[ "${COOP:-0}" != 0 ] &&
			(export LEAKSCOPE_SAMPLER=coop; one "$bin" --record "$tmp/r.db" "$js") >> "$tmp/coop"
		i=$((i + 1))
	done
	pw=$(median "$tmp/plain" 1); pc=$(median "$tmp/plain" 2); pm=$(least "$tmp/plain" 1)
	for m in $modes; do
		w=$(median "$tmp/$m" 1); c=$(median "$tmp/$m" 2); mw=$(least "$tmp/$m" 1)
		case $m in
		plain) label="$s: plain"; t="" ;;
		rec) label="$s: --record"; t="<= 1.05" ;;
		allocs) label="$s: --record --record-allocs"; t="<= 1.15" ;;
		timer) label="$s: --record (timer sampler)"; t="" ;;
		nos) label="$s: --record, 1 sample/s"; t="" ;;
		coop) label="$s: --record (cooperative)"; t="" ;;
		esac
		printf '%-34s %10s %10s %8s %8s %10s   %s\n' "$label" "$w" "$c" \
			"$(ratio "$w" "$pw")" "$(ratio "$c" "$pc")" "$(ratio "$mw" "$pm")" "$t"
	done
	if [ "${INSTR:-0}" != 0 ]; then
		t0=$(date +%s%N); vi=$(instr "$bin" "$js"); t1=$(date +%s%N)
		# valgrind's slow-down against the plain run's CPU time: sample that much less
		# often, so that samples per instruction are as in a real run at 1 kHz
		iv=$(awk -v v="$(( (t1 - t0) / 1000000 ))" -v n="$pc" 'BEGIN {
			s = v / n; printf "%d", (s < 1 ? 1000 : 1000 * s) }')
		fl=$((iv / 20))		# 50 ms, stretched alike
		sf=$iv			# 1 s (in ms: the interval in us is 1000 x the slow-down)
		[ "$INSTR" = 2 ] && fl=50 && sf=1000
		ri=$(export LEAKSCOPE_FLUSH_MS=$fl LEAKSCOPE_SITE_FLUSH_MS=$sf
			instr "$bin" --record "$tmp/r.db" --sample-interval="$iv" "$js")
		ai=$(export LEAKSCOPE_FLUSH_MS=$fl LEAKSCOPE_SITE_FLUSH_MS=$sf
			instr "$bin" --record "$tmp/r.db" --sample-interval="$iv" --record-allocs "$js")
		set -- $vi
		pj=$1; pa=$2
		for m in plain rec allocs; do
			case $m in
			plain) v=$vi; label="$s: plain"; t="" ;;
			rec) v=$ri; label="$s: --record"; t="<= 1.05" ;;
			allocs) v=$ai; label="$s: --record --record-allocs"; t="<= 1.15" ;;
			esac
			set -- $v
			[ "$3" != - ] && t="$t (samples: $3)"
			printf '%-34s %10s %10s %8s %8s   %s\n' "$label" "$1" "$2" \
				"$(ratio "$1" "$pj")" "$(ratio "$2" "$pa")" "$t"
		done
	fi
done

# Database growth at 1 kHz: record a mixed workload for a few seconds, scale to a minute.
secs=${GROWTH_SECONDS:-5}
[ "$secs" = 0 ] && exit 0
for m in "" "--record-allocs"; do
	rm -f "$tmp/g.db" "$tmp/g.db-wal" "$tmp/g.db-shm"
	t0=$(date +%s%N)
	# shellcheck disable=SC2086
	LEAKSCOPE_BENCH_SECONDS=$secs "$bin" --record "$tmp/g.db" $m bench/js/record-growth.js > /dev/null
	t1=$(date +%s%N)
	bytes=$(stat -c %s "$tmp/g.db")
	awk -v b="$bytes" -v ns="$((t1 - t0))" -v m="${m:-(sampling, phases, listeners)}" 'BEGIN {
		printf "%-34s %10.2f MiB/min   %s\n", "db growth at 1 kHz", b / 1048576 / (ns / 1e9) * 60, m }'
done
