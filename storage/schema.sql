-- schema.sql — the leakscope recording database: the contract between the recorder
-- (storage/, fed by profiler/) and everything that reads a recording (the CLI's read
-- commands, the diff tool and CI gate, the inspector, the web UI). Embedded in the binary
-- at build time.
--
-- Versions and migrations
--   The file is a list of forward migration steps. "-- @version N" starts the step that
--   takes a database from version N-1 to N; a step is never edited once released, a
--   change is a new step at the end. PRAGMA user_version holds the version of a file and
--   PRAGMA application_id is 0x4C4B5343 ('LKSC') for every leakscope database. Opening
--   an older file for recording applies the missing steps in one transaction; a file of a
--   newer version is refused (the reader would misread it). Readers check both pragmas.
--
-- Conventions
--   * One file holds many runs (one per recorded process); every event row carries
--     run_id. Frames and stacks are shared by all runs of the file (deduplicated), so the
--     same function has the same frame id in every run — diffs between runs join on ids.
--   * Times: *_us columns are microseconds since the run began (runs.started_at) on the
--     monotonic clock; runs.started_at/ended_at are wall-clock µs since the Unix epoch.
--     Durations are µs. Byte counts are bytes.
--   * "No stack" or "not in a callback" is NULL. Small enumerations are integers with a
--     name table (phases, callback_kinds, sample_states, frame_kinds) to join on.
--   * Event tables are keyed (run_id, seq) WITHOUT ROWID: rows of one run are stored
--     together in recording order and need no extra index. seq starts at 1 per run.
--   * The WAL journal is on: readers may read while a run is being recorded.
--   * A run whose ended_at is NULL is still recording or died (kill -9, crash); it holds
--     every batch committed before (the writer commits every ~50 ms).
--
-- Later (issue 5): heap snapshots arrive as version 2: `snapshots` (id, run_id, t_us,
-- label, trigger), `heap_nodes` (snapshot_id, node id stable across the snapshots of one
-- run, type, name, self size, allocation frame), `heap_edges` (snapshot_id, from, to,
-- kind, name) and string interning for node/edge names. They hang off runs(id) like
-- every table here and reuse frames(id) for allocation sites.

-- @version 1

PRAGMA application_id = 0x4C4B5343;

-- One row per recorded process. A second `leakscope run --record` into the same file
-- adds a row; nothing of earlier runs is changed.
CREATE TABLE runs (
	id INTEGER PRIMARY KEY,
	pid INTEGER NOT NULL,
	ppid INTEGER,
	argv TEXT NOT NULL,		-- JSON array of strings: the command line as given
	cwd TEXT,
	started_at INTEGER NOT NULL,	-- wall clock, µs since the Unix epoch
	ended_at INTEGER,		-- wall clock; NULL: recording, or the process died
	duration_us INTEGER,		-- monotonic µs from start to the recorder's close
	exit_code INTEGER,		-- NULL until the run ended cleanly
	leakscope_version TEXT,
	mujs_version TEXT,
	libuv_version TEXT,
	sqlite_version TEXT,
	sample_interval_us INTEGER,	-- CPU sampling period; 0 or NULL: no samples
	dropped INTEGER NOT NULL DEFAULT 0	-- events lost because the writer fell behind
);

