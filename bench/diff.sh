#!/bin/sh
# diff.sh — the leak diff (issue 6, item 6): `leakscope diff` on three heap snapshots of
# a 1,000,000-object heap (bench/js/diff-1m.js: a tenth replaced and 20,000 Map entries
# added between snapshots), RUNS times (median): wall and CPU time, peak memory (max
# RSS), and a check that the one suspect is the Map. Targets: <= 5 s and <= 0.5 GB.
# Baselines from the same run: the time to load the three snapshots alone (reading
# them back with `leakscope export --heapsnapshot` to /dev/null is more work than a
# load, so it is an upper bound) is printed beside it.
#
# memlab on the same script, in the same run: node runs bench/js/diff-1m.js, whose
# three v8.writeHeapSnapshot snapshots (not timed) memlab analyses with each of
# MEMLAB_ANALYSES (default find-leaks: baseline/target/final with a leak filter that
# returns true; also unbound-object, unbound-collection; bench/memlab/analyze.js, one
# node process each, once) under /usr/bin/time and `timeout MEMLAB_TIMEOUT` (default
# 1800 s): wall and CPU time, peak memory, whether it names the sessions Map, and the
# ratios to leakscope's medians. A run that times out or dies (out of memory) is
# reported as such, its ratio as a lower bound. MEMLAB=0 skips it; it needs node and
# bench/memlab/node_modules (sh tools/deps.sh bench) and ~600 MB in TMPDIR.
#
#   sh bench/diff.sh            # RUNS=3
set -eu
cd "$(dirname "$0")/.."
bin=${LEAKSCOPE:-build/leakscope}
runs=${RUNS:-3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-diff-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -x /usr/bin/time ] || { echo "diff.sh needs GNU time (apt-get install time)" >&2; exit 1; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

"$bin" run --record "$tmp/d.db" --sample-interval=0 bench/js/diff-1m.js
nodes=$("$bin" snapshots "$tmp/d.db" | awk 'NR > 1 { printf "%s ", $7 }')
: > "$tmp/t"
i=0
while [ $i -lt "$runs" ]; do
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/one" "$bin" diff "$tmp/d.db" --json > "$tmp/out"
	cat "$tmp/one" >> "$tmp/t"
	/usr/bin/time -f '%e' -o "$tmp/exp" sh -c "for s in 1 2 3; do '$bin' export '$tmp/d.db' \
		--heapsnapshot \$s /dev/null >/dev/null 2>&1; done"
	cat "$tmp/exp" >> "$tmp/e"
	i=$((i + 1))
done
wall=$(awk '{ print $1 }' "$tmp/t" | median)
cpu=$(awk '{ print $2 + $3 }' "$tmp/t" | median)
rss=$(awk '{ print $4 }' "$tmp/t" | median)
exp=$(median < "$tmp/e")
echo "leakscope diff, 3 heap snapshots of ~1,000,000 objects (nodes: $nodes), $runs runs, medians"
printf '%-34s %8.2f s   (target <= 5 s)\n' "wall time" "$wall"
printf '%-34s %8.2f s\n' "CPU time" "$cpu"
awk -v k="$rss" 'BEGIN { printf "%-34s %8.1f MB  (target <= 512 MB)\n", "peak memory (max RSS)", k / 1024 }'
awk -v e="$exp" -v w="$wall" 'BEGIN { printf "%-34s %8.2f s   (diff / this: %.2fx)\n", "export of the 3 snapshots (baseline)", e, w / e }'
if grep -q '"path": "module diff-1m.js → sessions (Map)' "$tmp/out" &&
   [ "$(grep -c '"category"' "$tmp/out")" = 1 ]; then
	echo "found: one suspect, the sessions Map"
else
	echo "UNEXPECTED report:"; cat "$tmp/out"; exit 1
fi

[ "${MEMLAB:-1}" != 0 ] || exit 0
if ! command -v node >/dev/null 2>&1 || [ ! -d bench/memlab/node_modules/@memlab/heap-analysis ]; then
	echo "memlab: not measured (needs node and bench/memlab/node_modules: sh tools/deps.sh bench)"
	exit 0
fi
mkdir "$tmp/v8"
/usr/bin/time -f '%e' -o "$tmp/v8.time" node bench/js/diff-1m.js "$tmp/v8"
v8nodes=$(node -e 'const fs = require("fs"); for (const s of ["s1", "s2", "s3"]) {
	const b = Buffer.alloc(4096); const fd = fs.openSync(process.argv[1] + "/" + s + ".heapsnapshot");
	fs.readSync(fd, b, 0, 4096, 0); const m = /"node_count":(\d+)/.exec(b.toString());
	process.stdout.write((m ? m[1] : "?") + " "); }' "$tmp/v8")
echo
echo "memlab on node's snapshots of the same script (nodes: $v8nodes; node took $(cat "$tmp/v8.time") s to write them, not counted), once each"
limit=${MEMLAB_TIMEOUT:-1800}
for an in ${MEMLAB_ANALYSES:-find-leaks}; do
	rc=0
	timeout "$limit" /usr/bin/time -f '%e %U %S %M' -o "$tmp/m.time" \
		node bench/memlab/analyze.js "$an" "$tmp/v8" "$tmp/m.json" >/dev/null 2>"$tmp/m.err" || rc=$?
	# /usr/bin/time's last line holds the figures (before it: "Command exited ...")
	ml=$(tail -n 1 "$tmp/m.time" 2>/dev/null || true)
	if [ $rc = 124 ]; then
		echo "memlab $an: did not finish within $limit s (stopped); leakscope's diff is > $(awk \
			-v l="$limit" -v w="$wall" 'BEGIN { printf "%.0f", l / w }')x faster in wall time"
		continue
	elif [ $rc != 0 ]; then
		echo "memlab $an: failed (exit $rc) after $(echo "$ml" | awk '{ print $1 }') s," \
			"peak memory $(echo "$ml" | awk '{ printf "%.0f", $4 / 1024 }') MB:"
		tail -n 3 "$tmp/m.err" | sed 's/^/  | /'
		continue
	fi
	found=$(grep -c '"path": .*sessions' "$tmp/m.json" || true)
	reports=$(grep -c '"category"' "$tmp/m.json" || true)
	echo "$ml" | awk -v an="$an" -v w="$wall" -v c="$cpu" -v r="$rss" -v f="$found" -v n="$reports" '{
		mc = $2 + $3
		printf "%-34s %8.2f s   (/ leakscope: %.1fx)\n", "memlab " an " wall time", $1, $1 / w
		printf "%-34s %8.2f s   (/ leakscope: %.1fx)\n", "memlab " an " CPU time", mc, (c > 0 ? mc / c : 0)
		printf "%-34s %8.1f MB  (/ leakscope: %.1fx)\n", "memlab " an " peak memory", $4 / 1024, $4 / r
		printf "memlab %s: %d reports, %d through the sessions Map\n", an, n, f }'
done
