#!/bin/sh
# run-all.sh BUILD_DIR[:REGEX]... — run ctest in each build folder (only the tests
# matching REGEX when given) and end with one line that CI counts: "N passed, N failed,
# N skipped" over all of them. Exits non-zero on any failure.
set -u
jobs=$(nproc 2>/dev/null || echo 2)
passed=0 failed=0 skipped=0
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
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
