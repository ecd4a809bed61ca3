#!/bin/sh
# diff-test.sh BIN — `leakscope diff` and `leakscope gate` on small apps of known shape
# (apps/: one leak per category, and a clean control), through the one-shot CI form
# `gate --scenario` (recorded with allocation sites), then diff and gate on the kept
# recordings: categories, paths, sites (check.js), exit codes, suppressions, the JUnit
# report (well-formed, xml-check.js) and bad input (exit 2 with a message).
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-diff-test.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0

ok() { echo "ok $1"; }
fail() { echo "FAIL $1"; failed=1; }
# expect_exit NAME WANT CMD...: runs CMD (stdout/stderr into $work/out, $work/err)
expect_exit() {
	_what=$1 _want=$2
	shift 2
	"$@" >"$work/out" 2>"$work/err"
	_got=$?
	if [ "$_got" = "$_want" ]; then ok "$_what: exit $_got"; else
		fail "$_what: exit $_got, want $_want"; sed 's/^/  | /' "$work/err" | head -20; fi
}
# expect_err NAME TEXT: stderr of the last command says TEXT
expect_err() {
	if grep -q -- "$2" "$work/err"; then ok "$1: says '$2'"; else
		fail "$1: stderr does not say '$2'"; sed 's/^/  | /' "$work/err" | head -5; fi
}

