#!/bin/sh
# score-selftest.sh BIN — score.js, run by leakscope, on detector outputs made from the
# labels by oracle.js: the labels themselves must score 1/1/1 and pass the gate, whether
# the reports match by site alone or by path alone; outputs with an unrelated report per
# app, every category wrong, or a quarter of the leaks left out must score what they
# deserve (and fail the gate where it applies); a missing result fails the gate.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:?usage: score-selftest.sh LEAKSCOPE-BINARY}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-scoretest.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
check() {	# name expected-exit expected-line-pattern -- score.js args
	name=$1 want=$2 pat=$3
	shift 4
	"$bin" "$here/score.js" --quiet --name "$name" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne "$want" ] || ! grep -q -- "$pat" "$tmp/out"; then
		echo "FAIL $name: exit $rc (wanted $want), output:"
		cat "$tmp/out" "$tmp/err"
		fail=1
	else
		echo "ok   $name: $(head -1 "$tmp/out")"
	fi
}
for v in perfect noise:--noise wrong:--wrong-category drop:--drop=4 twice:--twice \
	site:--site-only path:--path-only missing; do
	# shellcheck disable=SC2046
	"$bin" "$here/oracle.js" $(echo "$v" | sed -n 's/^[^:]*:\(.*\)/\1/p' | tr = ' ') \
		"$tmp/${v%%:*}" || exit 1
done
rm "$tmp/missing/seed-cache.json"
g="--min-precision 0.95 --min-recall 0.95"
all='precision 1.000 (\([0-9]*\) of \1 reports, 0 duplicates), recall 1.000 (\([0-9]*\) of \2 leaks), category 1.000'
# shellcheck disable=SC2086
{
check perfect 0 "$all" -- --results "$tmp/perfect" $g
check site-only 0 "$all" -- --results "$tmp/site" $g
check path-only 0 "$all" -- --results "$tmp/path" $g
check noise 1 "precision 0\.[0-9]* .*recall 1.000" -- --results "$tmp/noise" $g
check wrong-category 0 "recall 1.000 .*category 0\.0" -- --results "$tmp/wrong" $g
check drop 1 "precision 1.000 .*recall 0\.7" -- --results "$tmp/drop" $g
check twice 0 "precision 1.000 (\([0-9]*\) of \1 reports, [1-9][0-9]* duplicates)" -- --results "$tmp/twice" $g
check missing 1 "no result for 1 (seed-cache)" -- --results "$tmp/missing" $g
check missing-ungated 0 "recall 0\.9" -- --results "$tmp/missing"
check one-app 0 "recall 1.000 (2 of 2 leaks)" -- --results "$tmp/perfect" --apps multi-listener-and-cache,clean-pool $g
}
exit $fail
