#!/bin/sh
# record-alloc-site.sh LEAKSCOPE — with --record-allocs, allocation sites are counted
# where the allocating line is: in allocs.js, churn's line 11 allocates the most bytes,
# retain's line 6 holds the most live bytes (churn's garbage is freed and matched back
# to its site), and sampled allocations carry stacks through their sites.
bin=$1
. "$(dirname "$0")/lib.sh"
"$bin" run --record "$db" --record-allocs --expose-gc "$here/allocs.js" > "$work/out"
check "the script ran" "$(cat "$work/out")" "30000"

site="FROM alloc_sites a JOIN frames f ON f.id = a.frame_id"
check "the top site by allocated bytes is churn's line 11" \
	"$(q "SELECT f.name, f.line, f.fn_line, f.file LIKE '%/allocs.js' $site ORDER BY a.bytes DESC LIMIT 1")" "churn|11|8|1"
check "the top site by live bytes is retain's line 6" \
	"$(q "SELECT f.name, f.line, f.fn_line $site ORDER BY a.live_bytes DESC LIMIT 1")" "retain|6|4"
churn=$(q "SELECT a.bytes, a.live_bytes $site WHERE f.name = 'churn' AND f.line = 11")
cb=${churn%|*}; cl=${churn#*|}
check_sh "churn's garbage is freed: live $cl of $cb bytes" "$((cl * 10)) -lt $cb"
rt=$(q "SELECT a.count, a.live_bytes $site WHERE f.name = 'retain' AND f.line = 6")
rc=${rt%|*}; rl=${rt#*|}
check_sh "retain's line 6 counted once per object at least: $rc" "$rc -ge 30000"
check_sh "retain's objects are live: $rl bytes" "$rl -ge $((30000 * 32))"
check "series rows exist for the sites" "$(q "SELECT count(*) > 0 FROM alloc_site_series s JOIN frames f ON f.id = s.frame_id WHERE f.name = 'retain'")" "1"
ns=$(q "SELECT count(*) FROM alloc_samples")
check_sh "Poisson-sampled allocations were recorded: $ns" "$ns -ge 3"
mine="a.frame_id IN (SELECT id FROM frames WHERE file LIKE '%/allocs.js')"
check_sh "some sampled allocations are at allocs.js's sites" \
	"$(q "SELECT count(*) FROM alloc_samples a WHERE $mine") -ge 2"
check "each keeps a stack through its site" "$(q "WITH RECURSIVE w(sid, node) AS (
		SELECT a.id, a.stack_id FROM alloc_samples a WHERE $mine
		UNION ALL SELECT w.sid, k.parent FROM w JOIN stacks k ON k.id = w.node
		WHERE k.parent IS NOT NULL)
	SELECT count(*) FROM alloc_samples a WHERE $mine AND NOT EXISTS (SELECT 1 FROM w
		JOIN stacks k ON k.id = w.node WHERE w.sid = a.id AND k.frame = a.frame_id)")" "0"
done_tests
