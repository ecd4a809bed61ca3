#!/bin/sh
# zlib-gzip-t.sh LEAKSCOPE — the seed's gzip pipeline (js/zlib-seed-pipeline.js) writes
# bigfile.txt.gz; the system's gzip must accept it (gzip -t) and decompress it to
# bigfile.txt byte for byte.
set -eu
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/zlib-gzip-t.XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$bin" "$here/js/zlib-seed-pipeline.js" "$dir" > "$dir/stdout"
if grep -q false "$dir/stdout"; then
	echo "FAIL: the pipeline's own checks:"
	cat "$dir/stdout"
	exit 1
fi
gzip -t "$dir/bigfile.txt.gz"
gzip -dc "$dir/bigfile.txt.gz" | cmp - "$dir/bigfile.txt"
echo "PASS gzip -t and gzip -dc on $(wc -c < "$dir/bigfile.txt.gz") bytes"
