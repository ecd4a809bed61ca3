#!/bin/sh
# standalone-test.sh BIN — leak diagnosis the way a user does it, without the scenario
# driver: each program here is a small service (HTTP or TCP on 127.0.0.1, with its
# client in the same process, or a batch job) recorded with `leakscope run --record
# --record-allocs`, its snapshots taken by the trigger a user would pick (the app's own
# require('leakscope').snapshot(label), --snapshot-signal with the app sending itself
# SIGUSR2, --snapshot-interval, --snapshot-at-exit); then `leakscope diff DB` (text and
# --json) must name the one suspect with its category, retaining path and allocating
# line (expect.js), and `leakscope gate DB` must fail a leaky program (exit 1) and pass
# a clean one (exit 0). The programs that snapshot themselves run
# LEAKSCOPE_STANDALONE_JOBS at a time (default 2), the others one at a time; each is
# reported in turn.
set -u
here=$(cd "$(dirname "$0")" && pwd)

# the trigger each program is run with (none: it snapshots itself)
flags() {
	case $1 in
	http-reload-listeners) echo --snapshot-signal ;;
	http-request-cache) echo --snapshot-interval=500 ;;
	http-session-set | clean-http-lru | logger-closure-history) echo --snapshot-at-exit ;;
	process-handler-per-request | clean-weakmap-metadata | tracker-private-map | \
	    clean-ttl-sweeper | clean-keepalive-agent) echo --snapshot-interval=400 ;;
	poller-history) echo --snapshot-interval=300 ;;
	clean-listeners-per-connection) echo --snapshot-signal ;;
	*) echo ;;
	esac
}

# --one BIN APP: one program in the current folder, its lines into NAME.log, exit 1 on
# a failure
if [ "${1:-}" = --one ]; then
	bin=$2
	app=$3
	name=$(basename "$app"); name=${name%.*}
	exec >"$name.log" 2>&1
	case $name in clean-*) want=0 ;; *) want=1 ;; esac
	# http-request-cache runs its client for ARGV[2] ms: 6 snapshots, 500 ms apart
	# shellcheck disable=SC2046
	if ! timeout 300 "$bin" run --record "$name.db" --record-allocs $(flags "$name") "$app" 3000 \
	    >"$name.out" 2>"$name.err"; then
		echo "FAIL $name: the program failed under leakscope"
		sed 's/^/  | /' "$name.err" | head -20
		exit 1
	fi
	if ! "$bin" diff "$name.db" --json >"$name.json" 2>"$name.err" ||
	    ! "$bin" diff "$name.db" >"$name.txt" 2>>"$name.err"; then
		echo "FAIL $name: leakscope diff failed"
		sed 's/^/  | /' "$name.err" | head -20
		exit 1
	fi
	failed=0
	"$bin" "$here/expect.js" "$name" "$name.json" "$name.txt" "$app" || {
		# (a FAIL line of its own: only those count, and an exception prints none)
		echo "FAIL $name: expect.js exited non-zero"
		failed=1
		sed 's/^/  | /' "$name.txt"
	}
	"$bin" gate "$name.db" >/dev/null 2>&1
	rc=$?
	if [ $rc = $want ]; then echo "ok $name: gate exits $rc"; else
		echo "FAIL $name: gate exits $rc, want $want"; failed=1; fi
	exit $failed
fi

bin=${1:-}
[ -x "$bin" ] || { echo "usage: standalone-test.sh LEAKSCOPE-BINARY" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-standalone.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work" || exit 1
failed=0

apps=$(ls "$here"/*.js "$here"/*.mjs | grep -v '/expect\.js$')
# the programs that snapshot themselves run in parallel; those snapshotted on a clock or
# a signal run one at a time after them (how much work an interval sees depends on the
# load: under ASan on 2 cores an interval can catch a starved client)
timed=
own=
for app in $apps; do
	name=$(basename "$app"); name=${name%.*}
	if [ -n "$(flags "$name")" ]; then timed="$timed $app"; else own="$own $app"; fi
done
# shellcheck disable=SC2086
printf '%s\n' $own | xargs -P "${LEAKSCOPE_STANDALONE_JOBS:-2}" -n 1 \
	sh "$here/standalone-test.sh" --one "$bin"
for app in $timed; do
	sh "$here/standalone-test.sh" --one "$bin" "$app"
done
for app in $apps; do
	name=$(basename "$app"); name=${name%.*}
	if [ -f "$name.log" ]; then cat "$name.log"; else echo "FAIL $name: not run"; fi
	grep -q '^FAIL' "$name.log" 2>/dev/null && failed=1
done
[ $failed = 0 ] && echo PASS
exit $failed
