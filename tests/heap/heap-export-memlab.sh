#!/bin/sh
# heap-export-memlab.sh LEAKSCOPE HEAP-QUERY — `leakscope export DB --heapsnapshot ID
# FILE` writes V8's format: memlab's heap parser (@memlab/core, tests/heap/memlab) reads
# it back with the node count, edge count and total self size of the database's
# snapshot, every edge leading to a node, closures with locations. Skipped (77) when
# node or the parser is not installed (tools/deps.sh test installs them); under CI that
# is a failure instead.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
if ! command -v node > /dev/null; then
	skip "node is not installed (apt-get install nodejs)"
fi
if [ ! -d "$here/memlab/node_modules/@memlab/core" ]; then
	skip "memlab's heap parser is not installed (sh tools/deps.sh test, or npm ci in tests/heap/memlab)"
fi
"$bin" run --record "$db" "$here/shapes.js" > "$work/out"
"$bin" export "$db" --heapsnapshot 1 "$work/s.heapsnapshot" > "$work/export.out"
check "export says what it wrote" "$(sed "s|$work/||" "$work/export.out")" \
	"wrote s.heapsnapshot (heap snapshot 1: $(q "SELECT node_count || ' nodes, ' || edge_count || ' edges' FROM snapshots WHERE id = 1"))"
got=$(node "$here/memlab/check.js" "$work/s.heapsnapshot" 2> "$work/memlab.err" | tail -1)
check "memlab parses it: same counts and total self size as the database" "$got" \
	"$(q "SELECT '{\"nodes\":' || node_count || ',\"edges\":' || edge_count || ',\"iterated\":true,\"self_size\":' || self_size || ',\"located\":true,\"dangling\":0,\"root\":\"synthetic:\"}' FROM snapshots WHERE id = 1")"
"$bin" export "$db" --heapsnapshot 1 - > "$work/stdout.heapsnapshot"
check "to standard output, the same bytes" "$(cmp "$work/s.heapsnapshot" "$work/stdout.heapsnapshot" && echo same)" "same"
code=0
"$bin" export "$db" --heapsnapshot 9 "$work/x.heapsnapshot" 2> "$work/err" || code=$?
check "a snapshot that does not exist: exit 1, one line" "$code $(cat "$work/err" | sed "s|$db|DB|")" \
	"1 leakscope export: no heap snapshot 9 in DB (see leakscope snapshots)"
check "...and no file" "$(ls "$work"/x.heapsnapshot* 2> /dev/null | wc -l)" "0"
done_tests
