#!/bin/sh
# downlevel-cache.sh LEAKSCOPE — the down-leveler's output cache (runtime/dlcache.c):
# a modern file's transformed output is stored under $LEAKSCOPE_CACHE_DIR/downlevel and
# read back by the next run (shown by editing the stored output: the next run runs the
# edit); a different source is a different entry; a truncated or garbled entry is
# ignored and replaced; LEAKSCOPE_NO_CACHE=1 stores nothing; an unusable cache folder
# does not stop the run; small files are not cached; a function's source text comes back
# with the output; without LEAKSCOPE_CACHE_DIR the cache is $XDG_CACHE_HOME/leakscope.
set -eu
bin=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/leakscope-dlcache-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
check() {
	if [ "$2" != "$3" ]; then
		printf 'FAIL %s:\n  got:  %s\n  want: %s\n' "$1" "$2" "$3"
		failed=1
	else
		printf 'ok %s\n' "$1"
	fi
}
entries() { find "$1" -type f 2>/dev/null | grep -v '\.tmp\.' | wc -l | tr -d ' '; }

# a modern script over the 4 KiB below which nothing is cached
app=$work/app.js
{
	echo "const msg = 'original';"
	echo "let f = (x) => \`\${msg} \${x}\`;"
	i=0
	while [ $i -lt 200 ]; do echo "const pad$i = [1, 2, 3].map((v) => v * $i);"; i=$((i + 1)); done
	echo "console.log(f(pad7[2]));"
} > "$app"
cache=$work/cache
export LEAKSCOPE_CACHE_DIR="$cache"
check "first run" "$("$bin" "$app")" "original 21"
check "one entry stored" "$(entries "$cache/downlevel")" "1"
entry=$(find "$cache/downlevel" -type f)
check "the entry holds the output (var, not const)" "$(grep -c "var msg = 'original';" "$entry")" "1"

# the next run reads the stored output: edit it (same length) and see the edit run
sed -i "s/var msg = 'original';/var msg = 'cachedXX';/" "$entry"
check "second run uses the cache" "$("$bin" "$app")" "cachedXX 21"

echo "// changed" >> "$app"
check "a changed source is transformed again" "$("$bin" "$app")" "original 21"
check "...into a second entry" "$(entries "$cache/downlevel")" "2"

# damaged entries are misses, and the next store replaces them
for e in $(find "$cache/downlevel" -type f); do head -c 100 "$e" > "$e.x" && mv "$e.x" "$e"; done
check "truncated entries are ignored" "$("$bin" "$app")" "original 21"
for e in $(find "$cache/downlevel" -type f); do printf 'garbage\n' > "$e"; done
check "garbled entries are ignored" "$("$bin" "$app")" "original 21"
sed -i "s/var msg = 'original';/var msg = 'cachedXX';/" $(find "$cache/downlevel" -type f)
check "...and were replaced by whole ones" "$("$bin" "$app")" "cachedXX 21"

rm -rf "$cache"
check "LEAKSCOPE_NO_CACHE=1 runs" "$(LEAKSCOPE_NO_CACHE=1 "$bin" "$app")" "original 21"
check "...and stores nothing" "$(entries "$cache")" "0"
check "LEAKSCOPE_NO_CACHE=0 caches" "$(LEAKSCOPE_NO_CACHE=0 "$bin" "$app") $(entries "$cache/downlevel")" "original 21 1"

printf 'x\n' > "$work/file"
check "a cache folder that cannot be made does not stop the run" \
	"$(LEAKSCOPE_CACHE_DIR="$work/file/sub" "$bin" "$app" 2>&1)" "original 21"

rm -rf "$cache"
printf "const small = () => 'small';\nconsole.log(small());\n" > "$work/small.js"
check "a small file runs" "$("$bin" "$work/small.js")" "small"
check "...and is not cached" "$(entries "$cache")" "0"

# functions print their source text as written (mujs patch 0117), from the spans the
# entry stores beside the output
src=$work/src.js
{
	echo "const g = (a, b) => a + b;"
	i=0
	while [ $i -lt 200 ]; do echo "const pad$i = [1, 2, 3].map((v) => v * $i);"; i=$((i + 1)); done
	echo "console.log(String(g) + ' | ' + String(function plain(x) { return x; }) + ' | ' + pad3.map);"
} > "$src"
want="(a, b) => a + b | function plain(x) { return x; } | function map() { [native code] }"
rm -rf "$cache"
check "source text, transformed" "$("$bin" "$src")" "$want"
check "source text, from the cache" "$("$bin" "$src") $(entries "$cache/downlevel")" "$want 1"

unset LEAKSCOPE_CACHE_DIR
check "XDG_CACHE_HOME/leakscope by default" \
	"$(XDG_CACHE_HOME="$work/xdg" "$bin" "$app") $(entries "$work/xdg/leakscope/downlevel")" "original 21 1"
check "...else HOME/.cache/leakscope" \
	"$(env -u XDG_CACHE_HOME HOME="$work/home" "$bin" "$app") $(entries "$work/home/.cache/leakscope/downlevel")" \
	"original 21 1"
[ "$failed" = 0 ] || exit 1
echo PASS
