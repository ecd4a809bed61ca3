# lib.sh — shared by the recording tests (tests/record/*.sh), sourced after setting
# `bin` (the leakscope binary). Each test records a small script into a fresh database
# in its own temporary folder and checks what the database holds with the sqlite3
# command-line shell (apt package sqlite3; the test is skipped, exit 77, without it,
# and fails under CI).
#
#   q SQL            print the query's rows (columns separated by |)
#   check NAME GOT WANT   fail the test (exit 1, message) unless GOT = WANT
#   check_sh NAME TEST-EXPR  fail unless the shell test holds (e.g. "$n -gt 10")
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# A missing tool skips the test (77), except in CI (CI set, as .ci/run's harness does),
# where tools/deps.sh test has installed it: there it is a failure, never a silent skip.
skip() {
	case ${CI:-} in
	'' | false | 0) echo "SKIP: $1"; exit 77 ;;
	*) echo "FAIL: $1 (CI: tools/deps.sh test should have installed it)"; exit 1 ;;
	esac
}
if ! command -v sqlite3 > /dev/null; then
	skip "the sqlite3 command-line shell is not installed (apt-get install sqlite3)"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-record-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=$work/app.db
failed=0

q() { sqlite3 -batch "$db" "$1"; }

check() {
	if [ "$2" != "$3" ]; then
		printf 'FAIL %s:\n  got:  %s\n  want: %s\n' "$1" "$2" "$3"
		failed=1
	else
		printf 'ok %s\n' "$1"
	fi
}

check_sh() {
	# shellcheck disable=SC2086
	if [ $2 ]; then
		printf 'ok %s (%s)\n' "$1" "$2"
	else
		printf 'FAIL %s: %s does not hold\n' "$1" "$2"
		failed=1
	fi
}

done_tests() {
	[ "$failed" = 0 ] || exit 1
	echo PASS
}
