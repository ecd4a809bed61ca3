/* sampler.c — the CPU sampler: a CLOCK_MONOTONIC POSIX timer aimed at the runtime's
 * thread (SIGEV_THREAD_ID) raises SIGPROF every interval; the handler copies mujs's
 * trace stack (name/file pointers and lines), the native pcs (unw_backtrace) and the
 * profiler's phase/callback/state into the ring, and nothing else.
 *
 * Handler rules: no allocation, no lock, no call that is not async-signal-safe apart
 * from unw_backtrace (libunwind's local unwinder, with its per-thread cache). Names are
 * not read here — only pointers are copied; they are resolved in prof__drain at a safe
 * point. A record shares its outermost frames with the previous record (a count, not a
 * copy), so a hot loop costs a few dozen bytes a sample. When the ring is more than
 * half full (JS running for long with no bus event), the handler asks mujs for a GC
 * check point (prof__request_safepoint), where the GC_BEGIN event drains it.
 *
 * While the loop blocks in poll, SIGPROF is blocked (UV_LOOP_BLOCK_SIGNAL): the timer
 * does not wake epoll a thousand times a second. The expirations missed meanwhile come
 * back as the first delivery's si_overrun, and the drain records that many idle samples.
 */
#include <errno.h>
#include <pthread.h>
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
	/* js_gc rewrites gcthresh at its end; outside a collection nobody else writes it,
	 * so this store makes the interpreter's next check point collect (GC_BEGIN). */
	if (!p->sig.in_gc)
		*(volatile unsigned int *)&J->gcthresh = 0;
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

static void take(prof *p, const siginfo_t *si, void *ucv)
{
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
	njs = top >= first ? top - first + 1 : 0;
	for (keep = 0; keep < njs && keep < p->h_njs; keep++)
		if (!same_frame(&J->trace[first + keep], &p->h_js[keep]))
			break;

	if (!p->o.no_native_stacks) {
		int n, skip = -1;
		tls_unwinding = 1;
		n = unw_backtrace((void **)raw, PROF__MAX_NATIVE + 8);
		tls_unwinding = 0;
#if defined(__x86_64__)
		uintptr_t pc = (uintptr_t)((ucontext_t *)ucv)->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
		uintptr_t pc = (uintptr_t)((ucontext_t *)ucv)->uc_mcontext.pc;
#else
		uintptr_t pc = 0;
#endif
		/* drop the handler's own frames: start at the interrupted pc */
		for (i = 0; i < n && i < 8; i++) {
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
	rec->phase = (int8_t)p->sig.phase;
	rec->cb_kind = (int8_t)p->sig.cb_kind;
	if (p->sig.in_gc)
		rec->state = STORE_STATE_GC;
	else if (njs > 0)
		rec->state = STORE_STATE_RUNNING;
	else if (p->sig.idle)
		rec->state = STORE_STATE_IDLE;
	else
		rec->state = STORE_STATE_PROGRAM;
	rec->js_leaf_native = 0;
	rec->overrun = si && si->si_code == SI_TIMER && si->si_overrun > 0 ?
		(uint32_t)si->si_overrun : 0;
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
	if (ring_used(r) > r->cap / 2)
		prof__request_safepoint(p);
}

static void on_sigprof(int sig, siginfo_t *si, void *uc)
{
	int saved = errno;
	prof *p = tls_prof;
	if (p && p->sig.armed)
		take(p, si, uc);
	errno = saved;
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

int prof__sampler_start(prof *p)
{
	struct sigevent sev;
	struct itimerspec its;
	sigset_t set;
	void *warm[4];
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
	/* SIGPROF must not wake the loop's epoll_wait */
	uv_loop_configure(p->loop, UV_LOOP_BLOCK_SIGNAL, SIGPROF);
	sigemptyset(&set);
	sigaddset(&set, SIGPROF);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
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
	if (p->has_timer) {
		timer_delete(p->timer);
		p->has_timer = 0;
	}
	if (tls_prof == p)
		tls_prof = NULL;
}
