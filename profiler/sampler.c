/* sampler.c — the CPU sampler. A sample copies mujs's trace stack (name/file pointers
 * and lines), the native pcs (unw_backtrace) and the profiler's phase/callback/state
 * into the ring, and nothing else; three ways take it.
 *
 * Self-timed (the default; LEAKSCOPE_SAMPLER=self): the runtime's thread reads the
 * clock itself, a few times an interval, and takes each sample at the first check point
 * after it is due; a watchdog thread signals it only when it stops reading the clock
 * (native code). No thread wakes every interval. See "the self-timed sampler" below.
 *
 * Cooperative (LEAKSCOPE_SAMPLER=coop, the default before the self-timed one): a
 * sampler thread wakes every interval (a futex wait with a deadline, which prof_stop
 * cuts short) and asks the interpreter for a safepoint (mujs patch 0114): at its next
 * check point (a function's start, a jump, a call) the runtime's thread takes the
 * sample itself, its native stack starting at jsR_run. A request still unanswered at the next interval means the thread is elsewhere: waiting
 * in poll (the sampler thread counts an (idle) interval, recorded with the next
 * sample), or in native code or a collection (one SIGPROF, sent with tgkill, takes the
 * sample where the thread is and counts the intervals missed). A timer interrupt on
 * the runtime thread's CPU costs it ~42 us on the VMs this was built on
 * (bench/signal-floor.c: 4.5% at 1 kHz); the sampler thread takes it on another CPU,
 * and keeps off the runtime thread's (keep_off, below). The thread is created
 * SCHED_FIFO, not switched to it once running: with both CPUs busy (chromium beside
 * the tests), a new ordinary thread waited more than the 80 ms an inspector profile
 * lasted before it first ran, and the profile had no samples (4 runs in 55); without
 * that permission (root, or RLIMIT_RTPRIO > 0) it is an ordinary thread. While the
 * loop waits in poll it parks (park, below).
 *
 * Signal (the timer; LEAKSCOPE_SAMPLER=timer, or where no thread can be created): a
 * CLOCK_MONOTONIC POSIX timer aimed at the runtime's thread (SIGEV_THREAD_ID) raises
 * SIGPROF every interval. While the loop
 * blocks in poll, SIGPROF is blocked (UV_LOOP_BLOCK_SIGNAL, in every way): the timer
 * does not wake epoll a thousand times a second; the expirations missed meanwhile come
 * back as the first delivery's si_overrun, and the drain records that many samples.
 *
 * Handler rules: no allocation, no lock, no call that is not async-signal-safe apart
 * from unw_backtrace (libunwind's local unwinder, with its per-thread cache). Names are
 * not read here — only pointers are copied; they are resolved in prof__drain at a safe
 * point. A record shares its outermost frames with the previous record (a count, not a
 * copy), so a hot loop costs a few dozen bytes a sample. When the ring is more than
 * half full (JS running for long with no bus event), the handler asks mujs for a GC
 * check point (prof__request_safepoint), where the GC_BEGIN event drains it; the
 * safepoint hook drains it itself. The ring has one writer at a time: the hook marks
 * itself (coop.in_hook) and a signal arriving meanwhile leaves its sample to it.
 */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#define UNW_LOCAL_ONLY
#include <libunwind.h>

#include "internal.h"

static __thread prof *tls_prof __attribute__((tls_model("initial-exec")));
/* set while the handler is inside unw_backtrace: see sigprocmask below */
static __thread int tls_unwinding __attribute__((tls_model("initial-exec")));
static atomic_int handler_installed;

#define BARRIER() atomic_signal_fence(memory_order_seq_cst)

void prof__request_safepoint(prof *p)
{
	js_State *J = p->J;
	/* the interpreter's next check point collects (GC_BEGIN), even where the
	 * cooperative sampler's safepoint is served first (two stores: signal-safe) */
	if (!p->sig.in_gc)
		js_requestgc(J);
}

static int same_frame(const js_StackTrace *t, const prof__jsframe *f)
{
	return t->name == f->name && t->file == f->file && t->line == f->line &&
		t->fnline == f->fnline;
}

/* Room for size bytes at the ring's head, or NULL. Never fills the ring completely
 * (head == tail means empty). Sets *at to the offset the record goes to. */
static unsigned char *reserve(prof__ring *r, uint32_t size, uint32_t *at)
{
	uint32_t head = r->head, tail = r->tail;
	if (head >= tail) {
		uint32_t room = r->cap - head;
		if (room > size || (room == size && tail > 0)) {
			*at = head;
			return r->buf + head;
		}
		if (tail > size) {	/* wrap: mark the end, start at 0 */
			memset(r->buf + head, 0, sizeof(uint32_t));
			*at = 0;
			return r->buf;
		}
		return NULL;
	}
	if (tail - head > size) {
		*at = head;
		return r->buf + head;
	}
	return NULL;
}

/* libunwind (Debian's, built with CONFIG_BLOCK_SIGNALS) brackets every unwind-table
 * search and every allocation of its parse state with two sigprocmask calls, so that a
 * signal cannot enter it while it holds a lock. Each interrupted pc a sample has not
 * seen before is such a search: on a run of a few seconds that is most samples, 12 to
 * 14 system calls each (measured with perf stat's syscalls:sys_enter_rt_sigprocmask),
 * about half the sampler's cost. This definition, in the executable, comes before
 * libc's for every library's calls. Inside the handler's unw_backtrace the masking has
 * nothing to do: SIGPROF is blocked while its handler runs and no other handler uses
 * libunwind, so it returns at once (a full *old, so that a restore paired with a call
 * made outside would only ever block more). Everywhere else it is libc's. */
