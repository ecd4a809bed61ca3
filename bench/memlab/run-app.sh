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
	t0=$(date +%s%N)
	if "$bin" run --record "$out/db/$name.db" "$corpus/run-scenario.js" --mode leakscope \
		"$app" >/dev/null 2>"$out/res/leakscope/$name.err"; then
		t1=$(date +%s%N)
		"$bin" diff "$out/db/$name.db" --json >"$out/res/leakscope/$name.json" \
			2>>"$out/res/leakscope/$name.err" || true
		t2=$(date +%s%N)
		echo "$name $(( (t2 - t1) / 1000000 )) $(( (t1 - t0) / 1000000 ))" >"$out/res/leakscope/$name.time"
		msg="$msg leakscope"
	else
		msg="$msg leakscope-FAILED"
	fi
fi
echo "$msg" >&2
