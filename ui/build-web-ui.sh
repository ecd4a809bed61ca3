#!/bin/sh
# build-web-ui.sh WEB_UI DIST EMBED OUT.c — the build step behind the embedded front end
# (ui/CMakeLists.txt). When node and web-ui's npm packages are there (tools/deps.sh runs
# `npm ci` in web-ui), bundles web-ui with esbuild (web-ui/build.mjs) into DIST and
# embeds DIST's files into OUT.c; otherwise embeds nothing, and `leakscope ui` says the
# front end was not built. A bundling error fails the build.
set -eu
web=$1 dist=$2 embed=$3 out=$4
rm -rf "$dist"
mkdir -p "$dist"
if command -v node > /dev/null && [ -d "$web/node_modules/esbuild" ]; then
	node "$web/build.mjs" "$dist"
	files=$(cd "$dist" && find . -type f | sed 's|^\./||' | sort)
else
	echo "web-ui: not built (needs node and npm ci in web-ui: sh tools/deps.sh)" >&2
	files=
fi
# shellcheck disable=SC2086
exec "$embed" "$out" "$dist" $files