int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	int err;
	if (tls_unwinding) {
		if (old)
			sigfillset(old);
		return 0;
	}
	err = pthread_sigmask(how, set, old);
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

static uint32_t ring_used(const prof__ring *r)
{
	uint32_t head = r->head, tail = r->tail;
	return head >= tail ? head - tail : r->cap - tail + head;
}

/* One sample into the ring. pc: the innermost native frame (the interrupted pc, or for
 * a safepoint the address in jsR_run the hook was called from), 0 if unknown; overrun:
 * intervals missed before this one, recorded as copies of it. kind: TAKE_IDLE, an (idle)
 * sample in poll counted by the sampler thread, without stacks; TAKE_GC, a (garbage
 * collector) one counted in a collection, with the JS stack it began on. */
enum { TAKE_SAMPLE, TAKE_IDLE, TAKE_GC };
static void take_as(prof *p, uintptr_t pc, uint32_t overrun, int kind);

static void take(prof *p, uintptr_t pc, uint32_t overrun)
{
	take_as(p, pc, overrun, TAKE_SAMPLE);
}

static void take_as(prof *p, uintptr_t pc, uint32_t overrun, int kind)
{
	int idle = kind == TAKE_IDLE;
	js_State *J = p->J;
	prof__ring *r = &p->ring;
	int top = *(volatile int *)&J->tracetop;
	int first, njs, keep, nkeep, nnat = 0, i;
	uintptr_t raw[PROF__MAX_NATIVE + 8];
	uint32_t size, at;
	unsigned char *dst;
	prof__srec *rec;
	prof__jsframe *jf;
	uintptr_t *nf;
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	first = top - PROF__MAX_JS + 1 > 1 ? top - PROF__MAX_JS + 1 : 1;
	njs = top >= first && !idle ? top - first + 1 : 0;
	for (keep = 0; keep < njs && keep < p->h_njs; keep++)
		if (!same_frame(&J->trace[first + keep], &p->h_js[keep]))
			break;

	if (!p->o.no_native_stacks && kind == TAKE_SAMPLE) {
		int n, skip = -1;
		tls_unwinding = 1;
		n = unw_backtrace((void **)raw, PROF__MAX_NATIVE + 8);
		tls_unwinding = 0;
		/* drop the handler's (or the hook's) own frames: start at pc */
		for (i = 0; pc != 0 && i < n && i < 8; i++) {
			if (raw[i] == pc) {
				skip = i;
				break;
			}
		}
		if (skip < 0)
			skip = n > 2 ? 2 : n;
		nnat = n - skip;
		if (nnat > PROF__MAX_NATIVE)
			nnat = PROF__MAX_NATIVE;
		/* raw[skip] is the innermost; keep them outermost first */
		for (i = 0; i < nnat / 2; i++) {
			uintptr_t t = raw[skip + i];
			raw[skip + i] = raw[skip + nnat - 1 - i];
			raw[skip + nnat - 1 - i] = t;
		}
		memmove(raw, raw + skip, (size_t)nnat * sizeof *raw);
	}
	/* the previous innermost pc was a leaf (its frame is the exact pc, not pc - 1):
	 * never share it */
	for (nkeep = 0; nkeep < nnat && nkeep < p->h_nnat - 1; nkeep++)
		if (raw[nkeep] != p->h_nat[nkeep])
			break;

	size = sizeof *rec + (uint32_t)(njs - keep) * sizeof *jf +
		(uint32_t)(nnat - nkeep) * sizeof *nf;
	size = (size + 7) & ~7u;
	dst = reserve(r, size, &at);
	if (!dst) {
		p->lost++;
		p->h_njs = p->h_nnat = 0;	/* the next record stands alone */
		prof__request_safepoint(p);
		return;
	}
	rec = (prof__srec *)dst;
	rec->size = size;
	rec->js_keep = (uint16_t)keep;
	rec->js_new = (uint16_t)(njs - keep);
	rec->nat_keep = (uint16_t)nkeep;
	rec->nat_new = (uint16_t)(nnat - nkeep);
	rec->phase = (int8_t)(idle ? RT_PHASE_POLL : p->sig.phase);
	rec->cb_kind = (int8_t)(idle ? STORE_CB_NONE : p->sig.cb_kind);
	if (idle)
		rec->state = STORE_STATE_IDLE;
	else if (p->sig.in_gc || kind == TAKE_GC)
		rec->state = STORE_STATE_GC;
	else if (njs > 0)
		rec->state = STORE_STATE_RUNNING;
	else if (p->sig.idle)
		rec->state = STORE_STATE_IDLE;
	else
		rec->state = STORE_STATE_PROGRAM;
	rec->js_leaf_native = 0;
	rec->overrun = overrun;
	rec->cb_seq = p->sig.cb_seq;
	rec->t_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	jf = (prof__jsframe *)(rec + 1);
	for (i = keep; i < njs; i++, jf++) {
		const js_StackTrace *t = &J->trace[first + i];
		jf->name = t->name;
		jf->file = t->file;
		jf->line = t->line;
		jf->fnline = t->fnline;
		p->h_js[i] = *jf;
	}
	p->h_njs = njs;
	nf = (uintptr_t *)jf;
	for (i = nkeep; i < nnat; i++)
		*nf++ = p->h_nat[i] = raw[i];
	p->h_nnat = nnat;
	BARRIER();
	r->head = at + size == r->cap ? 0 : at + size;
	if (ring_used(r) > r->cap / 2 && !p->coop.in_hook)
		prof__request_safepoint(p);
}

