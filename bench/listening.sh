# listening.sh — sourced by bench/http.sh and bench/http-instr.sh: waiting for a server
# started in the background to print its "listening PORT" line.
#
# await_listening OUT PID WHAT TRIES: polls the file OUT every 0.1 s until it holds a line
# "listening PORT", then sets $port. Exits the script with WHAT's message and the server's
# stderr (OUT with .out replaced by .err) when the process PID has ended or after TRIES
# polls.
await_listening() {
	i=0
	while ! grep -q '^listening' "$1"; do
		i=$((i + 1))
		if [ $i -gt "$4" ] || ! kill -0 "$2" 2> /dev/null; then
			echo "$3 did not start" >&2
			cat "${1%.out}.err" >&2
			exit 1
		fi
		sleep 0.1
	done
	port=$(awk '/^listening/ { print $2 }' "$1")
}
