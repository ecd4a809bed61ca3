#!/bin/sh
# heap-cli.sh LEAKSCOPE HEAP-QUERY — the read commands on heap snapshots: `leakscope
# snapshots DB` lists them (table and --json), `leakscope retainers DB SNAP NODE` shows
# why a node is alive (a shortest path from the root with the variable and property
# names on it, its dominators, the edges to it), and bad arguments get one clear line.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/shapes.js" > "$work/out"
"$bin" run --record "$db" "$here/retained.js" > "$work/out2"

"$bin" snapshots "$db" > "$work/list"
check "snapshots: header and one line per snapshot" \
	"$(sed -n 1p "$work/list" | tr -s ' ') $(grep -c ' api  *shapes ' "$work/list") $(awk 'NR > 1 { print $1 "/" $2 }' "$work/list" | tr '\n' ' ')" \
	"id run at trigger label nodes edges size heap pause commit stored B/node 2 1/1 2/2 "
"$bin" snapshots "$db" --run 2 --json > "$work/json"
check "--run 2 --json: that run's only" "$(grep -c '"id"' "$work/json") $(grep '"run"' "$work/json" | tr -d ' ,')" "1 \"run\":2"
check "--json fields" "$(grep -o '"[a-z_]*":' "$work/json" | tr -d '":' | tr '\n' ' ')" \
	"id run t_us label trigger nodes edges self_size heap_used max_id pause_us commit_us stored_bytes "
check "--json numbers are the database's" "$(grep '"nodes"' "$work/json" | tr -dc '0-9')" \
	"$(q "SELECT node_count FROM snapshots WHERE id = 2")"

g=$(global_id 1)
holder=$(child 1 "$g" keepHolder)
ctx=$(child 1 "$holder" context)
secret=$(child 1 "$ctx" secretValue)
"$bin" retainers "$db" 1 "@$secret" > "$work/ret"
check "the node, its sizes" "$(sed -n 1p "$work/ret")" "heap snapshot 1: Object @$secret"
check "retained size line" "$(sed -n 2p "$work/ret" | sed 's/[0-9.]* [KMG]*i*B/N/g; s/distance [0-9]*/distance D/')" \
	"  object, self N, retained N, distance D"
check "a shortest path from the root names the global, the variable" \
	"$(grep -c "\.keepHolder function holder @$holder" "$work/ret") $(grep -c "<context> system / Context @$ctx" "$work/ret") $(grep -c "(variable secretValue) Object @$secret" "$work/ret")" "1 1 1"
check "its nearest dominator is the scope" "$(sed -n '/^dominators/{n;p}' "$work/ret" | awk '{ print $1, $2, $3, $4 }')" \
	"system / Context @$ctx"
check "its only retainer is that context edge" "$(sed -n '/^retainers/,$p' "$work/ret" | sed -n 2p)" \
	"  system / Context @$ctx (variable secretValue) (context edge)"
"$bin" retainers "$db" 1 "$secret" --json > "$work/ret.json"
check "--json has node, path, dominators, retainers" \
	"$(grep -c '"path"\|"dominators"\|"retainers"\|"retainer_count": 1' "$work/ret.json")" "4"

code=0
"$bin" retainers "$db" 1 @999999999 2> "$work/err" || code=$?
check "an unknown node" "$code $(cat "$work/err")" "1 leakscope retainers: no node @999999999 in heap snapshot 1"
code=0
"$bin" retainers "$db" 7 @1 2> "$work/err" || code=$?
check "an unknown snapshot" "$code $(sed "s|$db|DB|" "$work/err")" \
	"1 leakscope retainers: no heap snapshot 7 in DB (see leakscope snapshots)"
code=0
"$bin" retainers "$db" 1 2> "$work/err" > /dev/null || code=$?
check "a missing NODE" "$code $(head -1 "$work/err")" \
	"9 leakscope retainers: NODE: which snapshot and node? (leakscope snapshots DB lists the snapshots)"
done_tests
