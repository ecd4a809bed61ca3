#!/bin/sh
# heap-ids.sh LEAKSCOPE HEAP-QUERY — node ids are stable across snapshots and never
# reused: three snapshots of ids.js, with a surviving object, objects that die (and
# whose memory new objects take), and objects born in between.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/ids.js" > "$work/out"
check "three snapshots, ids in order" "$(cat "$work/out")" "1 2 3"

# the object a global names, in snapshot $1
obj() { child "$1" "$(global_id "$1")" "$2"; }
s1=$(obj 1 survivor) s2=$(obj 2 survivor) s3=$(obj 3 survivor)
check "the survivor keeps its id" "$s1 $s2 $s3" "$s1 $s1 $s1"
d=$(obj 1 doomed)
check "the dead object's id is in A only" \
	"$(q "SELECT (SELECT count(*) FROM heap_nodes(1) WHERE id = $d), (SELECT count(*) FROM heap_nodes(2) WHERE id = $d), (SELECT count(*) FROM heap_nodes(3) WHERE id = $d)")" "1|0|0"
born=$(obj 2 born)
check "an object born after A has an id above A's max_id" \
	"$(q "SELECT $born > max_id FROM snapshots WHERE id = 1")" "1"
born2=$(obj 3 born2)
check "...and one born after B above B's" "$(q "SELECT $born2 > max_id FROM snapshots WHERE id = 2")" "1"
check "every id new in B is above A's max_id" \
	"$(q "SELECT count(*) FROM heap_nodes(2) WHERE id NOT IN (SELECT id FROM heap_nodes(1)) AND id <= (SELECT max_id FROM snapshots WHERE id = 1)")" "0"
check "every id new in C is above B's max_id" \
	"$(q "SELECT count(*) FROM heap_nodes(3) WHERE id NOT IN (SELECT id FROM heap_nodes(2)) AND id <= (SELECT max_id FROM snapshots WHERE id = 2)")" "0"
gone=$(q "SELECT count(*) FROM heap_nodes(1) WHERE id NOT IN (SELECT id FROM heap_nodes(2))")
check_sh "over 1200 objects of A died before B" "$gone -gt 1200"
check "no id that died comes back" \
	"$(q "SELECT count(*) FROM heap_nodes(3) WHERE id IN (SELECT id FROM heap_nodes(1)) AND id NOT IN (SELECT id FROM heap_nodes(2))")" "0"
check "born after A, still alive at C: the fresh array, its 600 objects and theirs" \
	"$(q "SELECT count(*) FROM heap_nodes(3) WHERE id > (SELECT max_id FROM snapshots WHERE id = 1) AND id IN (SELECT id FROM heap_nodes(2)) AND internal = 0 AND type = 3")" \
	"$(q "SELECT count(*) * 2 + 1 FROM heap_edges(2) WHERE name = 'm'")"
check "ids are unique in a snapshot" \
	"$(q "SELECT count(*) = count(DISTINCT id) FROM heap_nodes(2)")" "1"
done_tests