-- Name tables for the small integer enumerations used below.
CREATE TABLE frame_kinds (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO frame_kinds VALUES (0, 'js'), (1, 'native');

-- Event-loop phases in Node's order (libuv's idle and prepare are separate here).
-- 'none' is outside the loop: the main script and exit handlers.
CREATE TABLE phases (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO phases VALUES (0, 'none'), (1, 'timers'), (2, 'pending'), (3, 'idle'),
	(4, 'prepare'), (5, 'poll'), (6, 'check'), (7, 'close');

-- What a callback was: main script, timer, setImmediate, I/O, nextTick, microtask
-- (promise reaction or queueMicrotask), close callback, signal, beforeExit/exit handler.
CREATE TABLE callback_kinds (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO callback_kinds VALUES (0, 'main'), (1, 'timer'), (2, 'immediate'), (3, 'io'),
	(4, 'tick'), (5, 'microtask'), (6, 'close'), (7, 'signal'), (8, 'exit');

-- A CPU sample's state, as V8's pseudo-nodes: running code, (idle) waiting for events,
-- (garbage collector), (program) the runtime's own work outside JS.
CREATE TABLE sample_states (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO sample_states VALUES (0, 'running'), (1, 'idle'), (2, 'gc'), (3, 'program');

-- A code location, deduplicated over the whole file.
--   JS frame (kind 0): function `name` ('' when anonymous) in `file` (path or URL) at
--     the current `line`/`col` of that frame (1-based; 0 unknown — mujs has no columns),
--     `fn_line` the line where the function is defined (0 unknown). Identity: (name,
--     file, line, col, fn_line). A function's frames share (name, file, fn_line); group
--     by those for per-function totals, by line for per-line ones.
--   Native frame (kind 1): `addr` is the pc's offset in the module `file` (a shared
--     object or the leakscope binary). Identity: (file, addr). `name` is the symbol, NULL
--     until resolved after the recording (symbols are never looked up while sampling).
CREATE TABLE frames (
	id INTEGER PRIMARY KEY,
	kind INTEGER NOT NULL REFERENCES frame_kinds(id),
	name TEXT,
	file TEXT NOT NULL DEFAULT '',
	line INTEGER NOT NULL DEFAULT 0,
	col INTEGER NOT NULL DEFAULT 0,
	fn_line INTEGER NOT NULL DEFAULT 0,
	addr INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX frames_js ON frames(name, file, line, col, fn_line) WHERE kind = 0;
CREATE UNIQUE INDEX frames_native ON frames(file, addr) WHERE kind = 1;

-- Stacks as a trie (a calling-context tree), shared by all runs: a node is one frame
-- called from its parent node; parent NULL marks an outermost frame (the main script or
-- the event loop's entry into JS). A stack id names the innermost node; the stack is
-- that node and its ancestors. JS and native stacks use the same table (a native stack
-- is a chain of kind-1 frames). A recursive CTE walks a stack:
--   WITH RECURSIVE s(id, frame, parent, depth) AS (
--     SELECT id, frame, parent, 0 FROM stacks WHERE id = :stack
--     UNION ALL SELECT t.id, t.frame, t.parent, depth + 1 FROM stacks t JOIN s ON t.id = s.parent)
--   SELECT f.* FROM s JOIN frames f ON f.id = s.frame ORDER BY depth;   -- innermost first
CREATE TABLE stacks (
	id INTEGER PRIMARY KEY,
	parent INTEGER REFERENCES stacks(id),
	frame INTEGER NOT NULL REFERENCES frames(id)
);
CREATE UNIQUE INDEX stacks_parent_frame ON stacks(parent, frame);

-- CPU samples, one every runs.sample_interval_us (1 kHz by default). stack_id: the JS
-- stack (NULL when no JS was running); native_stack_id: the native stack when taken.
-- phase/cb_kind: the loop phase and the callback the sample fell in (cb_kind NULL
-- outside callbacks). state: sample_states.
CREATE TABLE samples (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	seq INTEGER NOT NULL,
	t_us INTEGER NOT NULL,
	stack_id INTEGER REFERENCES stacks(id),
	native_stack_id INTEGER REFERENCES stacks(id),
	phase INTEGER NOT NULL REFERENCES phases(id),
	cb_kind INTEGER REFERENCES callback_kinds(id),
	state INTEGER NOT NULL REFERENCES sample_states(id),
	PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- Allocation sites: every allocation mujs makes, counted against its site (the innermost
-- JS frame: file:line plus function). Totals since the run began, as of updated_us:
-- count and bytes allocated, live_bytes still allocated (frees matched back to their
-- site). The recorder aggregates in memory and upserts the totals every second or so.
CREATE TABLE alloc_sites (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	frame_id INTEGER NOT NULL REFERENCES frames(id),
	count INTEGER NOT NULL,
	bytes INTEGER NOT NULL,
	live_bytes INTEGER NOT NULL,
	updated_us INTEGER NOT NULL,
	PRIMARY KEY (run_id, frame_id)
) WITHOUT ROWID;

-- The same totals over time: one row each time a site's totals changed and were
-- flushed. A site whose live_bytes keeps rising across the series is a leak suspect.
CREATE TABLE alloc_site_series (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	frame_id INTEGER NOT NULL REFERENCES frames(id),
	t_us INTEGER NOT NULL,
	count INTEGER NOT NULL,
	bytes INTEGER NOT NULL,
	live_bytes INTEGER NOT NULL,
	PRIMARY KEY (run_id, frame_id, t_us)
) WITHOUT ROWID;

-- Sampled allocations (Poisson sampling, mean interval 512 KiB as Node's --heap-prof)
-- with their full stacks. id is per run; freed_us is set when the block was freed, so
-- live samples (freed_us IS NULL) give Node's heap profile at the run's end.
CREATE TABLE alloc_samples (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	id INTEGER NOT NULL,
	t_us INTEGER NOT NULL,
	size INTEGER NOT NULL,
	frame_id INTEGER REFERENCES frames(id),	-- the allocation site
	stack_id INTEGER REFERENCES stacks(id),
	freed_us INTEGER,
	PRIMARY KEY (run_id, id)
) WITHOUT ROWID;

-- One row per event-loop iteration (n = 1, 2, … consecutive; iteration 1 begins when
-- the loop starts, after the main script). Per phase P in timers, pending, idle,
-- prepare, poll, check, close: P_at = when it began, as µs after start_us (NULL: not
-- entered this iteration), P_us = its duration, P_cbs = callbacks run in it (incl. the
-- nextTicks and microtasks drained after them). poll_idle_us is the time blocked in
-- poll waiting for events (libuv's idle time; the rest of poll_us ran callbacks).
-- Stored wide (one row, small offsets) because busy loops iterate 100k times a second;
-- read it through the loop_phases view.
CREATE TABLE loop_iterations (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	n INTEGER NOT NULL,
	start_us INTEGER NOT NULL,
	duration_us INTEGER NOT NULL,
	poll_idle_us INTEGER NOT NULL DEFAULT 0,
	timers_at INTEGER, timers_us INTEGER, timers_cbs INTEGER,
	pending_at INTEGER, pending_us INTEGER, pending_cbs INTEGER,
	idle_at INTEGER, idle_us INTEGER, idle_cbs INTEGER,
	prepare_at INTEGER, prepare_us INTEGER, prepare_cbs INTEGER,
	poll_at INTEGER, poll_us INTEGER, poll_cbs INTEGER,
	check_at INTEGER, check_us INTEGER, check_cbs INTEGER,
	close_at INTEGER, close_us INTEGER, close_cbs INTEGER,
	PRIMARY KEY (run_id, n)
) WITHOUT ROWID;

-- loop_iterations one row per (iteration, phase entered), with absolute start times.
CREATE VIEW loop_phases (run_id, iteration, phase, start_us, duration_us, callbacks) AS
	SELECT run_id, n, 1, start_us + timers_at, timers_us, timers_cbs
		FROM loop_iterations WHERE timers_at IS NOT NULL
	UNION ALL SELECT run_id, n, 2, start_us + pending_at, pending_us, pending_cbs
		FROM loop_iterations WHERE pending_at IS NOT NULL
	UNION ALL SELECT run_id, n, 3, start_us + idle_at, idle_us, idle_cbs
		FROM loop_iterations WHERE idle_at IS NOT NULL
	UNION ALL SELECT run_id, n, 4, start_us + prepare_at, prepare_us, prepare_cbs
		FROM loop_iterations WHERE prepare_at IS NOT NULL
	UNION ALL SELECT run_id, n, 5, start_us + poll_at, poll_us, poll_cbs
		FROM loop_iterations WHERE poll_at IS NOT NULL
	UNION ALL SELECT run_id, n, 6, start_us + check_at, check_us, check_cbs
		FROM loop_iterations WHERE check_at IS NOT NULL
	UNION ALL SELECT run_id, n, 7, start_us + close_at, close_us, close_cbs
		FROM loop_iterations WHERE close_at IS NOT NULL;

-- Callbacks that ran longer than the slow-callback threshold (--slow-callback=ms,
-- default 10), each with the stack it was entered with.
CREATE TABLE slow_callbacks (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	seq INTEGER NOT NULL,
	t_us INTEGER NOT NULL,		-- when it began
	duration_us INTEGER NOT NULL,
	phase INTEGER NOT NULL REFERENCES phases(id),
	cb_kind INTEGER REFERENCES callback_kinds(id),
	stack_id INTEGER REFERENCES stacks(id),
	PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- Every EventEmitter listener added or removed. op: 1 add, -1 remove (so sum(op) per
-- emitter and event is the net change). emitter: an id of the emitter object, stable for
-- the run (the heap walker's id); count: listeners for that event after the change;
-- frame_id: the registration site; stack_id: its full stack.
CREATE TABLE listener_events (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	seq INTEGER NOT NULL,
	t_us INTEGER NOT NULL,
	op INTEGER NOT NULL,
	emitter INTEGER NOT NULL,
	emitter_ctor TEXT,
	event TEXT NOT NULL,
	count INTEGER NOT NULL,
	frame_id INTEGER REFERENCES frames(id),
	stack_id INTEGER REFERENCES stacks(id),
	PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- Every garbage collection: when it began, how long it took, the heap's bytes in use
-- before and after.
CREATE TABLE gc_events (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	seq INTEGER NOT NULL,
	t_us INTEGER NOT NULL,
	duration_us INTEGER NOT NULL,
	bytes_before INTEGER NOT NULL,
	bytes_after INTEGER NOT NULL,
	PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;
