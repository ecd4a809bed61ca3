#!/bin/sh
# run-all.sh BUILD_DIR[:REGEX]... — run ctest in each build folder (only the tests
# matching REGEX when given) and end with one line that CI counts: "N passed, N failed,
# N skipped" over all of them. Exits non-zero on any failure. Before that line come
# the failing tests' first lines and FAIL lines (at most 60): the end of the log, which
# is what a CI summary shows, then says what failed, not only which test.
set -u
# One ctest job per CPU we may use: nproc, capped by a cgroup v2 CPU quota (a container
# given 2 CPUs of a bigger host, where nproc counts the host's); LEAKSCOPE_TEST_JOBS
# overrides.
jobs=$(nproc 2>/dev/null || echo 2)
if [ -r /sys/fs/cgroup/cpu.max ] && read -r quota period < /sys/fs/cgroup/cpu.max &&
	[ "$quota" != max ] && [ "$period" -gt 0 ]; then
	cap=$(( (quota + period - 1) / period ))
	[ "$cap" -ge 1 ] && [ "$cap" -lt "$jobs" ] && jobs=$cap
fi
jobs=${LEAKSCOPE_TEST_JOBS:-$jobs}
passed=0 failed=0 skipped=0
digest=$(mktemp)
trap 'rm -f "$digest"' EXIT
for arg in "$@"; do
	dir=${arg%%:*}
	regex=.
	[ "$dir" = "$arg" ] || regex=${arg#*:}
	echo "== ctest in $dir${regex#.}"
	log=$dir/ctest-summary.log
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
		ctest --test-dir "$dir" -j "$jobs" -R "$regex" --output-on-failure 2>&1 | tee "$log"
	total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -1)
	nfail=$(sed -n 's/.*, \([0-9]*\) tests* failed out of.*/\1/p' "$log" | tail -1)
	nskip=$(grep -c '\*\*\*Skipped\|Not Run' "$log" || true)
	[ -n "$total" ] || { echo "ctest did not run in $dir"; total=0; nfail=1; }
	passed=$((passed + total - nfail - nskip))
	failed=$((failed + nfail))
	skipped=$((skipped + nskip))
	# each failing test's first lines, then every FAIL line the failures printed
	[ "$nfail" -eq 0 ] || awk '
		/^ *[0-9]+\/[0-9]+ Test +#/ { n = /\*\*\*(Failed|Timeout|Exception)/ ? 8 : 0
			if (n) print; next }
		/^ *Start +[0-9]+:/ { n = 0; next }
		n > 0 { print "  " $0; n--; next }
		/(^|[ :|]) *(FAIL|not ok) / { print "  " $0 }' "$log" >> "$digest"
done
if [ -s "$digest" ]; then
	echo "== what the failing tests said (their first lines and FAIL lines, at most 60)"
	head -n 60 "$digest"
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
