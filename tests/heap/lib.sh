# lib.sh — shared by the heap snapshot tests (tests/heap/heap-*.sh), sourced after
# setting `bin` (the leakscope binary) and `hq` (heap-query). Each test runs its script
# in a fresh temporary folder (also the script's cwd) and checks what was recorded.
#
#   q SQL            rows of SQL on $db (heap_nodes()/heap_edges() available), "|" between
#   check NAME GOT WANT   fail the test (exit 1 at the end) unless GOT = WANT
#   check_sh NAME TEST-EXPR  fail unless the shell test holds (e.g. "$n -gt 10")
#   skip WHY         exit 77 (skipped), or 1 under CI
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
hq=$(cd "$(dirname "$hq")" && pwd)/$(basename "$hq")
work=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-heap-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=$work/app.db
failed=0

q() { "$hq" "$db" "$1"; }

# A missing tool skips the test (77), except in CI (CI set, as .ci/run's harness does),
# where tools/deps.sh test has installed it: there it is a failure, never a silent skip.
skip() {
	case ${CI:-} in
	'' | false | 0) echo "SKIP: $1"; exit 77 ;;
	*) echo "FAIL: $1 (CI: tools/deps.sh test should have installed it)"; exit 1 ;;
	esac
}

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

# The id of the node that `name` (an edge name) leads to from node $2 in snapshot $1.
child() { q "SELECT to_id FROM heap_edges($1) WHERE from_id = $2 AND name = '$3'"; }
# The global object's id in snapshot $1.
global_id() {
	q "SELECT e.to_id FROM heap_edges($1) e JOIN heap_nodes($1) n ON n.id = e.from_id
		WHERE n.name = '(Global object)'"
}
