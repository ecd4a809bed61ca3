#!/bin/sh
# read-test.sh LEAKSCOPE READ-FIXTURE CASE.args — one read-command case: makes the
# fixture recordings in a fresh folder (BUSY's and DEEP's only when the case uses them),
# runs `leakscope ARGS` there (TZ=UTC, no terminal), and compares stdout with CASE.out,
# stderr with CASE.err (when present) and the exit code with CASE.code (0 when absent).
# Prints a diff on mismatch.
set -u
bin=$1
fixture=$2
case_args=$3
base=${case_args%.args}
name=$(basename "$base")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-read-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
"$fixture" make "$tmp/app.db" || exit 1
"$fixture" empty "$tmp/empty.db" || exit 1
echo "this is not a database" > "$tmp/text.db"
if grep -q BUSY "$case_args"; then
	"$fixture" busy "$tmp/busy.db" || exit 1
fi
if grep -q V1 "$case_args"; then
	"$fixture" v1 "$tmp/v1.db" || exit 1
fi
if grep -q DEEP "$case_args"; then
	"$fixture" deep "$tmp/deep.db" || exit 1
fi

args=$(cat "$case_args")
set --
for a in $args; do
	case $a in
	DB) a=app.db ;;
	EMPTY) a=empty.db ;;
	TEXT) a=text.db ;;
	BUSY) a=busy.db ;;
	DEEP) a=deep.db ;;
	V1) a=v1.db ;;
	esac
	set -- "$@" "$a"
done
(cd "$tmp" && TZ=UTC NO_COLOR= "$bin" "$@" >out 2>err)
code=$?
want=0
[ -f "$base.code" ] && want=$(cat "$base.code")
fail=0
if ! diff -u "$base.out" "$tmp/out"; then
	echo "FAIL $name: stdout differs (expected $base.out)"
	fail=1
fi
if [ -f "$base.err" ] && ! diff -u "$base.err" "$tmp/err"; then
	echo "FAIL $name: stderr differs"
	fail=1
fi
if [ "$code" != "$want" ]; then
	echo "FAIL $name: exit code $code, expected $want"
	cat "$tmp/err"
	fail=1
fi
[ $fail = 0 ] && echo "ok $name"
exit $fail
