#!/bin/sh
# bench/ui.sh — how long `leakscope ui` takes to show the leak suspects (and the growing
# classes) of three heap snapshots of ~1,000,000 nodes each (tests/ui/big-app.js),
# measured in headless Chromium by web-ui/test/browser.mjs --compare (from opening the
# Snapshots view to the first row of each table), RUNS times (default 3), each against a
# fresh server (nothing cached), with the snapshots named by the address and without.
# Needs what the browser test needs (sh tools/deps.sh test).
set -eu
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
build/leakscope run --record "$dir/big.db" --sample-interval=0 tests/ui/big-app.js
build/leakscope snapshots "$dir/big.db"
i=0
while [ $i -lt "$runs" ]; do
	# the address names the snapshots: the diff and the comparison are asked at once
	node web-ui/test/browser.mjs build/leakscope "$dir/big.db" "$dir/shots" --compare 1,2,3 |
		grep 'shown in'
	# the view's own pick: the list first, which starts loading them (warm=1)
	node web-ui/test/browser.mjs build/leakscope "$dir/big.db" "$dir/shots" --compare default |
		grep 'shown in'
	i=$((i + 1))
done
