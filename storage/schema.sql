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
-- Version 2 adds heap snapshots (`snapshots`, `heap_chunks`, `heap_strings`): see the
-- "@version 2" step at the end for their layout and why nodes and edges are stored in
-- packed chunks rather than one row each. Version 5 packs loop iterations too
-- (`loop_batches`), behind a view loop_iterations with the version-1 table's columns.

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

-- @version 2

-- Heap snapshots (issue 5). One row per snapshot; id is what
-- require('leakscope').snapshot() returns and what `leakscope retainers DB SNAP NODE`
-- and `leakscope export DB --heapsnapshot ID` take. The recorder reserves rows ahead
-- (state 0, everything else NULL) so ids are known at once and unique even with two
-- processes recording into one file; a snapshot is written whole in one transaction
-- that sets state 1. A row left at state 0 is a reservation never used or a snapshot
-- whose process died before it was committed: readers skip it.
--   t_us: when the walk began (µs since the run began); label: the caller's label;
--   trigger: 'api' (snapshot()), 'interval', 'signal', 'exit', 'near-heap-limit';
--   node_count/edge_count/string_count: sizes of the graph; self_size: sum of the
--   nodes' self sizes; heap_used: the allocator's live bytes at the walk (self_size
--   is less by what no node owns: the value stack, interned strings, free lists);
--   max_id: the highest node id in it — node ids are stable for the run and never
--   reused, so a node of a later snapshot with id > max_id was allocated after this
--   one; pause_us: how long JS was paused for the walk; commit_us: from the end of
--   the walk to the commit (dominators, encoding, writing), off the JS thread.
CREATE TABLE snapshots (
	id INTEGER PRIMARY KEY,
	run_id INTEGER NOT NULL REFERENCES runs(id),
	state INTEGER NOT NULL DEFAULT 0,
	t_us INTEGER,
	label TEXT,
	trigger TEXT,
	node_count INTEGER,
	edge_count INTEGER,
	string_count INTEGER,
	self_size INTEGER,
	heap_used INTEGER,
	max_id INTEGER,
	pause_us INTEGER,
	commit_us INTEGER
);
CREATE INDEX snapshots_run ON snapshots(run_id);

