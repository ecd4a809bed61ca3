#!/bin/sh
# heap-ropes.sh LEAKSCOPE HEAP-QUERY — strings built by concatenation (ropes, mujs patch
# 0020) in a snapshot: one not yet read is a "concatenated string" (type 10) named by its
# text's start, with internal edges first/second to its halves; one that was read is a
# plain string whose self size includes its text; a 5000-piece rope is named without
# being flattened, and reads back whole afterwards.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
cd "$work"
"$bin" run --record "$db" "$here/ropes.js" > out 2> err
check "snapshot id, then the strings read back whole" "$(cat out)" "1
500 48890 chunk4999;"

g=$(global_id 1)
kept=$(child 1 "$g" ropeKept)
check "an unread concatenation is a concatenated string named by its text" \
	"$(q "SELECT type || ' ' || length(name) || ' ' || substr(name, 299, 4) FROM heap_nodes(1) WHERE id = $kept")" \
	"10 500 aabb"
check "...with internal edges first and second to its halves" \
	"$(q "SELECT group_concat(e.name || ':' || e.type || ':' || n.type || ':' || length(n.name), ' ') FROM heap_edges(1) e JOIN heap_nodes(1) n ON n.id = e.to_id WHERE e.from_id = $kept")" \
	"first:3:2:300 second:3:2:200"
check "...the first half being the string held by ropeHalf" \
	"$(q "SELECT to_id FROM heap_edges(1) WHERE from_id = $kept AND name = 'first'")" "$(child 1 "$g" ropeHalf)"
read=$(child 1 "$g" ropeRead)
check "a concatenation that was read is a string with no edges" \
	"$(q "SELECT type || ' ' || (SELECT count(*) FROM heap_edges(1) WHERE from_id = $read) FROM heap_nodes(1) WHERE id = $read")" "2 0"
check_sh "...whose self size counts its 3300-byte text: $(q "SELECT self_size FROM heap_nodes(1) WHERE id = $read")" \
	"$(q "SELECT self_size FROM heap_nodes(1) WHERE id = $read") -ge 3300"
long=$(child 1 "$g" ropeLong)
check "a long rope is named by its first 1024 bytes" \
	"$(q "SELECT type || ' ' || length(name) || ' ' || substr(name, 1, 14) FROM heap_nodes(1) WHERE id = $long")" \
	"10 1024 chunk0;chunk1;"
check "its pieces are retained through it" \
	"$(q "SELECT retained_size > 48890 FROM heap_nodes(1) WHERE id = $long")" "1"
done_tests
