#!/bin/sh
# run-app.sh OUT APP.js LS_DIFF(0|1) LEAKSCOPE — one app of bench/memlab/run.sh: V8
# snapshots by the corpus driver under node, memlab's three analyses, and leakscope's
# record + diff when LS_DIFF is 1. Results in OUT/res/DETECTOR/NAME.json.
set -u
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "$here/../../tests/leaks" && pwd)
out=$1 app=$2 ls_diff=$3 bin=$4
name=$(basename "$app" .js)
msg=$name:
if ! node "$corpus/run-scenario.js" --mode v8 --json --out "$out/snap/$name" "$app" \
	>"$out/snap/$name.json" 2>"$out/snap/$name.err"; then
	echo "$msg snapshots FAILED: $(cat "$out/snap/$name.err")" >&2
	exit 0
fi
for an in find-leaks unbound-object unbound-collection; do
	if node "$here/analyze.js" "$an" "$out/snap/$name" "$out/res/$an/$name.json" \
		>/dev/null 2>"$out/res/$an/$name.err"; then
		msg="$msg $an"
	else
		msg="$msg $an-FAILED"
	fi
done
rm -f "$out/snap/$name"/*.heapsnapshot
if [ "$ls_diff" = 1 ]; then
	rm -f "$out/res/leakscope/$name.json" "$out/res/leakscope/$name.time" "$out/db/$name.db"
	t0=$(date +%s%N)
	if "$bin" run --record "$out/db/$name.db" "$corpus/run-scenario.js" --mode leakscope \
		"$app" >/dev/null 2>"$out/res/leakscope/$name.err"; then
		t1=$(date +%s%N)
		drc=0
		"$bin" diff "$out/db/$name.db" --json >"$out/res/leakscope/$name.json" \
			2>>"$out/res/leakscope/$name.err" || drc=$?
		if [ $drc != 0 ]; then
			# no result (score.js lists the app as missing), not half a JSON file
			rm -f "$out/res/leakscope/$name.json"
			echo "$msg leakscope diff FAILED (exit $drc): $(tail -n 2 "$out/res/leakscope/$name.err")" >&2
			exit 0
		fi
		# the diff's own wall, user + system time and max RSS, as analyze.js measures
		# memlab's: REPEAT runs under one /usr/bin/time (its clock counts 10 ms steps,
		# and one diff of a corpus app takes a few ms), divided by REPEAT
		rep=${REPEAT:-10}
		/usr/bin/time -f '%e %U %S %M' -o "$out/res/leakscope/$name.rusage" sh -c \
			'i=0; while [ $i -lt "$1" ]; do "$2" diff "$3" --json >/dev/null || exit 1; i=$((i + 1)); done' \
			sh "$rep" "$bin" "$out/db/$name.db" 2>>"$out/res/leakscope/$name.err"
		ru=$(tail -n 1 "$out/res/leakscope/$name.rusage")
		wall=$(echo "$ru" | awk -v r="$rep" '{ printf "%d", $1 * 1000 / r }')
		cpu=$(echo "$ru" | awk -v r="$rep" '{ printf "%d", ($2 + $3) * 1000 / r }')
		rss=$(echo "$ru" | awk '{ print $4 }')
		# NAME DIFF_WALL_MS RECORD_WALL_MS DIFF_CPU_MS DIFF_MAX_RSS_KB
		echo "$name $wall $(( (t1 - t0) / 1000000 )) $cpu $rss" >"$out/res/leakscope/$name.time"
		msg="$msg leakscope"
	else
		msg="$msg leakscope-FAILED"
	fi
fi
echo "$msg" >&2
