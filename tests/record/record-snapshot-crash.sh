#!/bin/sh
# record-snapshot-crash.sh LEAKSCOPE — a heap snapshot is committed whole or not at all:
# snapcrash.js takes snapshot 1 of 300,000 objects; once it is committed, snapshot 2,
# and the process is killed (-9) as soon as its walk returns, while the writer thread
# encodes and writes it (~0.5 s). The file then passes SQLite's integrity check;
# snapshot 1 is intact (all its chunks, listed by `leakscope snapshots`, exported with
# its node and edge counts); snapshot 2 is either absent (its reserved row at state 0,
# no chunk, no string) or complete; a second recording into the file takes and commits
# a snapshot of its own.
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/lib.sh"
cd "$work"
"$bin" run --record "$db" --sample-interval=0 "$here/snapcrash.js" > out &
pid=$!
wait_for() {	# wait_for WHAT SHELL-TEST: up to 60 s
	i=0
	while ! eval "$2"; do
		i=$((i + 1))
		if [ "$i" -gt 3000 ]; then
			echo "FAIL: timed out waiting for $1"
			kill -9 "$pid" 2> /dev/null
			exit 1
		fi
		sleep 0.02
	done
}
wait_for "snapshot 1's walk" 'grep -q "walked 1" out'
wait_for "snapshot 1's commit" '[ "$(q "SELECT state FROM snapshots WHERE id = 1" 2> /dev/null)" = 1 ]'
touch go
wait_for "snapshot 2's walk" 'grep -q "walked 2" out'
kill -9 "$pid"
wait "$pid" 2> /dev/null || true

check "integrity check" "$(q "PRAGMA integrity_check")" "ok"
n1=$(q "SELECT node_count FROM snapshots WHERE id = 1 AND state = 1")
check_sh "snapshot 1 holds the 300,000 objects: $n1 nodes" "${n1:-0} -gt 300000"
check "snapshot 1: every node in its chunks" \
	"$(q "SELECT sum(node_count) FROM heap_chunks WHERE snapshot_id = 1")" "$n1"
s2=$(q "SELECT state FROM snapshots WHERE id = 2")
c2=$(q "SELECT count(*) FROM heap_chunks WHERE snapshot_id = 2")
t2=$(q "SELECT count(*) FROM heap_strings WHERE snapshot_id = 2")
if [ "$s2" = 1 ]; then
	echo "(snapshot 2 was committed before the kill)"
	check "snapshot 2 complete" "$(q "SELECT sum(node_count) = (SELECT node_count FROM
		snapshots WHERE id = 2) FROM heap_chunks WHERE snapshot_id = 2")" "1"
else
	echo "(killed while snapshot 2 was being committed)"
	check "snapshot 2 absent: reserved row, no chunk, no string" "$s2 $c2 $t2" "0 0 0"
fi
"$bin" snapshots "$db" > list
check "leakscope snapshots lists snapshot 1" "$(grep -c "first" list)" "1"
"$bin" export "$db" --heapsnapshot 1 s1.heapsnapshot > export.out
check "snapshot 1 exports whole" "$(sed "s|$work/||" export.out)" \
	"wrote s1.heapsnapshot (heap snapshot 1: $(q "SELECT node_count || ' nodes, ' || edge_count || ' edges' FROM snapshots WHERE id = 1"))"

"$bin" run --record "$db" -e "console.log(require('leakscope').snapshot('again'))" > out2
id=$(cat out2)
check "a second recording takes a snapshot of its own" \
	"$(q "SELECT state, label, run_id FROM snapshots WHERE id = '$id'")" "1|again|2"
done_tests
