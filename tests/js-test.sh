#!/bin/sh
# js-test.sh LEAKSCOPE TEST.js — one Node-compared behaviour test.
#
# Runs TEST.js with leakscope from the test's folder and compares its stdout with
# TEST.out (what `node TEST.js` printed, committed) and its exit code with TEST.code
# (0 when absent). Prints a diff on mismatch. A test named in tests/js/SKIP is skipped
# with its reason (exit 77, which ctest reports as skipped). TEST.flags, when present,
# holds leakscope options to put before the script (e.g. --expose-gc); the .out was
# produced by node with the equivalent.
set -u
bin=$1
test=$2
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
expected_out=${test%.js}.out
expected_code=0
[ -f "${test%.js}.code" ] && expected_code=$(cat "${test%.js}.code")
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
flags=
[ -f "${test%.js}.flags" ] && flags=$(cat "${test%.js}.flags")
# shellcheck disable=SC2086
(cd "$dir" && "$bin" $flags "$name" > "$actual" 2> "$actual.err")
code=$?
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
