#!/bin/sh
# A BigInt in a heap snapshot: a node named BigInt (an object, the way the engine holds
# it) whose self size counts its limbs, so a growing BigInt shows in retained sizes.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
cd "$work"
"$bin" run --record "$db" "$here/bigint.js" > out 2> err
check "snapshot id, then the values read back" "$(cat out)" "1
1001 5n"

g=$(global_id 1)
kept=$(child 1 "$g" bigKept)
small=$(child 1 "$g" bigSmall)
check "a BigInt is a node named BigInt" \
	"$(q "SELECT name FROM heap_nodes(1) WHERE id IN ($kept, $small) ORDER BY id")" "BigInt
BigInt"
check_sh "...whose self size counts its 4001 bits: $(q "SELECT self_size FROM heap_nodes(1) WHERE id = $kept")" \
	"$(q "SELECT self_size FROM heap_nodes(1) WHERE id = $kept") -ge 504"
check "...more than a one-limb BigInt's" \
	"$(q "SELECT (SELECT self_size FROM heap_nodes(1) WHERE id = $kept) - (SELECT self_size FROM heap_nodes(1) WHERE id = $small) >= 500")" "1"
done_tests
