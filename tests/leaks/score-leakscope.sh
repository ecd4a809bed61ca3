#!/bin/sh
# score-leakscope.sh BIN — leakscope's leak diff on the whole corpus, scored against the
# labels: fails below precision 0.95 or recall 0.95 (issue 6, item 4). Skips (exit 77)
# while `leakscope diff` does not exist.
#
# Each app runs under leakscope with the corpus driver, exactly as bench/memlab/run.sh
# runs it for memlab (run-scenario.js: 2 warm-up actions, then snapshots after 2, 5 and 8
# actions, here with require('leakscope').snapshot), recorded into one database per app:
#     leakscope run --record APP.db run-scenario.js --mode leakscope APP.js
#     leakscope diff APP.db --json > results/APP.json
# With LEAKS_VIA=gate it uses the one-shot CI form instead:
#     leakscope gate --scenario APP.js --json results/APP.json   (exit 0 or 1 both fine)
# Then score.js (run by leakscope itself) reads results/ and the labels. KEEP=DIR keeps
# the results there.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-}
[ -x "$bin" ] || { echo "usage: score-leakscope.sh LEAKSCOPE-BINARY" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-score.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
# Probe in an empty folder: without the command, `leakscope diff` looks for a script
# named "diff" and says it cannot find that module.
if (cd "$tmp" && "$bin" diff --help 2>&1) | grep -q "Cannot find module.*diff"; then
	echo "skip: \`leakscope diff\` does not exist yet (issue 6): nothing to score on the leak corpus"
	exit 77
fi
via=${LEAKS_VIA:-diff}
if [ "$via" = gate ] && ! (cd "$tmp" && "$bin" gate --help 2>&1 | grep -q -- --scenario); then
	echo "skip: LEAKS_VIA=gate but \`leakscope gate --scenario\` does not exist yet"
	exit 77
fi
res=${KEEP:-$tmp/results}
mkdir -p "$res"
fail=0
for app in "$here"/apps/*.js; do
	name=$(basename "$app" .js)
	if [ "$via" = gate ]; then
		(cd "$tmp" && timeout 300 "$bin" gate --scenario "$app" --json "$res/$name.json" \
			>"$tmp/$name.out" 2>"$tmp/$name.err")
		rc=$?
		[ $rc -le 1 ] || { echo "$name: leakscope gate exited $rc"; cat "$tmp/$name.err"; fail=1; }
	else
		if ! (cd "$tmp" && timeout 300 "$bin" run --record "$tmp/$name.db" \
			"$here/run-scenario.js" --mode leakscope "$app" >"$tmp/$name.out" 2>"$tmp/$name.err"); then
			echo "$name: the scenario failed under leakscope"; cat "$tmp/$name.err"; fail=1
			continue
		fi
		if ! "$bin" diff "$tmp/$name.db" --json >"$res/$name.json" 2>"$tmp/$name.err"; then
			echo "$name: leakscope diff failed"; cat "$tmp/$name.err"; fail=1
		fi
	fi
done
"$bin" "$here/score.js" --labels "$here/labels.json" --results "$res" --name "leakscope $via" \
	--min-precision 0.95 --min-recall 0.95 || fail=1
exit $fail
