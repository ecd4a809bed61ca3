#!/bin/sh
# record-signal.sh LEAKSCOPE — SIGINT and SIGTERM close the recording cleanly and then
# end the process by that signal, as Node dies of it (shell status 130 and 143): the
# run's row has its end and exit code 128+signal, both when the loop is waiting and
# when JS is busy in a loop that never returns; process.exit(3) records 3.
bin=$1
. "$(dirname "$0")/lib.sh"

run_and_kill() {	# SIGNAL SCRIPT-TEXT: prints the shell status
	printf '%s\n' "$2" > "$work/app.js"
	rm -f "$db" "$db-wal" "$db-shm"
	"$bin" run --record "$db" "$work/app.js" > "$work/out" &
	pid=$!
	i=0
	# up to 60 s: an ASan build's start under load can take seconds
	while [ "$i" -lt 600 ] && ! grep -q started "$work/out" 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
	sleep 0.3
	kill -"$1" "$pid"
	status=0
	wait "$pid" || status=$?
	echo "$status"
}

check "SIGINT while idle: status" "$(run_and_kill INT "setInterval(function () {}, 100); console.log('started');")" "130"
check "its run row" "$(q "SELECT exit_code, ended_at IS NOT NULL, duration_us > 0 FROM runs")" "130|1|1"
# the loop has run for 0.3 s of CPU time before 'started' (the sampler's timer fires
# only while the thread runs: 0.3 s of wall time under load gave too few samples)
check "SIGTERM while JS spins: status" "$(run_and_kill TERM "var t0 = process.cpuUsage(); while (process.cpuUsage(t0).user < 300000) {} console.log('started'); for (;;) {}")" "143"
check "its run row" "$(q "SELECT exit_code, ended_at IS NOT NULL FROM runs")" "143|1"
n=$(q "SELECT count(*) FROM samples WHERE state = 0"); check_sh "the spinning loop was sampled: $n" "$n -ge 20"

printf 'setTimeout(function () { process.exit(3); }, 10);\n' > "$work/exit.js"
rm -f "$db" "$db-wal" "$db-shm"
status=0; "$bin" run --record "$db" "$work/exit.js" || status=$?
check "process.exit(3): status and run row" "$status $(q "SELECT exit_code, ended_at IS NOT NULL FROM runs")" "3 3|1"
check "its last iteration was written" "$(q "SELECT count(*) >= 1 FROM loop_iterations")" "1"
done_tests
