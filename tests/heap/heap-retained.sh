#!/bin/sh
# heap-retained.sh LEAKSCOPE HEAP-QUERY — retained sizes and dominators of retained.js's
# diamond and cycle equal what the definitions give from the nodes' self sizes: A
# retains A, B, C, D and their tags (D is reached through B and through C, so neither
# retains it, A does); X retains itself, Y and their tags.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/retained.js" > "$work/out"
check "one snapshot" "$(cat "$work/out")" "1"
g=$(global_id 1)
A=$(child 1 "$g" diamond)
B=$(child 1 "$A" b) C=$(child 1 "$A" c)
D=$(child 1 "$B" d)
X=$(child 1 "$g" cycle)
Y=$(child 1 "$X" y)
tag() { child 1 "$1" "$2"; }
self() { q "SELECT sum(self_size) FROM heap_nodes(1) WHERE id IN ($1)"; }
ret() { q "SELECT retained_size FROM heap_nodes(1) WHERE id = $1"; }
dom() { q "SELECT dominator FROM heap_nodes(1) WHERE id = $1"; }

tA=$(tag "$A" tagA) tB=$(tag "$B" tagB) tC=$(tag "$C" tagC) tD=$(tag "$D" tagD)
tX=$(tag "$X" tagX) tY=$(tag "$Y" tagY)
check "C's d is B's d" "$(child 1 "$C" d)" "$D"
check "D is dominated by A, not by B or C" "$(dom "$D")" "$A"
check "B and C by A" "$(dom "$B") $(dom "$C")" "$A $A"
check "retained(D) = D + its tag" "$(ret "$D")" "$(self "$D, $tD")"
check "retained(B) = B + its tag (D is shared)" "$(ret "$B")" "$(self "$B, $tB")"
check "retained(C) = C + its tag" "$(ret "$C")" "$(self "$C, $tC")"
check "retained(A) = A, B, C, D and their tags" "$(ret "$A")" "$(self "$A, $B, $C, $D, $tA, $tB, $tC, $tD")"
check "the cycle: Y is dominated by X" "$(dom "$Y")" "$X"
check "retained(Y) = Y + its tag" "$(ret "$Y")" "$(self "$Y, $tY")"
check "retained(X) = X, Y and their tags" "$(ret "$X")" "$(self "$X, $Y, $tX, $tY")"
check "the global object dominates both" "$(dom "$A") $(dom "$X")" "$g $g"
check_sh "self sizes are the allocator's (an object with two properties > 100 bytes)" \
	"$(self "$A") -gt 100"
done_tests