static uintptr_t interrupted_pc(void *ucv)
{
#if defined(__x86_64__)
	return (uintptr_t)((ucontext_t *)ucv)->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
	return (uintptr_t)((ucontext_t *)ucv)->uc_mcontext.pc;
#else
	(void)ucv;
	return 0;
#endif
}

/* The (idle) intervals the sampler thread counted while the loop waited in poll, as
 * one record (before the sample that follows them). */
static void take_idle(prof *p)
{
	uint32_t n = atomic_exchange(&p->coop.idle, 0);
	if (n > 0)
		take_as(p, 0, n - 1, TAKE_IDLE);
}

/* At a collection's end (GC_END, on the runtime's thread, before in_gc clears): the
 * intervals the sampler thread counted inside it, as (garbage collector) samples of
 * the JS stack it began on, without a native stack (the collector's frames are gone). */
static void self_due(prof *p, uint64_t now, int kind, uintptr_t pc);

void prof__sampler_gc_end(prof *p, uint64_t now)
{
	uint32_t n;
	if (p->self.on) {
		atomic_store_explicit(&p->self.seen_ns, now, memory_order_relaxed);
		if (p->sig.armed && now >= p->self.next_ns)
			self_due(p, now, TAKE_GC, 0);
		return;
	}
	if (!p->coop.on || !p->sig.armed || (n = atomic_exchange(&p->coop.gc, 0)) == 0)
		return;
	p->coop.in_hook = 1;
	BARRIER();
	take_as(p, 0, n - 1, TAKE_GC);
	BARRIER();
	p->coop.in_hook = 0;
}

static void on_sigprof(int sig, siginfo_t *si, void *uc)
{
	int saved = errno;
	prof *p = tls_prof;
	uint32_t overrun = 0;
	(void)sig;
	if (p && p->sig.armed) {
		if (p->self.on) {
			/* the watchdog's: the runtime's thread stopped reading the clock (native
			 * code, or off its CPU); the sample is taken where it is. Never inside
			 * self_due, which is writing the ring: the thread takes it itself next. */
			atomic_store(&p->coop.signalled, 0);
			uint64_t now = prof__mono_ns();
			if (!p->coop.in_hook && now >= p->self.next_ns) {
				self_due(p, now, p->sig.idle ? TAKE_IDLE : TAKE_SAMPLE,
					interrupted_pc(uc));
				p->st.signal_takes++;
				/* long in native code: drained at the next check point's collection */
				if (ring_used(&p->ring) > p->ring.cap / 2)
					prof__request_safepoint(p);
			}
		} else if (p->coop.on) {
			/* the cooperative sampler's fallback: this sample answers the outstanding
			 * request and counts the intervals missed since (the hook, if it answered
			 * first, counted the request). Never inside the hook, which is writing the
			 * ring: it counts what is missed when it is done. */
			unsigned int asked = atomic_load(&p->coop.asked);
			atomic_store(&p->coop.signalled, 0);
			if (!p->coop.in_hook) {
				take_idle(p);
				overrun = atomic_exchange(&p->coop.missed, 0);
				if (atomic_load(&p->coop.answered) != asked) {
					take(p, interrupted_pc(uc), overrun);
					atomic_store(&p->coop.answered, asked);
					p->st.signal_takes++;
				} else if (overrun > 0) {
					take(p, interrupted_pc(uc), overrun - 1);
					p->st.signal_takes++;
				}
			}
		} else {
			if (si && si->si_code == SI_TIMER && si->si_overrun > 0)
				overrun = (uint32_t)si->si_overrun;
			take(p, interrupted_pc(uc), overrun);
			p->st.signal_takes++;
		}
	}
	errno = saved;
}