-- The graph, in V8's shape (node 0 is the synthetic root; node and edge types are
-- V8's, named in heap_node_types/heap_edge_types), packed: a snapshot of a million
-- objects is a few hundred rows, not three million. Measured on the machine this was
-- built on: one row per node and per edge costs ~1.7 µs of CPU each in SQLite, ~5 s for
-- a million objects and their two million edges (67 MB), twice the budget of a
-- snapshot 10x faster than Node's; packed they take ~0.1 s to write and 25 MB.
-- leakscope's readers (store_open_readonly, store_heap_register) have table-valued
-- functions heap_nodes(snapshot) and heap_edges(snapshot) that show them as rows
-- (columns in storage/heapvtab.c), e.g. what was allocated after snapshot 1 and is
-- still alive in snapshot 3:
--   SELECT * FROM heap_nodes(3) WHERE id > (SELECT max_id FROM snapshots WHERE id = 1);
-- Any other reader decodes the blobs as described here.
--
-- heap_chunks: nodes [first_node, first_node + node_count) with their edges, in node
-- order. Every number is an unsigned LEB128 varint; "zz" marks a zigzag-encoded signed
-- value ((n << 1) ^ (n >> 63)). Per node, in `nodes`:
--   type, flags (1 internal: the runtime's own; 2 root), zz(id - previous node's id;
--   the first node of a chunk against 0), name (string index), self_size,
--   retained_size, zz(dominator - this node's index) (node indices, root: itself),
--   distance + 1 (0: not reachable by strong edges), frame (frames.id of the
--   allocation site, 0 unknown), edge_count.
-- Per edge, in `edges` (the nodes' edges in order): type, name (string index; for
-- element and hidden edges the index itself), zz(to - source node's index).
-- `locations`: per closure with a known definition, zz(node index - previous one's,
-- starting from first_node), file (string index), line, column (0-based, as V8's).
CREATE TABLE heap_chunks (
	snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
	first_node INTEGER NOT NULL,
	node_count INTEGER NOT NULL,
	edge_count INTEGER NOT NULL,
	nodes BLOB NOT NULL,
	edges BLOB NOT NULL,
	locations BLOB NOT NULL,
	PRIMARY KEY (snapshot_id, first_node)
);

-- The snapshot's strings (node and edge names), indexed from 0 in order: a chunk holds
-- strings [first, first + count), each as varint(byte length) then its UTF-8 bytes.
-- String 0 is always ''.
CREATE TABLE heap_strings (
	snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
	first INTEGER NOT NULL,
	count INTEGER NOT NULL,
	data BLOB NOT NULL,
	PRIMARY KEY (snapshot_id, first)
);

CREATE TABLE heap_node_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO heap_node_types VALUES (0, 'hidden'), (1, 'array'), (2, 'string'),
	(3, 'object'), (4, 'code'), (5, 'closure'), (6, 'regexp'), (7, 'number'),
	(8, 'native'), (9, 'synthetic'), (10, 'concatenated string'), (11, 'sliced string'),
	(12, 'symbol'), (13, 'bigint'), (14, 'object shape'), (15, 'wasm object');
CREATE TABLE heap_edge_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO heap_edge_types VALUES (0, 'context'), (1, 'element'), (2, 'property'),
	(3, 'internal'), (4, 'hidden'), (5, 'shortcut'), (6, 'weak');

-- @version 3

-- Worker threads and child processes (issue 8). Every worker thread of a recorded
-- process (worker_threads) records as a run of its own into the same file, as does a
-- leakscope process started by child_process.fork() from a recorded one, so that each
-- run's samples, loop iterations, listeners and snapshots are that thread's or that
-- process's. parent_run_id: the run that started this one (NULL for a top-level run);
-- thread_id: the worker's threadId (0 for a process's main thread); kind: 'main',
-- 'worker' or 'fork'. A worker's run has the pid of its process.
ALTER TABLE runs ADD COLUMN parent_run_id INTEGER;	-- a runs.id
ALTER TABLE runs ADD COLUMN thread_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'main';

-- @version 4

-- The CI gate's verdicts (issue 10). `leakscope gate DB` appends a row each time it
-- gates snapshots of this file and can write to it (storage/gate.c), for the Gate view
-- of `leakscope ui`. run_id: the run whose snapshots were gated; at_us: when the gate
-- ran (wall clock, µs since the Unix epoch); passed: 1 or 0; failing: the suspects that
-- failed (grew by more than max_leak_bytes and no suppression allowed them); suspects:
-- all of them; max_leak_bytes, max_leaks: the thresholds it was given; snapshots: the
-- gated snapshot ids as a JSON array; report: the gate's JSON report (analysis/JSON.md,
-- "diff", with its "gate" object and each suspect's "failed" and "allowed").
CREATE TABLE gate_results (
	id INTEGER PRIMARY KEY,
	run_id INTEGER NOT NULL,	-- a runs.id
	at_us INTEGER NOT NULL,
	passed INTEGER NOT NULL,
	failing INTEGER NOT NULL,
	suspects INTEGER NOT NULL,
	max_leak_bytes INTEGER NOT NULL,
	max_leaks INTEGER NOT NULL,
	snapshots TEXT NOT NULL,
	report TEXT NOT NULL
);
CREATE INDEX gate_results_run ON gate_results (run_id, id);

-- @version 5

-- Loop iterations packed (issue 4, item 8: recording overhead). An I/O-bound app turns
-- its loop ~17,000 times a second, and a row of loop_iterations cost the writer thread
-- ~10,000 instructions (a B-tree insert of 26 columns, its share of the statement and of
-- the commit): more than the app's own work per turn. From version 5 the writer stores
-- the iterations of each transaction in rows of loop_batches holding up to 64 of them
-- as JSON text (~1,200 instructions an iteration under callgrind, the inserts included;
-- ~40 bytes), and loop_iterations is a view that unpacks them, with the columns and
-- values of the table it replaces: every query on loop_iterations and loop_phases reads
-- as before, in any SQLite with JSON (3.38+). Reading through the view costs more than
-- reading the table did (each column is a JSON lookup), so a reader that steps through
-- iterations by n copies the run's into a temporary table first (analysis/loop.c; see
-- storage/queries/loop-utilization.sql), and counts come from loop_batches.count.
--
-- loop_batches: iterations first_n .. first_n + count - 1 of a run (consecutive: a gap
-- in n starts a new batch), start_us the start of iteration first_n. `iterations` is a
-- JSON array with one array per iteration, in order (storage/loopbatch.h owns this
-- format: its encoder, decoder and element order; the view below spells the order in
-- SQL, and unit/storage_loopbatch_format checks that the two agree), holding
--   [start_us - batch start_us, duration_us, poll_idle_us,
--    prepare_at, prepare_us, prepare_cbs, poll_at, poll_us, poll_cbs,
--    check_at, check_us, check_cbs, timers_at, timers_us, timers_cbs,
--    close_at, close_us, close_cbs, pending_at, pending_us, pending_cbs,
--    idle_at, idle_us, idle_cbs]
-- (loop_iterations' meanings; null for a phase not entered; trailing nulls may be left
-- out, which is why the phases entered in most iterations come first). So iteration n
-- of run r is element n - first_n of the batch of r with the greatest first_n <= n. Each batch is committed with the records of its transaction:
-- a crash loses no committed iteration.
CREATE TABLE loop_batches (
	run_id INTEGER NOT NULL REFERENCES runs(id),
	first_n INTEGER NOT NULL,
	count INTEGER NOT NULL,
	start_us INTEGER NOT NULL,
	iterations TEXT NOT NULL,
	PRIMARY KEY (run_id, first_n)
);

-- An older file's iterations move into batches of up to 64 (a JSON array is built in
-- order only by a window: json_group_array over a GROUP BY takes rows in any order).
INSERT INTO loop_batches (run_id, first_n, count, start_us, iterations)
	SELECT run_id, n0, c, t0, a FROM (
		SELECT run_id, n, n0, t0, c,
			json_group_array(json_array(start_us - t0, duration_us, poll_idle_us,
				prepare_at, prepare_us, prepare_cbs, poll_at, poll_us, poll_cbs,
				check_at, check_us, check_cbs, timers_at, timers_us, timers_cbs,
				close_at, close_us, close_cbs, pending_at, pending_us, pending_cbs,
				idle_at, idle_us, idle_cbs))
				OVER (PARTITION BY run_id, seg, part ORDER BY n) AS a
		FROM (SELECT *, min(n) OVER p AS n0, first_value(start_us) OVER p AS t0,
				count(*) OVER p AS c
			FROM (SELECT *, (row_number() OVER (PARTITION BY run_id, seg ORDER BY n) - 1)
					/ 64 AS part
				FROM (SELECT *, n - row_number() OVER (PARTITION BY run_id ORDER BY n)
					AS seg FROM loop_iterations))
			WINDOW p AS (PARTITION BY run_id, seg, part ORDER BY n
				ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)))
	WHERE n = n0 + c - 1;
