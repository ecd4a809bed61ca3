#!/bin/sh
# record-open-fails.sh LEAKSCOPE — a database that cannot be recorded into costs one
# clear line on stderr and nothing else: the app runs and exits as without --record.
# Cases: a file that is not a database, a folder that does not exist, a database locked
# by another process.
bin=$1
. "$(dirname "$0")/lib.sh"
printf 'console.log("app ran"); process.exitCode = 4;\n' > "$work/app.js"

printf 'this is not a database, just text that is long enough to look like a header....' > "$work/text.db"
status=0
"$bin" run --record "$work/text.db" "$work/app.js" > "$work/out" 2> "$work/err" || status=$?
check "not a database: the app ran" "$(cat "$work/out") $status" "app ran 4"
check "not a database: one line" "$(sed "s|$work/||" "$work/err")" "leakscope: cannot record to text.db: not a SQLite database"

status=0
"$bin" run --record="$work/missing/x.db" "$work/app.js" > "$work/out" 2> "$work/err" || status=$?
check "missing folder: the app ran" "$(cat "$work/out") $status" "app ran 4"
check "missing folder: one line" "$(wc -l < "$work/err") $(grep -c "^leakscope: cannot record to $work/missing/x.db: " "$work/err")" "1 1"

# another process (the sqlite3 shell, fed through a fifo) holds the write lock
"$bin" run --record "$db" -e "0" > /dev/null
mkfifo "$work/fifo"
sqlite3 "$db" < "$work/fifo" > /dev/null 2>&1 &
holder=$!
exec 3> "$work/fifo"
# the shell waits for the lock rather than failing at once: the poll below takes it
# for an instant, and a BEGIN that met it failed, so the INSERT committed on its own and
# nothing held the lock (seen under load)
echo ".timeout 60000" >&3
echo "BEGIN IMMEDIATE; INSERT INTO frame_kinds VALUES (99, 'x');" >&3
i=0	# until the lock is held (a write without waiting fails)
while [ "$i" -lt 100 ] && sqlite3 "$db" "BEGIN IMMEDIATE; ROLLBACK;" > /dev/null 2>&1; do
	sleep 0.1
	i=$((i + 1))
done
status=0
"$bin" run --record "$db" "$work/app.js" > "$work/out" 2> "$work/err" || status=$?
exec 3>&-	# the shell reads EOF, rolls back and exits
wait "$holder" || true
check "locked: the app ran" "$(cat "$work/out") $status" "app ran 4"
check "locked: one line" "$(sed "s|$work/||" "$work/err")" "leakscope: cannot record to app.db: the database is locked by another process"
check "the lock holder's change was not kept" "$(q "SELECT count(*) FROM frame_kinds WHERE id = 99")" "0"
done_tests