static void wake_parked(prof *p)
{
	if (atomic_exchange(&p->coop.parked, 0))
		syscall(SYS_futex, &p->coop.parked, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* On the runtime's thread, just after it cleared sig.idle (it left poll, or a callback
 * began in it): a sampler thread parked on the idle loop wakes. The fence pairs with
 * park()'s: either this sees parked set, or park() sees idle cleared. */
void prof__sampler_unpark(prof *p)
{
	if (!p->coop.on && !p->self.on)
		return;
	atomic_thread_fence(memory_order_seq_cst);
	if (atomic_load_explicit(&p->coop.parked, memory_order_relaxed))
		wake_parked(p);
}

/* ---- keeping the sampler thread off the runtime thread's CPU. A SCHED_FIFO thread
 * that wakes stays on the CPU it last ran on unless an RT task holds it (the kernel's
 * select_task_rq_rt), and it starts on its creator's: on the runtime thread's CPU it
 * preempts that thread every interval, ~43 us a wake-up on the VMs this was built on (the
 * runtime thread's non-voluntary context switches: ~1,000 a second that way, against a
 * few dozen once apart; LEAKSCOPE_PROF_STATS=1 prints them). So the runtime's thread
 * notes its CPU with each sample it takes (sched_getcpu: the vDSO, no system call), and
 * the sampler thread, woken on that CPU, moves itself to the others the runtime's
 * thread may use. On one CPU (or with the app pinned to one: taskset) it stays. */

static void note_cpu(prof *p)
{
	int c = sched_getcpu();
	atomic_store_explicit(&p->coop.rt_cpu, c, memory_order_relaxed);
}

/* The runtime thread's CPUs but `but`; how many that leaves. */
static int others(const prof *p, int but, cpu_set_t *set)
{
	*set = p->coop.allowed;
	CPU_CLR(but, set);
	return CPU_COUNT(set);
}

static void keep_off(prof *p)
{
	cpu_set_t set;
	int rt = atomic_load_explicit(&p->coop.rt_cpu, memory_order_relaxed);
	if (rt < 0 || sched_getcpu() != rt || !others(p, rt, &set))
		return;
	if (sched_setaffinity(0, sizeof set, &set) == 0)
		atomic_fetch_add_explicit(&p->coop.moves, 1, memory_order_relaxed);
}

/* On the runtime's thread, before the sampler thread starts: its CPUs and where it is. */
static void note_cpus(prof *p)
{
	if (sched_getaffinity(0, sizeof p->coop.allowed, &p->coop.allowed) != 0)
		CPU_ZERO(&p->coop.allowed);	/* unknown: the thread stays where it is */
	atomic_store(&p->coop.moves, 0);
	atomic_store(&p->coop.wakeups, 0);
	note_cpu(p);
}

/* The interpreter's safepoint (mujs patch 0114), asked for by the sampler thread: the
 * sample, taken by the runtime's thread itself at a check point, with its native stack
 * from jsR_run's frame out. A full ring drains here rather than at a forced collection. */
static void on_safepoint(js_State *J, void *data, void *pc)
{
	prof *p = data;
	unsigned int asked = atomic_load(&p->coop.asked);
	(void)J;
	/* answered already (by the fallback signal), or a stale flag: no sample */
	if (p->sig.armed && atomic_load(&p->coop.answered) != asked) {
		p->coop.in_hook = 1;
		BARRIER();
		take_idle(p);
		take(p, (uintptr_t)pc, atomic_exchange(&p->coop.missed, 0));
		note_cpu(p);
		atomic_store(&p->coop.answered, asked);
		p->st.safepoint_takes++;
		BARRIER();
		p->coop.in_hook = 0;
		/* JS runs again while the loop still says idle (an inspector message handled in
		 * poll): the thread must not sleep on */
		if (atomic_load(&p->coop.parked))
			wake_parked(p);
	}
	if (ring_used(&p->ring) > p->ring.cap / 2)
		prof__drain(p);
	/* a prof_interrupt() lowered gcthresh for this check point too, and this hook
	 * raised it again: the interrupt is answered here (as at GC_BEGIN) */
	prof__check_interrupt(p);
}

/* Counts n intervals in which the last request went unanswered, by where the runtime's
 * thread is: waiting in poll (before its first callback): (idle), recorded with its
 * next sample; in a collection: recorded at its end; anywhere else it is in native code
 * (or off its CPU), and one signal takes the sample there. */
static void unanswered(prof *p, uint32_t n)
{
	/* asked again: a collection ending as the request was stored can have raised the
	 * threshold over it (mujs patch 0114), and JS that does not allocate would then
	 * not reach the check point until the next due collection */
	js_requestsafepoint(p->J);
	if (p->sig.in_gc) {
		atomic_fetch_add(&p->coop.gc, n);
	} else if (p->sig.idle) {
		atomic_fetch_add(&p->coop.idle, n);
	} else {
		atomic_fetch_add(&p->coop.missed, n);
		if (!atomic_exchange(&p->coop.signalled, 1))
			syscall(SYS_tgkill, (pid_t)getpid(), p->tid, SIGPROF);
	}
}

/* The loop waits in poll and the last request is unanswered: instead of waking every
 * interval only to count another (idle) one (~43 us of CPU a wake-up on the VMs this
 * was built on: 4% of a CPU for an app that is mostly idle), the thread sleeps until
 * the loop leaves poll (prof__sampler_unpark), the request is answered (on_safepoint),
 * or the profiler stops, checking at least every PARK_CHECK_NS; the intervals that
 * passed count as (idle) ones. *next_ns is the last interval counted, and moves on. */
#define PARK_CHECK_NS 100000000u	/* 100 ms */
static struct timespec abs_time(uint64_t ns)
{
	struct timespec t;
	t.tv_sec = (time_t)(ns / 1000000000u);
	t.tv_nsec = (long)(ns % 1000000000u);
	return t;
}

/* The parked thread's wait, until prof__sampler_unpark (or wake_parked) clears parked
 * or the deadline passes: 1 when it timed out. A wake-up is counted. */
static int park_wait(prof *p, uint64_t deadline)
{
	struct timespec until = abs_time(deadline);
	int r = (int)syscall(SYS_futex, &p->coop.parked, FUTEX_WAIT_BITSET_PRIVATE, 1, &until,
		NULL, FUTEX_BITSET_MATCH_ANY);
	if (r == 0 || errno != EAGAIN)
		atomic_fetch_add_explicit(&p->coop.wakeups, 1, memory_order_relaxed);
	return r == -1 && errno == ETIMEDOUT;
}

/* The sampler thread's (or the watchdog's) sleep, until ns or until prof__sampler_stop
 * stores 1 in stop and wakes it (a clock_nanosleep made prof_stop wait out the
 * interval: up to a second with --sample-interval=1000000). 0: it is to stop. Else the
 * wake-up is counted, and the thread moves off the runtime thread's CPU if it is on
 * it (keep_off). */
static int sleep_until(prof *p, uint64_t ns)
{
	struct timespec next = abs_time(ns);
	while (syscall(SYS_futex, &p->coop.stop, FUTEX_WAIT_BITSET_PRIVATE, 0, &next, NULL,
		FUTEX_BITSET_MATCH_ANY) == -1 && errno == EINTR)
		;
	if (atomic_load(&p->coop.stop))
		return 0;
	atomic_fetch_add_explicit(&p->coop.wakeups, 1, memory_order_relaxed);
	keep_off(p);
	return 1;
}

/* A sampler thread's first step: SIGPROF (and every other signal) is for the
 * runtime's thread. */
static void block_signals(void)
{
	sigset_t all;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, NULL);
}

