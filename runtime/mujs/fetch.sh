#!/bin/sh
# fetch.sh DEST — put mujs 1.3.6 (Debian trixie's source package) in DEST/mujs-1.3.6,
# with our patches applied.
#
# Contract: DEST/mujs-1.3.6 ends up holding pristine upstream source plus every
# runtime/mujs/patches/*.patch in name order, or the script exits non-zero and leaves no
# half-patched tree behind. The orig tarball's sha256 is checked before anything is
# unpacked. apt is pointed at a private deb-src list under DEST so the system's sources are
# never touched. A second run with the same patches does nothing.
set -eu
dest=$1
here=$(cd "$(dirname "$0")" && pwd)
ver=1.3.6
sum=d52501cd9539e37ef95e8494323da25c7d10d3738cd95757cf71d248447dafa9
tree=$dest/mujs-$ver
stamp=$tree/.leakscope-patches
want=$(cat "$here"/patches/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1)

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
	exit 0
fi

mkdir -p "$dest"
tarball=$dest/mujs_$ver.orig.tar.xz
if [ ! -f "$tarball" ] || ! echo "$sum  $tarball" | sha256sum -c --status; then
	apt=$dest/apt
	mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/parts"
	keyring=/usr/share/keyrings/debian-archive-keyring.gpg
	echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian trixie main" \
		> "$apt/sources.list"
	opts="-o Dir::Etc::sourcelist=$apt/sources.list -o Dir::Etc::sourceparts=$apt/parts
	      -o Dir::State::Lists=$apt/lists -o Dir::Cache=$apt/cache
	      -o APT::Sandbox::User=root -qq"
	echo "mujs: fetching Debian trixie source package mujs $ver" >&2
	# shellcheck disable=SC2086
	apt-get $opts update >&2
	(cd "$dest" && apt-get $opts source --download-only "mujs=$ver-1" >&2)
	if ! echo "$sum  $tarball" | sha256sum -c --status; then
		echo "mujs: $tarball does not have sha256 $sum; refusing to build it" >&2
		rm -f "$tarball"
		exit 1
	fi
fi

rm -rf "$tree" "$tree.tmp"
mkdir -p "$tree.tmp"
tar -xJf "$tarball" -C "$tree.tmp" --strip-components=1
for p in "$here"/patches/*.patch; do
	[ -f "$p" ] || continue
	if ! patch -s -p1 --no-backup-if-mismatch -d "$tree.tmp" < "$p"; then
		echo "mujs: patch $(basename "$p") does not apply" >&2
		rm -rf "$tree.tmp"
		exit 1
	fi
done
mv "$tree.tmp" "$tree"
echo "$want" > "$stamp"
