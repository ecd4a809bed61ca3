#!/bin/sh
# diff.sh — the leak diff (issue 6, item 6): `leakscope diff` on three heap snapshots of
# a 1,000,000-object heap (bench/js/diff-1m.js: a tenth replaced and 20,000 Map entries
# added between snapshots), RUNS times (median): wall and CPU time, peak memory (max
# RSS), and a check that the one suspect is the Map. Targets: <= 5 s and <= 0.5 GB.
# Baselines from the same run: the time to load the three snapshots alone (reading
# them back with `leakscope export --heapsnapshot` to /dev/null is more work than a
# load, so it is an upper bound) is printed beside it. memlab's figures on Node's
# snapshots of the same script are bench/memlab's business.
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