static void park(prof *p, uint64_t *next_ns, uint64_t interval_ns)
{
	uint64_t now_ns, deadline = prof__mono_ns() + PARK_CHECK_NS, n;
	atomic_store(&p->coop.parked, 1);
	atomic_thread_fence(memory_order_seq_cst);
	while (p->sig.idle && atomic_load(&p->coop.parked) && !atomic_load(&p->coop.stop) &&
	       atomic_load(&p->coop.answered) != atomic_load(&p->coop.asked)) {
		if (park_wait(p, deadline)) {
			deadline += PARK_CHECK_NS;
			js_requestsafepoint(p->J);	/* as unanswered() does */
		}
	}
	atomic_store(&p->coop.parked, 0);
	now_ns = prof__mono_ns();
	if (now_ns >= *next_ns + interval_ns) {
		n = (now_ns - *next_ns) / interval_ns;
		atomic_fetch_add(&p->coop.idle, (uint32_t)n);
		*next_ns += n * interval_ns;
	}
}

/* The sampler thread: every interval, a safepoint request if the last one was
 * answered, else the interval is counted where the runtime's thread is (unanswered),
 * and while that is the idle loop the thread parks. */
static void *sampler_main(void *arg)
{
	prof *p = arg;
	uint64_t interval_ns = (uint64_t)p->interval_us * 1000, next_ns, now_ns;
	uint32_t ticks;
	block_signals();
	next_ns = prof__mono_ns();
	while (!atomic_load(&p->coop.stop)) {
		next_ns += interval_ns;
		if (!sleep_until(p, next_ns))
			break;
		/* woken late (the machine busy): the intervals that passed meanwhile count */
		now_ns = prof__mono_ns();
		ticks = 1 + (uint32_t)(now_ns > next_ns ? (now_ns - next_ns) / interval_ns : 0);
		next_ns += (uint64_t)(ticks - 1) * interval_ns;
		if (atomic_load(&p->coop.answered) == atomic_load(&p->coop.asked)) {
			/* the later ones, if any, go with the sample this request brings */
			if (ticks > 1)
				atomic_fetch_add(&p->coop.missed, ticks - 1);
			atomic_fetch_add(&p->coop.asked, 1);
			js_requestsafepoint(p->J);
		} else {
			unanswered(p, ticks);
			if (p->sig.idle && !p->sig.in_gc)
				park(p, &next_ns, interval_ns);
		}
	}
	return NULL;
}

/* ---- the self-timed sampler (the default). The cooperative one's thread woke every
 * interval, ~40 us of the other CPU each time on the VMs this was built on: 4% of a CPU
 * at 1 kHz, which an app that keeps both CPUs busy (the loop, and libuv's thread pool)
 * pays in run time (bench/record.sh's io script: 1.07-1.11 against 1.03 this way). Here
 * the runtime's thread keeps the time itself. The interpreter counts its check points
 * down (mujs patch 0123: a function's start, a jump, a call) and calls on_tick when the
 * count runs out; on_tick reads the clock, takes the sample if one is due, and sets the
 * next count from the rate the thread passes check points, aiming at half the time
 * left before the next sample (never more than an eighth of an interval): ten to
 * twenty clock reads a sample, and the sample lands within a few check points of its
 * time. A C function has no check point inside, and counted check points alone put
 * the samples due in a long one (a JSON.stringify) in the JS after it: its return
 * compares the CPU's time-stamp counter (js_tickclock, ~12 ns) with the next sample's
 * time in its units (tc_per_ns, measured as the run goes) and calls on_tick from
 * there, with its frame still on the trace stack. Loop events and collections
 * read the clock anyway and take a due sample there (prof__sampler_self_check): the
 * intervals spent waiting in poll become (idle) samples when the loop leaves it, those
 * in a collection (garbage collector) ones at its end. A watchdog thread wakes every
 * WATCH_INTERVALS intervals (parked while the loop waits in poll); if the runtime's
 * thread has not read the clock for STALE_INTERVALS (native code, a system call), it
 * sends SIGPROF every interval until it does, and each signal takes the sample where
 * the thread is, with its native stack. A sample taken at a check point a quarter
 * interval late or more (self.late: the thread was off its CPU) makes the watchdog
 * watch closely for the next CLOSE_INTERVALS: it wakes every interval and signals a
 * thread that has not read the clock for a quarter of one (on a machine kept busy,
 * the thread is preempted every few intervals, and the watch stays on; a quiet one
 * costs none). Else the samples due while the
 * thread was preempted in JS waited for its next clock read, often the return of the
 * C function it called next, and went there (tests/record/record-cpu-native-share.sh:
 * 3-7% of the samples in a process.hrtime called after a JS loop, on a busy machine);
 * the signal is delivered where the thread is when it runs again. */
