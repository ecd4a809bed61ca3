#!/bin/sh
# heap-triggers.sh LEAKSCOPE HEAP-QUERY — snapshots taken by --snapshot-signal (during a
# busy JS loop), --snapshot-interval, --snapshot-at-exit (normal end and process.exit)
# and --snapshot-near-heap-limit with --max-heap (committed before the process dies of
# the limit, with Node's message), each recorded with its trigger.
bin=$1 hq=$2
. "$(dirname "$0")/lib.sh"
js=$here/triggers.js
trig() { q "SELECT group_concat(trigger, ' ') FROM (SELECT trigger FROM snapshots WHERE state = 1 ORDER BY id)"; }
has() { child "$1" "$(global_id "$1")" "$2"; }

"$bin" run --record "$db" --snapshot-signal=SIGUSR2 "$js" signal
check "SIGUSR2: one snapshot, trigger signal" "$(trig)" "signal"
check "taken during the spin: it has beforeSpin, not afterSpin" \
	"$(test -n "$(has 1 beforeSpin)" && echo yes) $(test -z "$(has 1 afterSpin)" && echo yes)" "yes yes"

rm -f "$db"
"$bin" run --record "$db" --snapshot-interval=50 "$js" interval
n=$(q "SELECT count(*) FROM snapshots WHERE trigger = 'interval' AND state = 1")
check_sh "--snapshot-interval=50 over ~400 ms: several snapshots" "$n -ge 3"
check_sh "...not more than the interval allows" "$n -le 10"

rm -f "$db"
"$bin" run --record "$db" --snapshot-at-exit "$js" exit
check "--snapshot-at-exit: one at the end" "$(trig)" "exit"
check "...with what the script left" "$(test -n "$(has 1 atExit)" && echo yes)" "yes"

rm -f "$db"
code=0
"$bin" run --record "$db" --snapshot-at-exit "$js" exit-code || code=$?
check "process.exit(3): exit code kept" "$code" "3"
check "...and the snapshot taken" "$(trig)" "exit"

rm -f "$db"
code=0
"$bin" run --record "$db" --max-heap=8M --snapshot-near-heap-limit "$js" oom \
	2> "$work/err" || code=$?
check "--max-heap: the process dies of the limit (abort)" "$code" "134"
check "...with Node's message" \
	"$(grep -c 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory' "$work/err")" "1"
check "the near-limit snapshot is in the database" "$(trig)" "near-heap-limit"
# taken once the heap passed 90% of the limit, after the collection that came with it:
# what is left then is the live heap, over half the limit here
check_sh "taken near the limit (live heap over half of it)" \
	"$(q "SELECT heap_used FROM snapshots WHERE trigger = 'near-heap-limit'") -ge $((8 * 1024 * 1024 / 2))"
leak=$(q "SELECT count(*) FROM heap_edges(1) WHERE name = 'tagLeak'")
check_sh "it shows the leak (thousands of tagged objects)" "$leak -gt 1000"
done_tests
