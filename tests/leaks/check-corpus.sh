#!/bin/sh
# check-corpus.sh node|leakscope BIN — run every corpus app (apps/*.js) under BIN with
# run-scenario.js in heap mode (full GC + heap size at each checkpoint, no snapshots)
# and check that each one does what its label says: the leaks grow in every interval,
# the clean apps do not (check-growth.js), and that every app runs to the end and leaves
# the event loop empty. Exits 77 when BIN cannot be run (node not installed).
#
# node:      V8's heap less its code spaces plus Buffer bytes; the floor is 48 KiB per
#            interval of 10 actions, above V8's own noise; the first interval is left
#            out (V8 settles then) and one interval of the other five may miss the floor
#            (a transient blip of 100-250 KiB that the next interval gives back); labels
#            marked "small" are skipped (they grow by less than that noise; leakscope
#            checks them)
# leakscope: its allocator's exact count (heapUsed); the floor is 8 KiB per interval,
#            every interval (clean apps are flat to the byte after the first)
set -u
here=$(cd "$(dirname "$0")" && pwd)
kind=${1:-}
bin=${2:-}
case $kind in
node)
	if ! command -v "$bin" >/dev/null 2>&1; then
		echo "check-corpus: $bin not found: the corpus check under Node is skipped"
		exit 77
	fi
	flags=--expose-gc floor=49152 small="--skip-small --settle 1 --tolerate 1" snaps=7 ;;
leakscope)
	[ -x "$bin" ] || { echo "check-corpus: no leakscope binary at $bin" >&2; exit 2; }
	flags=--expose-gc floor=8192 small= snaps=6 ;;
*)
	echo "usage: check-corpus.sh node|leakscope BIN" >&2
	exit 2 ;;
esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
for app in "$here"/apps/*.js; do
	# shellcheck disable=SC2086
	timeout 600 "$bin" $flags "$here/run-scenario.js" --mode heap --json \
		--warmup 5 --iterations 10 --snapshots $snaps "$app" >>"$tmp/results.jsonl" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 0 ]; then
		echo "FAILED to run: $(basename "$app") (exit $rc$([ $rc = 124 ] && echo ': timed out'))"
		cat "$tmp/err"
		fail=1
	fi
done
# shellcheck disable=SC2086
"$bin" "$here/check-growth.js" "$here/labels.json" "$tmp/results.jsonl" $floor $small \
	"$here"/apps/*.js || fail=1
exit $fail