#define WATCH_INTERVALS 10
#define STALE_INTERVALS 2
#define CLOSE_INTERVALS 100	/* the close watch after a late sample */
#define TICKS_MAX (1 << 24)

/* The samples due by now, on the runtime's thread (or in its signal handler, not
 * inside this function): one record, and the intervals past since as its overrun. */
static void self_due(prof *p, uint64_t now, int kind, uintptr_t pc)
{
	uint64_t iv = (uint64_t)p->interval_us * 1000, n = (now - p->self.next_ns) / iv;
	/* late where it should not be (not a collection's or a wait's, counted at their
	 * end): the thread was preempted; the watchdog watches closely a while */
	if (kind == TAKE_SAMPLE && now - p->self.next_ns >= iv / 4)
		atomic_fetch_add_explicit(&p->self.late, 1, memory_order_relaxed);
	p->coop.in_hook = 1;
	BARRIER();
	p->self.next_ns += (n + 1) * iv;
	take_as(p, pc, n > UINT32_MAX ? UINT32_MAX : (uint32_t)n, kind);
	BARRIER();
	p->coop.in_hook = 0;
	note_cpu(p);
}

/* The next tick count: used ticks passed since the last count was set, then half the
 * time left to the next sample at the rate they passed over the last one to two
 * intervals, never more than an eighth of an interval. The rate is an average over
 * time, the time in C functions and waits included, not the rate of the last short
 * stretch: a JS loop between two C calls counts its check points fast, and at its
 * rate the count ran on past the loop's end, past the sample's time, and the sample
 * went to the C function after the loop (7% of the samples of
 * tests/record/native-share.js in a process.hrtime the timer sampler gave 0.5%). The
 * clocks are read here, after any sample just taken: its unwinding took time (~50 us
 * in the sanitizer build), and a deadline set from the time before it came that much
 * late, so that the samples due just before a C function returned went to the JS
 * after it. */
static void self_retime(prof *p, uint64_t used)
{
	uint64_t iv = (uint64_t)p->interval_us * 1000, now = prof__mono_ns();
	unsigned long long tc = js_tickclock();
	uint64_t dt = now - p->self.k_ns, aim;
	uint64_t left = p->self.next_ns > now ? p->self.next_ns - now : 0;
	double k;
	/* a C function's return reads js_tickclock(): the next sample's time in its units,
	 * at the rate measured since the sampler started (from its first 200 us on) */
	if (now - p->self.c0_ns >= 200000)
		p->self.tc_per_ns = (double)(tc - p->self.c0_tc) / (double)(now - p->self.c0_ns);
	js_settickdeadline(p->J, p->self.tc_per_ns > 0 ?
		tc + (unsigned long long)(p->self.tc_per_ns * (double)left) : 0);
	p->self.win_ticks += used;
	p->self.win_ns += dt;
	if (p->self.win_ns >= iv) {
		p->self.prev_ticks = p->self.win_ticks;
		p->self.prev_ns = p->self.win_ns;
		p->self.win_ticks = p->self.win_ns = 0;
	}
	aim = left / 2 < iv / 8 ? left / 2 : iv / 8;
	dt = p->self.prev_ns + p->self.win_ns;
	k = dt > 0 ? (double)(p->self.prev_ticks + p->self.win_ticks) * (double)aim / (double)dt : 64;
	p->self.k = k < 1 ? 1 : k > TICKS_MAX ? TICKS_MAX : (int)k;
	p->self.k_ns = now;
	js_setticks(p->J, p->self.k);
	atomic_store_explicit(&p->self.seen_ns, now, memory_order_relaxed);
}

/* The check points passed since the count was set: all of it and one when it ran out
 * (mujs then sets INT_MAX), else what the interpreter has not counted down. */
static uint64_t ticks_used(const prof *p)
{
	int left = p->J->ticks;
	if (left == INT_MAX)
		return (uint64_t)p->self.k + 1;
	return left >= 0 && left <= p->self.k ? (uint64_t)(p->self.k - left) : 0;
}

/* mujs's tick hook (patch 0123): the count ran out at a check point (jsR_run) or a C
 * function's return (js_call), pc the address there. */
