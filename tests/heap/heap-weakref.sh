#!/bin/sh
# WeakRef and FinalizationRegistry (mujs patch 0100) in a heap snapshot: a WeakRef is a
# node named WeakRef with a weak edge 'target' (V8's), so it is never what retains its
# target (the dominator comes through the strong path); a WeakRef whose target was
# collected has no such edge; a FinalizationRegistry has an internal edge to its
# callback ('cleanup') and to each held value ('holdings'), weak ones to each target
# and unregister token.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
cd "$work"
"$bin" run --record "$db" "$here/weakref.js" > out 2> err
check "snapshot id, then deref() after the snapshot" "$(cat out)" "1
true undefined"

g=$(global_id 1)
ref=$(child 1 "$g" ref)
lonely=$(child 1 "$g" lonely)
target=$(child 1 "$g" weakTarget)
token=$(child 1 "$g" token)
reg=$(child 1 "$g" registry)
check "WeakRef and FinalizationRegistry nodes" \
	"$(q "SELECT name FROM heap_nodes(1) WHERE id IN ($ref, $lonely, $reg) ORDER BY id")" "WeakRef
WeakRef
FinalizationRegistry"
# edge types: 3 internal, 6 weak
check "the WeakRef's edge to its target is weak, named target" \
	"$(q "SELECT type || ' ' || name FROM heap_edges(1) WHERE from_id = $ref AND to_id = $target")" "6 target"
check "the WeakRef does not dominate its target" \
	"$(q "SELECT dominator != $ref FROM heap_nodes(1) WHERE id = $target")" "1"
check "a collected target leaves no edge" \
	"$(q "SELECT count(*) FROM heap_edges(1) WHERE from_id = $lonely AND name = 'target'")" "0"
check "no node is left of the collected target" \
	"$(q "SELECT count(*) FROM heap_edges(1) WHERE name = 'onlyWeaklyHeld'")" "0"
check "the registry's callback is an internal edge" \
	"$(q "SELECT e.type || ' ' || n.name FROM heap_edges(1) e JOIN heap_nodes(1) n ON n.id = e.to_id WHERE e.from_id = $reg AND e.name = 'cleanup'")" "3 onCollected"
held=$(q "SELECT to_id FROM heap_edges(1) WHERE from_id = $reg AND name = 'holdings'")
check "the held value is an internal edge 'holdings'" \
	"$(q "SELECT count(*) FROM heap_edges(1) WHERE from_id = $held AND name = 'heldMarker'")" "1"
check "...which the registry retains" "$(q "SELECT dominator = $reg FROM heap_nodes(1) WHERE id = $held")" "1"
check "the registration's target and token are weak edges" \
	"$(q "SELECT type || ' ' || name FROM heap_edges(1) WHERE from_id = $reg AND to_id IN ($target, $token) ORDER BY to_id = $token")" "6 target
6 unregister_token"
check "the registry retains neither" \
	"$(q "SELECT count(*) FROM heap_nodes(1) WHERE id IN ($target, $token) AND dominator = $reg")" "0"
done_tests
