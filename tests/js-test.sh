#!/bin/sh
# js-test.sh LEAKSCOPE TEST.js|TEST.mjs — one Node-compared behaviour test.
#
# Runs TEST.js with leakscope from the test's folder and compares its stdout with
# TEST.out (what `node TEST.js` printed, committed) and its exit code with TEST.code
# (0 when absent). Prints a diff on mismatch. A test named in tests/js/SKIP is skipped
# with its reason (exit 77, which ctest reports as skipped). TEST.flags, when present,
# holds leakscope options to put before the script (e.g. --expose-gc); the .out was
# produced by node with the equivalent.
#
# Standard input is /dev/null, unless TEST.stdin exists: then its bytes are piped in.
# TEST.stdio, when present, names another arrangement of the standard descriptors (the
# .out made by running node the same way):
#   file   stdin is TEST.stdin itself (a regular file), not a pipe
#   epipe  stdout is a pipe whose reader exits at once; TEST.out holds what the test
#          writes to stderr
#   full   stdout is /dev/full (every write fails with ENOSPC); TEST.out holds stderr
#   tty    stdin, stdout and stderr are a terminal (script(1)'s pty); carriage returns
#          are dropped from what it prints
set -u
bin=$1
test=$2
stem=${test%.js}
stem=${stem%.mjs}	# TEST.mjs: an ES module test (TEST.out, TEST.code, ... as for .js)
dir=$(dirname "$test")
name=$(basename "$test")
skip=$(dirname "$0")/js/SKIP
if [ -f "$skip" ]; then
	reason=$(awk -v n="$name" '$1 == n { $1 = ""; sub(/^ /, ""); print; exit }' "$skip")
	if [ -n "$reason" ]; then
		echo "SKIP $name: $reason"
		exit 77
	fi
fi
expected_out=$stem.out
expected_code=0
[ -f "$stem.code" ] && expected_code=$(cat "$stem.code")
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
flags=
[ -f "$stem.flags" ] && flags=$(cat "$stem.flags")
stdin=$stem.stdin
[ -f "$stdin" ] || stdin=/dev/null
mode=
[ -f "$stem.stdio" ] && mode=$(cat "$stem.stdio")
# shellcheck disable=SC2086
case $mode in
'')
	if [ "$stdin" = /dev/null ]; then
		(cd "$dir" && "$bin" $flags "$name" < /dev/null > "$actual" 2> "$actual.err")
	else
		cat "$stdin" | (cd "$dir" && "$bin" $flags "$name" > "$actual" 2> "$actual.err")
	fi
	code=$? ;;
file)
	(cd "$dir" && "$bin" $flags "$name" < "$stdin" > "$actual" 2> "$actual.err")
	code=$? ;;
epipe)
	{ (cd "$dir" && "$bin" $flags "$name" < "$stdin" 2> "$actual"); echo $? > "$actual.code"; } | true
	code=$(cat "$actual.code"); rm -f "$actual.code"; : > "$actual.err" ;;
full)
	(cd "$dir" && "$bin" $flags "$name" < "$stdin" > /dev/full 2> "$actual")
	code=$?; : > "$actual.err" ;;
tty)
	# script(1) runs the command on a new pty; -e passes its exit code on
	if ! command -v script > /dev/null; then
		echo "SKIP $name: needs script(1) (util-linux) for a terminal"
		exit 77
	fi
	{ (cd "$dir" && script -qec "\"$bin\" $flags \"$name\"" /dev/null < /dev/null)
		echo $? > "$actual.code"; } | tr -d '\r' > "$actual"
	code=$(cat "$actual.code"); rm -f "$actual.code"; : > "$actual.err" ;;
*)
	echo "FAIL $name: unknown stdio mode '$mode'"
	exit 1 ;;
esac
status=0
if ! cmp -s "$expected_out" "$actual"; then
	echo "FAIL $name: stdout differs from Node's (--- node, +++ leakscope)"
	diff -u "$expected_out" "$actual" | head -60
	status=1
fi
if [ "$code" != "$expected_code" ]; then
	echo "FAIL $name: exit code $code, Node exits $expected_code"
	status=1
fi
if [ $status -ne 0 ]; then
	echo "--- stderr:"
	head -40 "$actual.err"
fi
rm -f "$actual.err"
[ $status -eq 0 ] && echo "PASS $name"
exit $status
