#!/bin/sh
# deps.sh [test] — install, with apt, whatever Debian packages the build needs and are
# missing. With "test", also what the test suite needs. Installs nothing when all are
# present, so a second run costs a few dpkg queries.
set -eu
pkgs="build-essential cmake pkg-config patch xz-utils ca-certificates debian-archive-keyring
      libuv1-dev libunwind-dev libsqlite3-dev libjansson-dev zlib1g-dev
      libwslay-dev libhttp-parser-dev nettle-dev libbrotli-dev"
case ${1:-} in
test) pkgs="$pkgs sqlite3 curl" ;;	# tests/record query the recording databases; tests/ui asks the ui's API
bench) pkgs="$pkgs time mujs nodejs valgrind wrk" ;;	# wrk: bench/http.sh
esac
# tests/read reads the DevTools exports back with node (they are skipped without it)
if [ "${1:-}" = test ]; then pkgs="$pkgs nodejs"; fi
# the web UI (web-ui/) is bundled by node at build time, for every job; tests/ui drives it
# in Debian's Chromium, and tests/inspector opens DevTools' front end there (both through
# web-ui's playwright-core)
command -v node > /dev/null || pkgs="$pkgs nodejs"
if [ "${1:-}" = test ]; then pkgs="$pkgs chromium"; fi
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >&2
fi
# web-ui: its npm packages (esbuild, preact, uPlot, d3-flame-graph, playwright-core without
# a browser of its own), pinned by web-ui/package-lock.json, with npm (Debian's package
# when node came without it); again whenever the lock changed. Without them the binary
# is built without the front end (ui/build-web-ui.sh) and the browser test is skipped.
if ! command -v npm > /dev/null; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -qq --no-install-recommends npm >&2 || true
fi
webui=$(cd "$(dirname "$0")/.." && pwd)/web-ui
if command -v npm > /dev/null && { [ ! -f "$webui/node_modules/.package-lock.json" ] ||
	[ "$webui/package-lock.json" -nt "$webui/node_modules/.package-lock.json" ]; }; then
	echo "deps: npm ci in web-ui (the web UI's bundler and libraries)" >&2
	(cd "$webui" && npm ci --no-audit --no-fund --loglevel=error >&2) ||
		echo "deps: npm ci failed in web-ui; leakscope ui will have no front end" >&2
fi
# tests/heap parses the exported .heapsnapshot with memlab's heap parser (@memlab/core,
# pinned by tests/heap/memlab/package-lock.json): npm (Debian's package when node came
# without it), then `npm ci` there once. Puppeteer, a dependency memlab's parser never
# uses, is installed without its browser download (--ignore-scripts). The test is
# skipped when this could not be done (offline), and fails under CI.
if [ "${1:-}" = test ]; then
	if ! command -v npm > /dev/null; then
		export DEBIAN_FRONTEND=noninteractive
		apt-get install -y -qq --no-install-recommends npm >&2 || true
	fi
	memlab=$(cd "$(dirname "$0")/.." && pwd)/tests/heap/memlab
	if command -v npm > /dev/null && [ ! -d "$memlab/node_modules/@memlab/core" ]; then
		echo "deps: npm ci in tests/heap/memlab (memlab's heap parser)" >&2
		(cd "$memlab" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit \
			--no-fund --loglevel=error >&2) || echo "deps: npm ci failed; the memlab test will be skipped (fail under CI)" >&2
	fi
fi
# tests/inspector drives --inspect with chrome-remote-interface (pinned by
# tests/inspector/package-lock.json): `npm ci` there once. Skipped when offline.
if [ "${1:-}" = test ] && command -v npm > /dev/null; then
	insp=$(cd "$(dirname "$0")/.." && pwd)/tests/inspector
	if [ ! -d "$insp/node_modules/chrome-remote-interface" ]; then
		echo "deps: npm ci in tests/inspector (chrome-remote-interface)" >&2
		(cd "$insp" && npm ci --no-audit --no-fund --loglevel=error >&2) ||
			echo "deps: npm ci failed; the inspector's client tests will be skipped" >&2
	fi
fi
# bench/memlab runs memlab (@memlab/api, core and heap-analysis, pinned by
# bench/memlab/package-lock.json) on the leak corpus (tests/leaks) beside leakscope: npm
# ci there once, without puppeteer's browser download (memlab's analyses never start it).
if [ "${1:-}" = bench ]; then
	if ! command -v npm > /dev/null; then
		export DEBIAN_FRONTEND=noninteractive
		apt-get install -y -qq --no-install-recommends npm >&2 || true
	fi
	bm=$(cd "$(dirname "$0")/.." && pwd)/bench/memlab
	if command -v npm > /dev/null && [ ! -d "$bm/node_modules/@memlab/heap-analysis" ]; then
		echo "deps: npm ci in bench/memlab (memlab, for bench/memlab/run.sh)" >&2
		(cd "$bm" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit \
			--no-fund --loglevel=error >&2) || echo "deps: npm ci failed in bench/memlab" >&2
	fi
fi
