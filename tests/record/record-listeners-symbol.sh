#!/bin/sh
# record-listeners-symbol.sh LEAKSCOPE — a listener on a symbol event name is recorded
# (listeners-symbol.js): the symbol names the event by its hidden key (mujs patch 0115:
# ToString of a symbol throws, so recording took the key explicitly, not the string).
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" "$here/listeners-symbol.js" > "$work/out"
check "the script ran" "$(cat "$work/out")" "7 1 Symbol(kEvent)"
check "add, remove, add on the symbol's event, counts 1 0 1" \
	"$(q "SELECT group_concat(op || ':' || count, ' ') FROM (SELECT op, count FROM listener_events WHERE event LIKE '%Symbol(kEvent)%' ORDER BY seq)")" \
	"1:1 -1:0 1:1"
done_tests
