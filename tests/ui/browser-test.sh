#!/bin/sh
# browser-test.sh LEAKSCOPE OUTDIR — the leakscope UI in headless Chromium
# (web-ui/test/browser.mjs, playwright-core) over a fresh recording of app.js, gated
# once (leakscope gate keeps its verdict in it); the
# screenshots of every view land in OUTDIR. Skipped (77) without node, web-ui's npm
# packages, Chromium, or a front end built into LEAKSCOPE.
set -u
ls=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
web=$here/../../web-ui
command -v node > /dev/null || { echo "skip: no node"; exit 77; }
[ -d "$web/node_modules/playwright-core" ] ||
	{ echo "skip: web-ui's npm packages are not installed (sh tools/deps.sh test)"; exit 77; }
"$ls" ui --help | grep -q 'built without the front end' &&
	{ echo "skip: $ls was built without the front end"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$ls" run --record "$dir/app.db" --record-allocs "$here/app.js" > /dev/null ||
	{ echo "FAIL: recording app.js"; exit 1; }
# the gate's verdict, kept in the file, for the Gate view: it fails on the sessions
# cache and allows the close listeners
printf 'path *close* ui test: allowed on purpose\n' > "$dir/allow"
"$ls" gate "$dir/app.db" --allow "$dir/allow" > /dev/null
[ $? -eq 1 ] || { echo "FAIL: leakscope gate should fail on app.js"; exit 1; }
rm -rf "$out"
node "$web/test/browser.mjs" "$ls" "$dir/app.db" "$out"