static void on_tick(js_State *J, void *data, void *pc)
{
	prof *p = data;
	uint64_t now = prof__mono_ns();
	if (!p->sig.armed) {
		js_settickdeadline(J, 0);	/* stopping: no more calls from C returns */
		return;
	}
	p->st.tick_hooks++;
	if (now >= p->self.next_ns) {
		self_due(p, now, TAKE_SAMPLE, (uintptr_t)pc);
		p->st.safepoint_takes++;
	}
	self_retime(p, ticks_used(p));
	if (ring_used(&p->ring) > p->ring.cap / 2)
		prof__drain(p);
}

/* A bus event's clock read (a loop event, a collection's start), on the runtime's
 * thread, before the event changes the tags: a sample due is taken here, an (idle) one
 * when the loop was waiting in poll. */
void prof__sampler_self_check(prof *p, uint64_t now)
{
	if (!p->self.on)
		return;
	atomic_store_explicit(&p->self.seen_ns, now, memory_order_relaxed);
	if (now < p->self.next_ns || !p->sig.armed)
		return;
	self_due(p, now, p->sig.idle ? TAKE_IDLE : TAKE_SAMPLE, 0);
	p->st.safepoint_takes++;
	self_retime(p, ticks_used(p));
}

/* The watchdog parks while the loop waits in poll, until prof__sampler_unpark, the
 * profiler's stop, or PARK_CHECK_NS. */
static void self_park(prof *p)
{
	atomic_store(&p->coop.parked, 1);
	atomic_thread_fence(memory_order_seq_cst);
	if (p->sig.idle && !atomic_load(&p->coop.stop))
		park_wait(p, prof__mono_ns() + PARK_CHECK_NS);
	atomic_store(&p->coop.parked, 0);
}

static void *watchdog_main(void *arg)
{
	prof *p = arg;
	uint64_t iv = (uint64_t)p->interval_us * 1000, next_ns, now_ns, seen, close_until = 0;
	unsigned int late, late_seen = 0;
	int dense = 0, stale;
	block_signals();
	next_ns = prof__mono_ns();
	while (!atomic_load(&p->coop.stop)) {
		next_ns += dense ? iv : iv * WATCH_INTERVALS;
		if (!sleep_until(p, next_ns))
			break;
		now_ns = prof__mono_ns();
		if (next_ns < now_ns)
			next_ns = now_ns;	/* woken late: no catching up */
		if (p->sig.idle && !p->sig.in_gc) {
			self_park(p);
			dense = 0;
			next_ns = prof__mono_ns();
			continue;
		}
		late = atomic_load_explicit(&p->self.late, memory_order_relaxed);
		if (late != late_seen) {
			late_seen = late;
			close_until = now_ns + CLOSE_INTERVALS * iv;
		}
		seen = atomic_load_explicit(&p->self.seen_ns, memory_order_relaxed);
		stale = !p->sig.in_gc && now_ns > seen +
			(now_ns < close_until ? iv / 4 : STALE_INTERVALS * iv);
		if (stale && !atomic_exchange(&p->coop.signalled, 1))
			syscall(SYS_tgkill, (pid_t)getpid(), p->tid, SIGPROF);
		dense = stale || now_ns < close_until;
	}
	return NULL;
}

static int install_handler(void)
{
	struct sigaction sa;
	int expect = 0;
	if (!atomic_compare_exchange_strong(&handler_installed, &expect, 1))
		return 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sigprof;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGPROF, &sa, NULL)) {
		atomic_store(&handler_installed, 0);
		return -errno;
	}
	/* The handler stays installed for the life of the process: a SIGPROF still
	 * pending after a timer is deleted must not kill it (SIGPROF's default). */
	return 0;
}

/* The sampler thread, created SCHED_FIFO (it sleeps but for a few microseconds an
 * interval, and must wake on time when every CPU is busy), or with rt_only = 0 as an
 * ordinary thread when that is not allowed. 0, or a negative errno code. */
static int create_sampler_thread(prof *p, int rt_only, void *(*main_fn)(void *))
{
	pthread_attr_t a;
	struct sched_param sp;
	int err;
	memset(&sp, 0, sizeof sp);
	sp.sched_priority = 1;
	if (pthread_attr_init(&a))
		return -ENOMEM;
	pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED);
	pthread_attr_setschedpolicy(&a, SCHED_FIFO);
	pthread_attr_setschedparam(&a, &sp);
	{
		/* not even its first run on the runtime thread's CPU */
		cpu_set_t set;
		int rt = atomic_load(&p->coop.rt_cpu);
		if (rt >= 0 && others(p, rt, &set))
			pthread_attr_setaffinity_np(&a, sizeof set, &set);
	}
	err = pthread_create(&p->coop.thread, &a, main_fn, p);
	pthread_attr_destroy(&a);
	if (err == EPERM && !rt_only)
		err = pthread_create(&p->coop.thread, NULL, main_fn, p);
	return -err;
}

/* The cooperative sampler: a timer interrupt on the runtime thread's CPU costs that
 * thread ~42 us on the VMs this was measured on (bench/signal-floor.c), 4.5% at 1 kHz;
 * the sampler thread takes that interrupt on its own CPU, and the runtime's thread is
 * interrupted only in the intervals it spends away from the interpreter. rt_only: only
 * with a SCHED_FIFO thread (-EPERM otherwise, and the caller uses the timer). */
