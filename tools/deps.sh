#!/bin/sh
# deps.sh [test] — install, with apt, whatever Debian packages the build needs and are
# missing. With "test", also what the test suite needs. Installs nothing when all are
# present, so a second run costs a few dpkg queries.
set -eu
pkgs="build-essential cmake pkg-config patch xz-utils ca-certificates debian-archive-keyring
      libuv1-dev libunwind-dev libsqlite3-dev libjansson-dev zlib1g-dev
      libwslay-dev libhttp-parser-dev"
case ${1:-} in
test) pkgs="$pkgs sqlite3" ;;	# tests/record query the recording databases
bench) pkgs="$pkgs time mujs nodejs valgrind" ;;
esac
# tests/read reads the DevTools exports back with node (they are skipped without it)
if [ "${1:-}" = test ]; then pkgs="$pkgs nodejs"; fi
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
