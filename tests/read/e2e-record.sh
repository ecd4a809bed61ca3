#!/bin/sh
# e2e-record.sh LEAKSCOPE READ-FIXTURE — records e2e-app.js with `leakscope run --record
# --record-allocs` and reads the recording with every read command: human output exits
# 0 and names what it should; --json output is checked with Node: the hot function
# `spin` leads the JS functions by self time, mostly in the timers phase; the loop ran
# the 12 timer callbacks, slow ones with a stack in the app; the allocating line is the
# top site; the listener added per tick is a monotonic +12 from its line; the exports
# pass check-profiles.js against the database. Skipped (77) without node (a failure
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
	skip "node is not installed (tools/deps.sh test installs it); it reads the --json output"
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-e2e-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cp "$here/e2e-app.js" "$tmp/" && cd "$tmp" || exit 1
# a 2 ms threshold: each callback does fixed work that takes 11-22 ms in a release build
# on a quiet machine, too close to the default 10 ms to count on
"$bin" run --record app.db --record-allocs --slow-callback=2 e2e-app.js > run.out 2>&1
code=$?
[ $code = 0 ] || { echo "FAIL: the recorded run exited $code"; cat run.out; exit 1; }

fail=0
for cmd in runs top loop allocs listeners; do
	"$bin" $cmd app.db > $cmd.txt 2>&1 || { echo "FAIL: leakscope $cmd exited $?"; cat $cmd.txt; fail=1; }
	"$bin" $cmd app.db --json > $cmd.json 2>&1 || { echo "FAIL: leakscope $cmd --json exited $?"; fail=1; }
done
grep -q "spin" top.txt || { echo "FAIL: top does not name spin"; fail=1; }
grep -q "utilization" loop.txt || { echo "FAIL: loop shows no utilization"; fail=1; }
grep -q "e2e-app.js:20" allocs.txt || { echo "FAIL: allocs does not name e2e-app.js:20"; fail=1; }
grep -q "+12 since start, monotonic" listeners.txt || { echo "FAIL: listeners flags no +12"; fail=1; }

node -e '
var fs = require("fs"), bad = [];
function load(n) { return JSON.parse(fs.readFileSync(n + ".json", "utf8")); }
function check(ok, what) { if (!ok) bad.push(what); }
function app(f) { return /e2e-app\.js$/.test(f.file); }

var runs = load("runs").runs;
check(runs.length === 1 && runs[0].complete && runs[0].exit_code === 0 && runs[0].samples > 0,
	"runs: one complete run with samples: " + JSON.stringify(runs));

var top = load("top"), js = top.functions.filter(function (f) { return f.kind === "js"; });
check(js.length && js[0].function === "spin" && app(js[0]) && js[0].fn_line === 10,
	"top: spin (e2e-app.js:10) leads by self time: " + JSON.stringify(js.slice(0, 3)));
var spin = js.filter(function (f) { return f.function === "spin"; })[0];
check(spin && spin.total_by_phase.timers >= 0.9 * spin.total_samples,
	"top: spin ran in the timers phase: " + JSON.stringify(spin));

var loop = load("loop"), timers = loop.phases[0], prev = Infinity;
check(loop.iterations >= 12 && timers.phase === "timers" && timers.callbacks >= 12,
	"loop: 12 timer callbacks: " + JSON.stringify(timers));
check(loop.utilization && loop.utilization.utilization > 0, "loop: utilization");
check(loop.slow_callbacks.some(function (c) {
	return c.phase === "timers" && c.callback === "timer" && c.stack.some(app);
}), "loop: a slow timer callback with the app on its stack: " +
	JSON.stringify(loop.slow_callbacks));
loop.slow_callbacks.forEach(function (c) {
	check(c.duration_us <= prev, "loop: slow callbacks slowest first");
	prev = c.duration_us;
});

var allocs = load("allocs");
check(app(allocs.by_bytes[0]) && allocs.by_bytes[0].line === 20 &&
	allocs.by_bytes[0].function === "allocate",
	"allocs: e2e-app.js:20 allocate is the top site: " + JSON.stringify(allocs.by_bytes[0]));
check(allocs.by_live_bytes[0].live_bytes > 0, "allocs: live bytes");

var l = load("listeners").series[0];
check(l && l.event === "tick" && l.trend === "monotonic" && l.growth === 12 &&
	l.count === 12 && app(l.sites[0]) && l.sites[0].line === 25 && l.sites[0].adds === 12,
	"listeners: tick grows by 12 from e2e-app.js:25: " + JSON.stringify(l));
if (bad.length) { console.log(bad.join("\n")); process.exit(1); }
' || fail=1

"$bin" export app.db --cpuprofile cpu.cpuprofile --heapprofile heap.heapprofile >/dev/null ||
	{ echo "FAIL: export"; fail=1; }
"$fixture" totals app.db > totals.json || exit 1
node "$here/check-profiles.js" totals.json 524288 cpu.cpuprofile heap.heapprofile || fail=1
[ $fail = 0 ] && echo "ok: e2e"
exit $fail
