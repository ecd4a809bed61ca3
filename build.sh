#!/bin/sh
# build.sh demo|test|bench — install what is missing, build build/leakscope, then:
#   demo   run the bundled example app under leakscope, recorded, and print its leak
#          report (the main job)
#   test   run the whole test suite: the normal build, then again under ASan+UBSan, and
#          the heap snapshot tests in a GC-stress build
#   bench  run the benchmarks (bench/run.sh) and print ratios
# Safe to run again: installed packages, the fetched mujs and built objects are reused.
set -eu
cd "$(dirname "$0")"
what=${1:-demo}
jobs=$(nproc 2>/dev/null || echo 2)

case $what in
demo|test|bench) ;;
*) echo "usage: $0 demo|test|bench" >&2; exit 2 ;;
esac

sh tools/deps.sh "$what"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$jobs"

case $what in
demo)
	# record the example (it snapshots itself after every round), then the leak report
	rm -f build/demo.db build/demo.db-wal build/demo.db-shm
	build/leakscope run --record build/demo.db --record-allocs examples/leaky-app.js
	exec build/leakscope diff build/demo.db
	;;
bench)
	exec sh bench/run.sh
	;;
test)
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DLEAKSCOPE_SANITIZE=ON >/dev/null
	cmake --build build-asan -j "$jobs"
	# the heap walker's tests again with a collection at every check point
	cmake -S . -B build-gcstress -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEAKSCOPE_GC_STRESS=ON >/dev/null
	cmake --build build-gcstress -j "$jobs" --target leakscope heap-query
	exec sh tests/run-all.sh build build-asan build-gcstress:^heap/
	;;
esac
