#!/bin/sh
# heap-shapes.sh LEAKSCOPE HEAP-QUERY — the graph of shapes.js: a global's property edge
# is named; a closure reaches its captured variable through its scope, the edge named
# after the variable; a Map's entries are edges from the Map (named by string keys,
# key/value pairs for object keys); a Set's members are its elements; a WeakMap has weak
# edges to its keys, which hold its values; a Buffer's bytes are a native node.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
cd "$work"
"$bin" run "$here/shapes.js" > out 2> err
db=$(ls "$work"/leakscope-*.db)
check "snapshot() returned the first id" "$(cat out)" "1"
check "said where it records, once" "$(grep -c 'recording heap snapshots into leakscope-[0-9]*.db' err)" "1"

g=$(global_id 1)
check "the global object is an object named Object" "$(q "SELECT type || ' ' || name FROM heap_nodes(1) WHERE id = $g")" "3 Object"
check "a global's property edge is named, type property" \
	"$(q "SELECT e.type || ' ' || n.name FROM heap_edges(1) e JOIN heap_nodes(1) n ON n.id = e.to_id WHERE e.from_id = $g AND e.name = 'namedGlobal'")" \
	"2 Object"
named=$(child 1 "$g" namedGlobal)
check "...to the object made for it" "$(q "SELECT count(*) FROM heap_edges(1) WHERE from_id = $named AND name = 'tagNamed'")" "1"

holder=$(child 1 "$g" keepHolder)
check "the closure is a closure named holder" "$(q "SELECT type || ' ' || name FROM heap_nodes(1) WHERE id = $holder")" "5 holder"
ctx=$(child 1 "$holder" context)
check "closure -context-> scope (internal edge), a system / Context" \
	"$(q "SELECT e.type || ' ' || n.name FROM heap_edges(1) e JOIN heap_nodes(1) n ON n.id = e.to_id WHERE e.from_id = $holder AND e.name = 'context'")" \
	"3 system / Context"
secret=$(child 1 "$ctx" secretValue)
check "scope -secretValue-> value, a context edge named after the variable" \
	"$(q "SELECT type FROM heap_edges(1) WHERE from_id = $ctx AND name = 'secretValue'")" "0"
check "...and it is the captured object" "$(q "SELECT count(*) FROM heap_edges(1) WHERE from_id = $secret AND name = 'tagSecret'")" "1"
check "the closure's code is a code node" "$(q "SELECT n.type || ' ' || n.name FROM heap_edges(1) e JOIN heap_nodes(1) n ON n.id = e.to_id WHERE e.from_id = $holder AND e.name = 'code'")" "4 holder"
check "the closure's scope chain goes on (previous)" "$(q "SELECT count(*) FROM heap_edges(1) WHERE from_id = $ctx AND name = 'previous' AND type = 3")" "1"

map=$(child 1 "$g" cache)
check "the Map is named Map" "$(q "SELECT name FROM heap_nodes(1) WHERE id = $map")" "Map"
v=$(child 1 "$map" "user:42")
check "a string key names a property edge from the Map to its value" \
	"$(q "SELECT e.type || ' ' || (SELECT count(*) FROM heap_edges(1) WHERE from_id = e.to_id AND name = 'tagMapValue') FROM heap_edges(1) e WHERE e.from_id = $map AND e.name = 'user:42'")" "2 1"
check "a number key too" \
	"$(q "SELECT count(*) FROM heap_edges(1) e JOIN heap_edges(1) t ON t.from_id = e.to_id WHERE e.from_id = $map AND e.name = '7' AND t.name = 'tagNumberKeyValue'")" "1"
check "an object key: internal key and value edges from the Map" \
	"$(q "SELECT group_concat(e.name || '>' || t.name, ' ') FROM heap_edges(1) e JOIN heap_edges(1) t ON t.from_id = e.to_id WHERE e.from_id = $map AND e.type = 3 AND e.name IN ('key', 'value') AND t.name LIKE 'tag%'")" \
	"key>tagMapKey value>tagObjectKeyValue"
check "the value retainer of a Map entry is the Map itself (shortest path)" \
	"$(q "SELECT count(*) FROM heap_nodes(1) WHERE id = $v AND distance = (SELECT distance + 1 FROM heap_nodes(1) WHERE id = $map)")" "1"
check "the Map's storage arrays are internal edges" \
	"$(q "SELECT group_concat(name, ' ') FROM heap_edges(1) WHERE from_id = $map AND type = 3 AND name IN ('keys', 'values', 'map')")" "keys values map"

set=$(child 1 "$g" set)
check "a Set's member is element 0 of the Set" \
	"$(q "SELECT count(*) FROM heap_edges(1) e JOIN heap_edges(1) t ON t.from_id = e.to_id WHERE e.from_id = $set AND e.type = 1 AND e.idx = 0 AND t.name = 'tagSetMember'")" "1"

wm=$(child 1 "$g" wm)
wkey=$(child 1 "$g" wkey)
check "the WeakMap has a weak edge to its key" "$(q "SELECT type || ' ' || name FROM heap_edges(1) WHERE from_id = $wm AND to_id = $wkey")" "6 entry"
check "the key holds the value (V8's ephemeron edge name)" \
	"$(q "SELECT count(*) FROM heap_edges(1) e JOIN heap_edges(1) t ON t.from_id = e.to_id WHERE e.from_id = $wkey AND e.name = 'part of key -> value pair in WeakMap' AND t.name = 'tagWeakValue'")" "1"
check "the WeakMap does not retain its key" "$(q "SELECT dominator != $wm FROM heap_nodes(1) WHERE id = $wkey")" "1"

buf=$(child 1 "$g" buf)
check "a Buffer is a Uint8Array with its bytes as a native backing store" \
	"$(q "SELECT n.name || ' ' || e.name || ' ' || s.type || ' ' || s.name || ' ' || (s.self_size >= 3000) FROM heap_nodes(1) n JOIN heap_edges(1) e ON e.from_id = n.id JOIN heap_nodes(1) s ON s.id = e.to_id WHERE n.id = $buf AND e.name = 'backing_store'")" \
	"Uint8Array backing_store 8 system / JSArrayBufferData 1"

check "every heap node is reachable from the root" "$(q "SELECT count(*) FROM heap_nodes(1) WHERE distance IS NULL")" "0"
check "named runtime holders are roots" \
	"$(q "SELECT count(*) FROM heap_nodes(1) WHERE type = 9 AND name IN ('(module cache)', '(nextTick queue)', '(Global object)', '(Registry)', '(Value stack)', '(Scope chain)')")" "6"
check "the runtime's own objects are marked internal, the app's are not" \
	"$(q "SELECT (SELECT internal FROM heap_nodes(1) WHERE id = $named) || (SELECT internal FROM heap_nodes(1) WHERE name = '(module cache)') || (SELECT min(internal) FROM heap_nodes(1) WHERE type = 5 AND name = 'nextTick')")" "011"
check "self sizes add up to the snapshot's total" \
	"$(q "SELECT (SELECT sum(self_size) FROM heap_nodes(1)) = self_size FROM snapshots WHERE id = 1")" "1"
check "and, after a collection, to the allocator's live bytes within 5%" \
	"$(q "SELECT self_size * 100 / heap_used >= 95 AND self_size <= heap_used + 3000 + 64 FROM snapshots WHERE id = 1")" "1"
check "the root retains everything" \
	"$(q "SELECT retained_size = (SELECT sum(self_size) FROM heap_nodes(1)) FROM heap_nodes(1) WHERE idx = 0")" "1"
done_tests