DROP TABLE loop_iterations;

-- loop_phases (version 1) reads this view as it read the table.
CREATE VIEW loop_iterations (run_id, n, start_us, duration_us, poll_idle_us,
	timers_at, timers_us, timers_cbs, pending_at, pending_us, pending_cbs,
	idle_at, idle_us, idle_cbs, prepare_at, prepare_us, prepare_cbs,
	poll_at, poll_us, poll_cbs, check_at, check_us, check_cbs,
	close_at, close_us, close_cbs) AS
	SELECT b.run_id, b.first_n + i.key, b.start_us + (i.value ->> 0), i.value ->> 1,
		i.value ->> 2,
		i.value ->> 12, i.value ->> 13, i.value ->> 14,		-- timers
		i.value ->> 18, i.value ->> 19, i.value ->> 20,		-- pending
		i.value ->> 21, i.value ->> 22, i.value ->> 23,		-- idle
		i.value ->> 3, i.value ->> 4, i.value ->> 5,		-- prepare
		i.value ->> 6, i.value ->> 7, i.value ->> 8,		-- poll
		i.value ->> 9, i.value ->> 10, i.value ->> 11,		-- check
		i.value ->> 15, i.value ->> 16, i.value ->> 17		-- close
	FROM loop_batches AS b, json_each(b.iterations) AS i;
