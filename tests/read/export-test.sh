#!/bin/sh
# export-test.sh LEAKSCOPE READ-FIXTURE — the .cpuprofile and .heapprofile exports of the
# fixture's runs read back by Node (check-profiles.js) and checked against the
# database's own totals (read-fixture totals: plain SQL, no leakscope code). The totals
# of the fixture are first compared with fixture-totals.json, worked out by hand, so the
# checker's reference is itself known to be right. Skipped (77) without node (a failure
# under CI).
set -u
bin=$1
fixture=$2
here=$(cd "$(dirname "$0")" && pwd)
# A missing tool skips the test (77), except in CI (CI set, as .ci/run's harness does),
# where tools/deps.sh test has installed it: there it is a failure, never a silent skip.
skip() {
	case ${CI:-} in
	'' | false | 0) echo "SKIP: $1"; exit 77 ;;
	*) echo "FAIL: $1 (CI: tools/deps.sh test should have installed it)"; exit 1 ;;
	esac
}
if ! command -v node >/dev/null 2>&1; then
	skip "node is not installed (tools/deps.sh test installs it); the exports need an independent reader"
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-export-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
"$fixture" make app.db || exit 1
"$fixture" totals app.db > totals.json || exit 1
if ! diff -u "$here/fixture-totals.json" totals.json; then
	echo "FAIL: the fixture's totals are not the hand-computed ones"
	exit 1
fi
fail=0
for run in 2 1; do
	"$fixture" totals app.db $run > totals-$run.json || exit 1
	"$bin" export app.db --run $run --cpuprofile cpu-$run.cpuprofile \
		--heapprofile heap-$run.heapprofile >/dev/null || { echo "FAIL: export of run $run"; exit 1; }
	"$bin" export app.db --run $run --heapprofile all-$run.heapprofile --include-freed \
		--heap-prof-interval 1024 >/dev/null || { echo "FAIL: export of run $run"; exit 1; }
	# the live profile with the default interval, the -all one with 1 KiB
	node "$here/check-profiles.js" totals-$run.json 524288 cpu-$run.cpuprofile \
		heap-$run.heapprofile || fail=1
	node -e '
		var t = require(process.argv[1]);
		t.heap_live_sizes = t.heap_all_sizes;
		require("fs").writeFileSync(process.argv[2], JSON.stringify(t));
	' "$tmp/totals-$run.json" "$tmp/totals-all-$run.json" || exit 1
	node "$here/check-profiles.js" totals-all-$run.json 1024 cpu-$run.cpuprofile \
		all-$run.heapprofile || fail=1
done
# stacks deeper than the exporter maps in one go
"$fixture" deep deep.db && "$fixture" totals deep.db > totals-deep.json || exit 1
"$bin" export deep.db --cpuprofile deep.cpuprofile --heapprofile deep.heapprofile >/dev/null ||
	{ echo "FAIL: export of the deep stacks"; exit 1; }
node "$here/check-profiles.js" totals-deep.json 524288 deep.cpuprofile deep.heapprofile || fail=1
node -e '
	var p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
	var rec = p.nodes.filter(function (n) { return n.callFrame.functionName === "rec"; });
	if (p.nodes.length !== 1205 || rec.length !== 1200) {
		console.log("FAIL: deep: " + p.nodes.length + " nodes, " + rec.length + " rec");
		process.exit(1);
	}
' deep.cpuprofile || fail=1
# a failed export leaves no file behind
if "$bin" export app.db --run 9 --cpuprofile gone.cpuprofile 2>/dev/null; then
	echo "FAIL: exporting a missing run succeeded"; fail=1
fi
[ -e gone.cpuprofile ] || [ -e gone.cpuprofile.partial ] && { echo "FAIL: a file was left behind"; fail=1; }
exit $fail
