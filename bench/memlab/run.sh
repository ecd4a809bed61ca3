#!/bin/sh
# run.sh [APP...] — the leak corpus (tests/leaks) side by side: memlab under Node 20 and,
# once `leakscope diff` exists, leakscope, on the same apps and the same checkpoints.
#
# For each app (default: all of tests/leaks/apps/*.js; JOBS apps at a time, default 2;
# run-app.sh does one): run-scenario.js under node writes
# three V8 snapshots (2 warm-up actions, baseline, 3 actions, target, 3 actions, final);
# memlab analyses them three ways (analyze.js: find-leaks with a leak filter that returns
# true, unbound-object, unbound-collection), each in its own node process; leakscope runs
# the same driver with --record and diffs its own snapshots. score.js scores every
# detector on the labels; summary.js prints precision, recall, category accuracy and
# analysis time (the detector's own wall and CPU time and peak memory, not the
# snapshots'; memlab's measured inside its node process after loading memlab,
# leakscope's over the whole process, the mean of REPEAT runs, default 10, as one run
# is below /usr/bin/time's 10 ms clock), then memlab's totals over leakscope's as
# ratios. With JOBS > 1 or on a busy machine compare the CPU times. LEAKSCOPE=BIN picks
# the binary (copy it aside when others rebuild the tree meanwhile).
#
# Needs node and bench/memlab/node_modules (sh tools/deps.sh bench). Leaves its files in
# $OUT (default: a temporary folder, removed at the end unless KEEP=1).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=$root/tests/leaks
bin=${LEAKSCOPE:-$root/build/leakscope}
[ ! -x "$bin" ] || bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
command -v node >/dev/null 2>&1 || { echo "bench/memlab: node is not installed" >&2; exit 2; }
command -v /usr/bin/time >/dev/null 2>&1 || { echo "bench/memlab: needs GNU time: sh tools/deps.sh bench" >&2; exit 2; }
[ -d "$here/node_modules/@memlab/core" ] ||
	{ echo "bench/memlab: memlab is not installed: sh tools/deps.sh bench" >&2; exit 2; }
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/leakscope-memlab.XXXXXX")}
[ -n "${OUT:-}" ] || [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$out"' EXIT INT TERM
mkdir -p "$out/snap" "$out/res/find-leaks" "$out/res/unbound-object" \
	"$out/res/unbound-collection" "$out/res/leakscope" "$out/db"

if [ $# -gt 0 ]; then
	apps=
	for a in "$@"; do
		[ -f "$corpus/apps/${a%.js}.js" ] ||
			{ echo "bench/memlab: no app ${a%.js} in tests/leaks/apps" >&2; exit 2; }
		apps="$apps $corpus/apps/${a%.js}.js"
	done
else
	apps=$(ls "$corpus"/apps/*.js)
fi

# leakscope's side, when its diff exists (issue 6)
ls_diff=0
if [ -x "$bin" ] && ! (cd "$out" && "$bin" diff --help 2>&1) | grep -q "Cannot find module.*diff"; then
	ls_diff=1
fi

names=
for app in $apps; do names="$names,$(basename "$app" .js)"; done
# shellcheck disable=SC2086
printf '%s\n' $apps | xargs -P "${JOBS:-2}" -I{} sh "$here/run-app.sh" "$out" {} "$ls_diff" "$bin"

names=${names#,}
node "$here/summary.js" "$corpus/labels.json" "$out" "$names" $ls_diff
[ $ls_diff = 1 ] || echo "(leakscope: no \`leakscope diff\` in $bin yet, so only memlab was measured)"
