-- loop-utilization.sql — event-loop utilization and event-loop delay of one run, as
-- Node's perf_hooks defines them, computed from loop_iterations and the batches behind
-- it (see schema.sql, version 5).
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
	-- Each step looks its iteration up in loop_batches (schema version 5): the batch by
	-- primary key, then its element n - first_n. Joining the loop_iterations view on n
	-- would unpack every batch of the run per step, as joining a CTE of the run's
	-- iterations scanned all of them (5 s for 4,000 iterations).
	timer (probe, n, due, last, at) AS (
		SELECT 0, n0, t0 + :resolution_us, NULL, NULL
		FROM bounds WHERE n0 IS NOT NULL AND :resolution_us > 0
		UNION ALL
		SELECT 1, t.n, t.due, t.last,
			-- its element: [start - batch start (0), duration, poll_idle_us (2),
			-- prepare_at, prepare_us, prepare_cbs, poll_at (6), ...]
			CASE WHEN t.due <= b.start_us + (b.iterations -> (t.n - b.first_n) ->> 0)
				THEN b.start_us + (b.iterations -> (t.n - b.first_n) ->> 0)
			WHEN t.due - b.start_us - (b.iterations -> (t.n - b.first_n) ->> 0)
				BETWEEN (b.iterations -> (t.n - b.first_n) ->> 6)
				AND (b.iterations -> (t.n - b.first_n) ->> 6)
					+ (b.iterations -> (t.n - b.first_n) ->> 2) THEN t.due END
		FROM timer AS t JOIN loop_batches AS b ON b.run_id = :run
			AND b.first_n = (SELECT max(first_n) FROM loop_batches
				WHERE run_id = :run AND first_n <= t.n)
			AND t.n < b.first_n + b.count
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