static int start_cooperative(prof *p, int rt_only)
{
	int err;
	atomic_store(&p->coop.stop, 0);
	atomic_store(&p->coop.asked, 0);
	atomic_store(&p->coop.answered, 0);
	atomic_store(&p->coop.missed, 0);
	atomic_store(&p->coop.idle, 0);
	atomic_store(&p->coop.gc, 0);
	atomic_store(&p->coop.signalled, 0);
	atomic_store(&p->coop.parked, 0);
	note_cpus(p);
	js_setsafepointhook(p->J, on_safepoint, p);
	p->coop.on = 1;
	p->sig.armed = 1;
	err = create_sampler_thread(p, rt_only, sampler_main);
	if (err) {
		p->sig.armed = 0;
		p->coop.on = 0;
		js_setsafepointhook(p->J, NULL, NULL);
		return err;
	}
	p->st.mode = PROF_SAMPLER_COOP;
	return 0;
}

/* Ends the sampler thread (or the watchdog): wherever it sleeps, it wakes and sees stop. */
static void stop_thread(prof *p)
{
	atomic_store(&p->coop.stop, 1);
	syscall(SYS_futex, &p->coop.stop, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	wake_parked(p);
	pthread_join(p->coop.thread, NULL);
}

/* The self-timed sampler. Its watchdog is SCHED_FIFO where allowed (to signal on time
 * when every CPU is busy), an ordinary thread otherwise. */
static int start_self(prof *p)
{
	int err;
	atomic_store(&p->coop.stop, 0);
	atomic_store(&p->coop.signalled, 0);
	atomic_store(&p->coop.parked, 0);
	note_cpus(p);
	p->self.k_ns = prof__mono_ns();
	p->self.next_ns = p->self.k_ns + (uint64_t)p->interval_us * 1000;
	p->self.win_ticks = p->self.win_ns = p->self.prev_ticks = p->self.prev_ns = 0;
	p->self.k = 64;
	atomic_store(&p->self.late, 0);
	p->self.c0_ns = p->self.k_ns;
	p->self.c0_tc = js_tickclock();
	p->self.tc_per_ns = 0;
	atomic_store(&p->self.seen_ns, p->self.k_ns);
	js_settickhook(p->J, on_tick, p);
	js_setticks(p->J, p->self.k);
	p->self.on = 1;
	p->sig.armed = 1;
	err = create_sampler_thread(p, 0, watchdog_main);
	if (err) {
		p->sig.armed = 0;
		p->self.on = 0;
		js_settickhook(p->J, NULL, NULL);
		return err;
	}
	p->st.mode = PROF_SAMPLER_SELF;
	return 0;
}

int prof__sampler_start(prof *p)
{
	struct sigevent sev;
	struct itimerspec its;
	sigset_t set;
	void *warm[4];
	const char *mode;
	int err;

	p->ring.cap = PROF__RING_BYTES;
	p->ring.buf = malloc(p->ring.cap);
	if (!p->ring.buf)
		return -ENOMEM;
	p->ring.head = p->ring.tail = 0;
	if (!p->o.no_native_stacks) {
		unw_set_caching_policy(unw_local_addr_space, UNW_CACHE_PER_THREAD);
		unw_backtrace(warm, 4);	/* libunwind's lazy set-up, outside the handler */
	}
	err = install_handler();
	if (err)
		return err;
	tls_prof = p;
	p->tid = (pid_t)syscall(SYS_gettid);
	/* both ways: SIGPROF must not wake the loop's epoll_wait, and reaches this thread
	 * everywhere else (nothing is taken before armed) */
	uv_loop_configure(p->loop, UV_LOOP_BLOCK_SIGNAL, SIGPROF);
	sigemptyset(&set);
	sigaddset(&set, SIGPROF);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	mode = getenv("LEAKSCOPE_SAMPLER");
	if (mode && !strcmp(mode, "coop")) {
		err = start_cooperative(p, 0);
		if (err)
			tls_prof = NULL;
		return err;
	}
	/* the default; without a watchdog thread, the timer */
	if ((!mode || strcmp(mode, "timer") != 0) && start_self(p) == 0)
		return 0;
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_signo = SIGPROF;
	sev._sigev_un._tid = p->tid;
	if (timer_create(CLOCK_MONOTONIC, &sev, &p->timer)) {
		err = -errno;
		tls_prof = NULL;
		return err;
	}
	p->has_timer = 1;
	p->sig.armed = 1;
	its.it_interval.tv_sec = p->interval_us / 1000000;
	its.it_interval.tv_nsec = (p->interval_us % 1000000) * 1000;
	its.it_value = its.it_interval;
	if (timer_settime(p->timer, 0, &its, NULL)) {
		err = -errno;
		prof__sampler_stop(p);
		return err;
	}
	return 0;
}

void prof__sampler_stop(prof *p)
{
	p->sig.armed = 0;
	BARRIER();
	if (p->self.on) {
		stop_thread(p);
		js_settickhook(p->J, NULL, NULL);
		p->self.on = 0;
	}
	if (p->coop.on) {
		stop_thread(p);
		js_setsafepointhook(p->J, NULL, NULL);
		p->coop.on = 0;
		take_idle(p);	/* what the thread counted last (prof_stop drains next) */
	}
	if (p->has_timer) {
		timer_delete(p->timer);
		p->has_timer = 0;
	}
	if (tls_prof == p)
		tls_prof = NULL;
}
