#!/bin/sh
# heap-no-record.sh LEAKSCOPE HEAP-QUERY — without --record, snapshot() records into
# leakscope-<pid>.db in the current folder and says so once; v8.writeHeapSnapshot()
# writes V8's format (Node's default file name when given none) and records nothing.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
cd "$work"
"$bin" "$here/norecord.js" > out 2> err
check "ids, file names and errors" "$(head -1 out | sed 's/ Heap\.[0-9.]*heapsnapshot//')" \
	"1 2 explicit.heapsnapshot true ERR_INVALID_ARG_TYPE ERR_INVALID_ARG_TYPE ENOENT open ENOENT: no such file or directory, open 'no/such/folder/x.heapsnapshot'"
check "v8.getHeapStatistics" "$(sed -n 2p out)" "number"
check "the message, once" "$(cat err)" "leakscope: recording heap snapshots into $(ls leakscope-*.db)"
db=$work/$(ls leakscope-*.db)
check "two snapshots in it, labelled" "$(q "SELECT group_concat(id || ':' || coalesce(label, '-') || ':' || trigger, ' ') FROM snapshots")" "1:one:api 2:-:api"
check "its run row is this process" "$(q "SELECT count(*) FROM runs WHERE ended_at IS NOT NULL AND exit_code = 0")" "1"
check "the default-named file exists" "$(ls Heap.*.heapsnapshot | wc -l)" "1"
if command -v node > /dev/null; then
	check "both files are V8 snapshots: keys in V8's order, counts, <dummy> first" \
		"$(node -e "
			var fs = require('fs');
			['explicit.heapsnapshot', fs.readdirSync('.').filter(function (f) { return /^Heap\./.test(f); })[0]].forEach(function (f) {
				var d = JSON.parse(fs.readFileSync(f, 'utf8'));
				var m = d.snapshot.meta;
				console.log(Object.keys(d).join(','), d.nodes.length === d.snapshot.node_count * m.node_fields.length,
					d.edges.length === d.snapshot.edge_count * m.edge_fields.length, d.strings[0],
					d.strings.indexOf('tagKept') > 0);
			});")" \
		"snapshot,nodes,edges,trace_function_infos,trace_tree,samples,locations,strings true true <dummy> true
snapshot,nodes,edges,trace_function_infos,trace_tree,samples,locations,strings true true <dummy> true"
else
	echo "skip: node is not installed (the files' JSON is not checked)"
fi
done_tests
