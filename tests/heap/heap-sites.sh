#!/bin/sh
# heap-sites.sh LEAKSCOPE HEAP-QUERY — with --record-allocs, a snapshot's nodes carry
# their allocation site (file:line and function, frames.id), shown by `retainers`.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" --record-allocs --sample-interval=0 "$here/shapes.js" > "$work/out"
g=$(global_id 1)
named=$(child 1 "$g" namedGlobal)
holder=$(child 1 "$g" keepHolder)
secret=$(child 1 "$(child 1 "$holder" context)" secretValue)
site() {
	q "SELECT coalesce(f.name, '') || ':' || f.line || ':' || (f.file LIKE '%/tests/heap/shapes.js')
		FROM heap_nodes(1) n JOIN frames f ON f.id = n.frame_id WHERE n.id = $1"
}
check "an object literal at the top level: line 10" "$(site "$named")" ":10:1"
check "one made inside makeHolder: line 6, in makeHolder" "$(site "$secret")" "makeHolder:6:1"
check "the closure: made where makeHolder returns it, line 7" "$(site "$holder")" "makeHolder:7:1"
check_sh "most of the app's nodes have a site" \
	"$(q "SELECT count(*) * 100 / (SELECT count(*) FROM heap_nodes(1) WHERE type != 9) FROM heap_nodes(1) WHERE frame_id IS NOT NULL") -ge 30"
"$bin" retainers "$db" 1 "$secret" > "$work/ret"
check "retainers shows it" "$(grep -c "allocated at .*shapes.js:6 in makeHolder" "$work/ret")" "1"
check "without --record-allocs: no sites" \
	"$(rm -f "$db"*; "$bin" run --record "$db" "$here/shapes.js" > /dev/null; q "SELECT count(*) FROM heap_nodes(1) WHERE frame_id IS NOT NULL")" "0"
done_tests
