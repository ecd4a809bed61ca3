-- loop-utilization.sql — event-loop utilization and event-loop delay of one run, as
-- Node's perf_hooks defines them, computed from loop_iterations (see schema.sql; since
-- version 5 a view: read the note on the timer's steps below for long runs).
--
-- Parameters
--   :run            runs.id
--   :resolution_us  monitorEventLoopDelay's resolution in µs (Node's default 10 ms: 10000)
--
-- Result: one row (NULLs when the run has no loop iterations).
--   loop_start_us, loop_end_us  start of iteration 1 and end of the last iteration
--   idle_us, active_us, utilization
--       performance.eventLoopUtilization(): idle is the time the loop spent blocked in
--       poll waiting for events (libuv's idle-time metric: the sum of poll_idle_us), active
--       is the rest of the time since the loop started (Node's nodeTiming.loopStart, so
--       the main script does not count) and utilization = active / (idle + active).
--   delay_count, delay_min_us, delay_max_us, delay_mean_us, delay_p50_us, delay_p90_us,
--   delay_p99_us
--       perf_hooks.monitorEventLoopDelay({ resolution }) replayed over the recording.
--       Node arms a repeating libuv timer of `resolution` and, each time it fires, records
--       the time since it last fired: an idle loop records ≈ resolution, a loop blocked
--       for B records ≈ resolution + B (Node 20 does not subtract the resolution: with the
--       default 10 ms, min is ≥ 10 ms). The replay:
--         * the timer is first due `resolution` after the loop starts;
--         * it fires at the start of the first iteration that begins when it is due or
--           later (libuv 1.44 runs timers at the top of each iteration) — or, if it falls
--           due while the loop is blocked in poll (poll_at .. poll_at + poll_idle_us),
--           exactly when due, since its timeout would have ended the wait;
--         * once fired it is due again `resolution` later (uv_timer_again).
--       The values are those intervals (the first firing has no interval). Percentiles
--       are nearest-rank with rounding, as the HDR histogram behind Node's computes them
--       (rank = max(1, round(p/100 * count))). All in µs; Node reports ns.
WITH RECURSIVE
	bounds AS (
		SELECT min(n) AS n0, min(start_us) AS t0, max(start_us + duration_us) AS t1,
			sum(poll_idle_us) AS idle
		FROM loop_iterations WHERE run_id = :run
	),
	-- The replayed timer, alternating two kinds of rows. A probe row (probe = 1) asks
	-- iteration n whether the timer, due at `due`, fires in it and when (`at`, NULL if
	-- not); the next row (probe = 0) stays on n with the following due time after a
	-- firing, or moves on to n + 1. It ends past the last iteration (no row to join).
	-- Each step looks its iteration up by (run_id, n): joining a CTE of the run's
	-- iterations instead scanned all of them per step (5 s for 4,000 iterations). Since
	-- schema version 5 loop_iterations is a view over loop_batches, which has no such
	-- lookup (each step would unpack the run's batches), so leakscope first copies the
	-- run's iterations into a temporary table of the same name, which SQLite finds before
	-- the view, with the index the lookup needs. In the sqlite3 shell, for a long run:
	--   CREATE TEMP TABLE loop_iterations AS
	--     SELECT * FROM main.loop_iterations WHERE run_id = :run;
	--   CREATE INDEX temp.loop_iterations_n ON loop_iterations (run_id, n);
	timer (probe, n, due, last, at) AS (
		SELECT 0, n0, t0 + :resolution_us, NULL, NULL
		FROM bounds WHERE n0 IS NOT NULL AND :resolution_us > 0
		UNION ALL
		SELECT 1, t.n, t.due, t.last,
			CASE WHEN t.due <= w.start_us THEN w.start_us
			WHEN t.due BETWEEN w.start_us + w.poll_at
				AND w.start_us + w.poll_at + w.poll_idle_us THEN t.due END
		FROM timer AS t JOIN loop_iterations AS w ON w.run_id = :run AND w.n = t.n
		WHERE t.probe = 0
		UNION ALL
		SELECT 0, t.n + (t.at IS NULL), coalesce(t.at + :resolution_us, t.due),
			coalesce(t.at, t.last), NULL
		FROM timer AS t
		WHERE t.probe = 1
	),
	delays AS MATERIALIZED (
		SELECT at - last AS d, row_number() OVER (ORDER BY at - last) AS r
		FROM timer WHERE probe = 1 AND at IS NOT NULL AND last IS NOT NULL
	),
	stats AS (
		SELECT count(*) AS c, min(d) AS lo, max(d) AS hi, avg(d) AS mean FROM delays
	)
SELECT
	b.t0 AS loop_start_us,
	b.t1 AS loop_end_us,
	b.idle AS idle_us,
	b.t1 - b.t0 - b.idle AS active_us,
	CAST(b.t1 - b.t0 - b.idle AS REAL) / (b.t1 - b.t0) AS utilization,
	s.c AS delay_count,
	s.lo AS delay_min_us,
	s.hi AS delay_max_us,
	s.mean AS delay_mean_us,
	(SELECT d FROM delays WHERE r = max(1, (50 * s.c * 2 + 100) / 200)) AS delay_p50_us,
	(SELECT d FROM delays WHERE r = max(1, (90 * s.c * 2 + 100) / 200)) AS delay_p90_us,
	(SELECT d FROM delays WHERE r = max(1, (99 * s.c * 2 + 100) / 200)) AS delay_p99_us
FROM bounds AS b, stats AS s;