for app in "$here"/apps/*.js; do
	name=$(basename "$app" .js)
	case $name in clean-*) want=0 ;; *) want=1 ;; esac
	expect_exit "gate --scenario $name" $want "$bin" gate --scenario "$app" --db "$name.db" \
		--json "$name.gate.json" --junit "$name.xml"
	"$bin" "$here/check.js" "$name" "$name.gate.json" "$app" || failed=1
	# the same recording through diff: the same suspects
	expect_exit "diff $name" 0 "$bin" diff "$name.db" --json
	cp "$work/out" "$name.diff.json"
	"$bin" "$here/check.js" "$name" "$name.diff.json" "$app" || failed=1
	if [ $want = 1 ]; then
		"$bin" "$here/xml-check.js" "$name.xml" 1 1 0 || failed=1
	else
		"$bin" "$here/xml-check.js" "$name.xml" 1 0 0 || failed=1
	fi
done

# the text report: category, path, a site, the growth line
expect_exit "diff text" 0 "$bin" diff cache-sessions.db
for text in "1. cache" "sessions (Map)" "cache-sessions.js:" "per interval, in every interval"; do
	if grep -qF -- "$text" "$work/out"; then ok "diff text shows '$text'"; else
		fail "diff text lacks '$text'"; cat "$work/out"; fi
done

# snapshots named on the command line: the first two only (one interval)
expect_exit "diff DB 1 2" 0 "$bin" diff cache-sessions.db 1 2 --json
grep -q '"snapshots": \[' "$work/out" && grep -q '"category": "cache"' "$work/out" &&
	ok "diff of two named snapshots finds the cache" || fail "diff DB 1 2: $(cat "$work/out")"

# five snapshots: growth in all intervals but the second is a trend (monotonic false);
# growth in only two of four intervals is noise (no suspect)
cat > trend.js <<'JS'
const ls = require('leakscope');
const kept = [];
const plan = process.argv[2] === 'trend' ? [1, 0, 1, 1] : [1, 0, 0, 1];
function add(list, n) { for (let i = 0; i < n; i++) list.push({ i, tags: ['x', i] }); }
function run() {
  ls.snapshot('s0');
  plan.forEach((grow, k) => { if (grow) add(kept, 300); ls.snapshot('s' + (k + 1)); });
}
run();
JS
"$bin" run --record trend.db trend.js trend >/dev/null 2>&1
expect_exit "diff, 5 snapshots, a trend" 0 "$bin" diff trend.db --json
grep -q '"monotonic": false' "$work/out" && grep -q 'trend.js → kept\[\]' "$work/out" &&
	ok "a trend with one flat interval is reported, not monotonic" ||
	fail "trend: $(cat "$work/out")"
"$bin" run --record noise.db trend.js noise >/dev/null 2>&1
expect_exit "diff, 5 snapshots, two flat intervals" 0 "$bin" diff noise.db --json
grep -q '"leaks": \[\]' "$work/out" && ok "growth in two of four intervals is not a leak" ||
	fail "noise: $(cat "$work/out")"

# gate --scenario's own counts: --iterations actions between snapshots, --snapshots of
# them (cache-sessions logs in 100 sessions per action)
expect_exit "gate --scenario --iterations 2 --snapshots 4" 1 "$bin" gate --scenario \
	"$here/apps/cache-sessions.js" --iterations 2 --snapshots 4 --json iter.json
"$bin" -e '
const l = JSON.parse(require("fs").readFileSync("iter.json", "utf8")).leaks[0];
const per = l.per_snapshot.map((p) => p.count);
const steps = per.slice(1).map((c, i) => c - per[i]);
const good = per.length === 4 && steps.every((d) => d === 200);
console.log((good ? "ok" : "FAIL") + " 4 snapshots, 200 sessions (2 actions) apart: " + per.join(" "));
process.exitCode = good ? 0 : 1;' || failed=1

# the text report's growth sparkline (one bar per snapshot, rising)
expect_exit "diff text (sparkline)" 0 "$bin" diff cache-sessions.db
grep -q "growth  ▁▄█ " "$work/out" && ok "a rising sparkline" || fail "no sparkline: $(cat "$work/out")"

# ranking and the LeakShare-like split: two leaks of different sizes, ranked by growth,
# scores summing to 1; objects reachable from a Map and from an array are one suspect
# (the other path listed), not two
cat > rank.js <<'JS'
const ls = require('leakscope');
const big = new Map(), small = [], byId = new Map(), order = [];
let n = 0;
function round() {
  for (let i = 0; i < 100; i++, n++) {
    big.set(n, { id: n, blob: 'b'.repeat(400) + n });
    if (i < 20) small.push({ id: n });
    const job = { id: n, owner: 'job-' + n + '-owner-name' };
    byId.set(n, job);
    order.push(job);
  }
}
for (let k = 0; k < 3; k++) { round(); ls.snapshot('s' + k); }
JS
"$bin" run --record rank.db rank.js >/dev/null 2>&1
expect_exit "diff, three leaks" 0 "$bin" diff rank.db --json
cp "$work/out" rank.json
"$bin" -e '
const r = JSON.parse(require("fs").readFileSync("rank.json", "utf8"));
const paths = r.leaks.map((l) => l.path);
const ok = (what, c) => { console.log((c ? "ok " : "FAIL ") + what + (c ? "" : ": " + paths.join("; "))); if (!c) process.exitCode = 1; };
ok("three suspects, one per leak", r.leaks.length === 3);
ok("the biggest first (big Map)", /→ big \(Map\)/.test(paths[0]));
ok("the smallest last (small array)", /→ small\[\]/.test(paths[2]));
ok("ranked by growth", r.leaks.every((l, i, a) => i === 0 || a[i - 1].growth_bytes >= l.growth_bytes));
const sum = r.leaks.reduce((a, l) => a + l.score, 0);
ok("scores sum to 1 (" + sum + ")", Math.abs(sum - 1) < 1e-6);
const two = r.leaks.filter((l) => /byId|order/.test(l.path) ||
  (l.also_reached_through || []).some((p) => /byId|order/.test(p)));
ok("jobs reached two ways are one suspect", two.length === 1);
ok("the other path is listed", two.length === 1 && (two[0].also_reached_through || []).length === 1);
' || failed=1

# the floor: a leak of ~3 KiB is reported at the default 1 KiB and not at --min-bytes 64K
cat > floor.js <<'JS'
const ls = require('leakscope');
const kept = [];
function add(k) { for (let i = 0; i < 10; i++) kept.push({ k, i }); }
for (let k = 0; k < 3; k++) { add(k); ls.snapshot('s' + k); }
JS
"$bin" run --record floor.db floor.js >/dev/null 2>&1
expect_exit "diff, a small leak" 0 "$bin" diff floor.db --json
grep -q 'floor.js → kept\[\]' "$work/out" && ok "a small leak above the default floor" ||
	fail "small leak not reported: $(cat "$work/out")"
expect_exit "diff --min-bytes 64K" 0 "$bin" diff floor.db --json --min-bytes 65536
grep -q '"leaks": \[\]' "$work/out" && ok "nothing below --min-bytes" ||
	fail "--min-bytes: $(cat "$work/out")"

# by default the latest run of a file with two: run 2's snapshots
"$bin" run --record floor.db floor.js >/dev/null 2>&1
expect_exit "diff, two runs" 0 "$bin" diff floor.db --json
grep -q '"run": 2' "$work/out" && grep -q '"snapshots": \[' "$work/out" &&
	ok "the latest run by default" || fail "two runs: $(head -8 "$work/out")"

# the README's first command: build.sh demo records examples/leaky-app.js this way and
# ends with its leak report, which finds leaks in at least two categories
"$bin" run --record demo.db --record-allocs "$here/../../examples/leaky-app.js" >/dev/null 2>&1
expect_exit "demo: diff of the example app" 0 "$bin" diff demo.db --json
for c in listener cache global; do
	grep -q "\"category\": \"$c\"" "$work/out" && ok "demo: a $c leak" ||
		fail "demo: no $c leak: $(grep '"path"' "$work/out")"
done

# a main script whose absolute path is at most 15 bytes: mujs keeps such a __filename
# inside the value (no node in the graph), and its top-level scope is still "module a.js"
short=$(mktemp -d /tmp/lsXXX)
cat > "$short/a.js" <<'JS'
const ls = require('leakscope');
const kept = [];
function add() { for (let i = 0; i < 300; i++) kept.push({ i, tags: ['x', i] }); }
for (let k = 0; k < 3; k++) { add(); ls.snapshot('s' + k); }
JS
"$bin" run --record short.db "$short/a.js" >/dev/null 2>&1
rm -rf "$short"
expect_exit "diff, a main script with a short path" 0 "$bin" diff short.db --json
grep -q '"path": "module a.js → kept\[\]"' "$work/out" && grep -q '"category": "cache"' "$work/out" &&
	ok "a short-named main script's top level is its module" || fail "short path: $(cat "$work/out")"

# progress on stderr when it is a terminal (script(1) gives the command one), and none
# when it is not: the diff reading snapshots, export reading and writing one, and the
# end of a run waiting for its snapshots to be stored (the second of ~150,000 nodes,
# taken just before the script ends, is still on the writer's thread then)
cat > big.js <<'JS'
const ls = require('leakscope');
const a = [];
for (let i = 0; i < 150000; i++) a.push({ i });
ls.snapshot('one');
a.push({});
ls.snapshot('two');
JS
if command -v script >/dev/null 2>&1; then
	script -qec "'$bin' run --record big.db big.js" /dev/null >tty-run.txt 2>&1
	script -qec "'$bin' diff big.db" /dev/null >tty-diff.txt 2>&1
	script -qec "'$bin' export big.db --heapsnapshot 1 big.heapsnapshot" /dev/null >tty-export.txt 2>&1
	for p in "tty-run.txt:leakscope: storing heap snapshots: " \
	    "tty-diff.txt:leakscope diff: reading heap snapshot 1 of 2" \
	    "tty-export.txt:leakscope export: reading heap snapshot 1" \
	    "tty-export.txt:leakscope export: writing heap snapshot 1 (1"; do
		if grep -qF -- "${p#*:}" "${p%%:*}"; then ok "progress on a terminal: ${p#*:}"; else
			fail "no progress on a terminal: ${p#*:}"; od -c "${p%%:*}" | head -5; fi
	done
else
	echo "skip: progress on a terminal (no script(1))"
fi
"$bin" run --record big2.db big.js 2>big2.err >/dev/null
"$bin" diff big2.db 2>>big2.err >/dev/null
"$bin" export big2.db --heapsnapshot 1 big2.heapsnapshot 2>>big2.err >/dev/null
[ ! -s big2.err ] && ok "no progress when stderr is not a terminal" ||
	fail "progress written to a file: $(od -c big2.err | head -3)"

# gate thresholds and suppressions on a recording
expect_exit "gate DB" 1 "$bin" gate cache-sessions.db
grep -q "FAILED" "$work/out" && ok "gate says FAILED" || fail "gate output lacks FAILED"
expect_exit "gate --max-leaks 1" 0 "$bin" gate cache-sessions.db --max-leaks 1
expect_exit "gate --max-leak-bytes 1G" 0 "$bin" gate cache-sessions.db --max-leak-bytes 1G
printf '# known\npath  "*sessions (Map)*"  sessions live for the whole test run\n' > allow-path
expect_exit "gate --allow (path)" 0 "$bin" gate cache-sessions.db --allow allow-path \
	--junit allowed.xml --json allowed.json
grep -q "allowed: sessions live" "$work/out" && ok "the reason is shown" ||
	fail "allowed reason not shown"
"$bin" "$here/xml-check.js" allowed.xml 1 0 1 || failed=1
grep -q '"allowed": "sessions live for the whole test run"' allowed.json &&
	ok "json has the reason" || fail "json lacks the reason"
printf 'site  cache-sessions.js:*  the session store is bounded elsewhere\n' > allow-site
expect_exit "gate --allow (site)" 0 "$bin" gate cache-sessions.db --allow allow-site
printf 'site  other.js:*  does not match\n' > allow-other
expect_exit "gate --allow (no match)" 1 "$bin" gate cache-sessions.db --allow allow-other

# bad input: exit 2 with a clear message
expect_exit "no such DB" 2 "$bin" gate nowhere.db
expect_err "no such DB" "no such file"
echo "not a database" > junk.db
expect_exit "unreadable DB" 2 "$bin" gate junk.db
expect_exit "unreadable DB (diff)" 2 "$bin" diff junk.db
"$bin" run --record none.db -e '1' >/dev/null 2>&1
expect_exit "no snapshots" 2 "$bin" gate none.db
expect_err "no snapshots" "no heap snapshots"
"$bin" run --record one.db -e "require('leakscope').snapshot('only')" >/dev/null 2>&1
expect_exit "one snapshot" 2 "$bin" gate one.db
expect_err "one snapshot" "only one heap snapshot"
expect_exit "one snapshot (diff)" 2 "$bin" diff one.db
expect_exit "one snapshot named" 2 "$bin" diff cache-sessions.db 2
expect_exit "missing snapshot" 2 "$bin" diff cache-sessions.db 1 99
"$bin" run --record one.db -e "require('leakscope').snapshot('again')" >/dev/null 2>&1
expect_exit "snapshots of two runs" 2 "$bin" diff one.db 1 2
expect_err "snapshots of two runs" "of one run"
printf 'path *x*\n' > allow-bad
expect_exit "suppression without a reason" 2 "$bin" gate cache-sessions.db --allow allow-bad
expect_err "suppression without a reason" "needs its reason"
expect_exit "bad option" 2 "$bin" gate cache-sessions.db --max-leaks lots
expect_exit "no scenario file" 2 "$bin" gate --scenario nowhere.js
printf 'module.exports = { setup() {} };\n' > notscenario.js
expect_exit "not a scenario" 2 "$bin" gate --scenario notscenario.js
printf 'module.exports = { action() { throw new Error("boom"); } };\n' > throws.js
expect_exit "scenario throws" 2 "$bin" gate --scenario throws.js
expect_err "scenario throws" "boom"
expect_err "scenario throws" "did not run to its end"
printf 'module.exports = { action() { process.exit(5); } };\n' > exits.js
expect_exit "scenario exits" 2 "$bin" gate --scenario exits.js
expect_err "scenario exits" "exit 5"

[ $failed = 0 ] && echo PASS
exit $failed
