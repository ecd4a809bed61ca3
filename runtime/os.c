/* os.c — what the os module asks of the system, on libuv: binding.os.
 *
 * The functions mirror Node's internalBinding('os') closely enough that runtime/lib/os.js
 * can follow Node's lib/os.js: getCPUs and getInterfaceAddresses return flat arrays (7
 * values per CPU or per address), getOSInformation returns [sysname, version, release,
 * machine]; getRusage, for process.cpuUsage/resourceUsage, a flat array too. A libuv failure is thrown as an Error with code/errno/syscall (rt__throw_uv);
 * os.js turns it into Node's ERR_SYSTEM_ERROR. Nothing here keeps state but the
 * getaddrinfo requests (dns.lookup) in flight, each holding its callback in a slot.
 */
#include "internal.h"

#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void f_getHostname(js_State *J)
{
	char buf[UV_MAXHOSTNAMESIZE];
	size_t n = sizeof buf;
	int r = uv_os_gethostname(buf, &n);
	if (r)
		rt__throw_uv(J, r, "uv_os_gethostname", NULL);
	js_pushstring(J, buf);
}

static void f_getOSInformation(js_State *J)
{
	uv_utsname_t u;
	int r = uv_os_uname(&u);
	if (r)
		rt__throw_uv(J, r, "uv_os_uname", NULL);
	js_newarray(J);
	js_pushstring(J, u.sysname);
	js_setindex(J, -2, 0);
	js_pushstring(J, u.version);
	js_setindex(J, -2, 1);
	js_pushstring(J, u.release);
	js_setindex(J, -2, 2);
	js_pushstring(J, u.machine);
	js_setindex(J, -2, 3);
}

/* Pushes [model, speed, user, nice, sys, idle, irq, ...]: times in milliseconds. */
static void push_cpus(js_State *J, const uv_cpu_info_t *cpus, int count)
{
	int i, k = 0;
	js_newarray(J);
	for (i = 0; i < count; i++) {
		const uv_cpu_info_t *c = &cpus[i];
		js_pushstring(J, c->model ? c->model : "unknown");
		js_setindex(J, -2, k++);
		js_pushnumber(J, c->speed);
		js_setindex(J, -2, k++);
		js_pushnumber(J, (double)c->cpu_times.user);
		js_setindex(J, -2, k++);
		js_pushnumber(J, (double)c->cpu_times.nice);
		js_setindex(J, -2, k++);
		js_pushnumber(J, (double)c->cpu_times.sys);
		js_setindex(J, -2, k++);
		js_pushnumber(J, (double)c->cpu_times.idle);
		js_setindex(J, -2, k++);
		js_pushnumber(J, (double)c->cpu_times.irq);
		js_setindex(J, -2, k++);
	}
}

static void f_getCPUs(js_State *J)
{
	uv_cpu_info_t *cpus;
	int count;
	int r = uv_cpu_info(&cpus, &count);
	if (r)
		rt__throw_uv(J, r, "uv_cpu_info", NULL);
	if (js_try(J)) {
		uv_free_cpu_info(cpus, count);
		js_throw(J);
	}
	push_cpus(J, cpus, count);
	js_endtry(J);
	uv_free_cpu_info(cpus, count);
}

static void f_getTotalMem(js_State *J)
{
	js_pushnumber(J, (double)uv_get_total_memory());
}

static void f_getFreeMem(js_State *J)
{
	js_pushnumber(J, (double)uv_get_free_memory());
}

static void f_getUptime(js_State *J)
{
	double t;
	int r = uv_uptime(&t);
	if (r)
		rt__throw_uv(J, r, "uv_uptime", NULL);
	js_pushnumber(J, t);
}

static void f_getLoadAvg(js_State *J)
{
	double avg[3];
	int i;
	uv_loadavg(avg);
	js_newarray(J);
	for (i = 0; i < 3; i++) {
		js_pushnumber(J, avg[i]);
		js_setindex(J, -2, i);
	}
}

/* uv_os_homedir: $HOME, else the passwd entry. */
static void f_getHomeDirectory(js_State *J)
{
	char buf[4096];
	size_t n = sizeof buf;
	int r = uv_os_homedir(buf, &n);
	if (r)
		rt__throw_uv(J, r, "uv_os_homedir", NULL);
	js_pushstring(J, buf);
}

/* Pushes {uid, gid, username, homedir, shell}: shell is null when the entry has none. */
static void push_passwd(js_State *J, const uv_passwd_t *pw)
{
	js_newobject(J);
	rt__setnum(J, "uid", (double)pw->uid);
	rt__setnum(J, "gid", (double)pw->gid);
	rt__setstr(J, "username", pw->username);
	rt__setstr(J, "homedir", pw->homedir);
	rt__setstr(J, "shell", pw->shell);
}

static void f_getUserInfo(js_State *J)
{
	uv_passwd_t pw;
	int r = uv_os_get_passwd(&pw);
	if (r)
		rt__throw_uv(J, r, "uv_os_get_passwd", NULL);
	if (js_try(J)) {
		uv_os_free_passwd(&pw);
		js_throw(J);
	}
	push_passwd(J, &pw);
	js_endtry(J);
	uv_os_free_passwd(&pw);
}

/* Pushes [name, address, netmask, family, mac, internal, scopeid, ...], 7 values per
 * address, scopeid -1 for IPv4, as Node's binding returns them. */
static void push_addresses(js_State *J, const uv_interface_address_t *ifs, int count)
{
	int i, k = 0;
	js_newarray(J);
	for (i = 0; i < count; i++) {
		const uv_interface_address_t *a = &ifs[i];
		const unsigned char *p = (const unsigned char *)a->phys_addr;
		char ip[64] = "", mask[64] = "", mac[18];
		const char *family;
		double scopeid = -1;
		snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x",
			p[0], p[1], p[2], p[3], p[4], p[5]);
		if (a->address.address4.sin_family == AF_INET) {
			uv_ip4_name(&a->address.address4, ip, sizeof ip);
			uv_ip4_name(&a->netmask.netmask4, mask, sizeof mask);
			family = "IPv4";
		} else if (a->address.address4.sin_family == AF_INET6) {
			uv_ip6_name(&a->address.address6, ip, sizeof ip);
			uv_ip6_name(&a->netmask.netmask6, mask, sizeof mask);
			family = "IPv6";
			scopeid = a->address.address6.sin6_scope_id;
		} else {
			snprintf(ip, sizeof ip, "%s", "<unknown sa family>");
			family = "unknown";
		}
		js_pushstring(J, a->name);
		js_setindex(J, -2, k++);
		js_pushstring(J, ip);
		js_setindex(J, -2, k++);
		js_pushstring(J, mask);
		js_setindex(J, -2, k++);
		js_pushstring(J, family);
		js_setindex(J, -2, k++);
		js_pushstring(J, mac);
		js_setindex(J, -2, k++);
		js_pushboolean(J, a->is_internal);
		js_setindex(J, -2, k++);
		js_pushnumber(J, scopeid);
		js_setindex(J, -2, k++);
	}
}

/* Every address of every interface libuv reports; ENOSYS gives an empty list. */
static void f_getInterfaceAddresses(js_State *J)
{
	uv_interface_address_t *ifs;
	int count;
	int r = uv_interface_addresses(&ifs, &count);
	if (r == UV_ENOSYS) {
		js_newarray(J);
		return;
	}
	if (r)
		rt__throw_uv(J, r, "uv_interface_addresses", NULL);
	if (js_try(J)) {
		uv_free_interface_addresses(ifs, count);
		js_throw(J);
	}
	push_addresses(J, ifs, count);
	js_endtry(J);
	uv_free_interface_addresses(ifs, count);
}

static void f_getAvailableParallelism(js_State *J)
{
	js_pushnumber(J, uv_available_parallelism());
}

/* getPriority(pid); os.js has validated pid as an int32. */
static void f_getPriority(js_State *J)
{
	int prio;
	int r = uv_os_getpriority(js_tointeger(J, 1), &prio);
	if (r)
		rt__throw_uv(J, r, "uv_os_getpriority", NULL);
	js_pushnumber(J, prio);
}

static void f_setPriority(js_State *J)
{
	int r = uv_os_setpriority(js_tointeger(J, 1), js_tointeger(J, 2));
	if (r)
		rt__throw_uv(J, r, "uv_os_setpriority", NULL);
	js_pushundefined(J);
}

typedef struct os_const { const char *name; int value; } os_const;

#define C(x) { #x, x }
/* Node's order (src/node_constants.cc) for Linux; the numbers are this system's. */
static const os_const signals[] = {
	C(SIGHUP), C(SIGINT), C(SIGQUIT), C(SIGILL), C(SIGTRAP), C(SIGABRT),
#ifdef SIGIOT
	C(SIGIOT),
#endif
	C(SIGBUS), C(SIGFPE), C(SIGKILL), C(SIGUSR1), C(SIGSEGV), C(SIGUSR2),
	C(SIGPIPE), C(SIGALRM), C(SIGTERM), C(SIGCHLD),
#ifdef SIGSTKFLT
	C(SIGSTKFLT),
#endif
	C(SIGCONT), C(SIGSTOP), C(SIGTSTP), C(SIGTTIN), C(SIGTTOU), C(SIGURG),
	C(SIGXCPU), C(SIGXFSZ), C(SIGVTALRM), C(SIGPROF), C(SIGWINCH),
#ifdef SIGIO
	C(SIGIO),
#endif
#ifdef SIGPOLL
	C(SIGPOLL),
#endif
#ifdef SIGPWR
	C(SIGPWR),
#endif
	C(SIGSYS),
};

static const os_const errnos[] = {
	C(E2BIG), C(EACCES), C(EADDRINUSE), C(EADDRNOTAVAIL), C(EAFNOSUPPORT), C(EAGAIN),
	C(EALREADY), C(EBADF), C(EBADMSG), C(EBUSY), C(ECANCELED), C(ECHILD),
	C(ECONNABORTED), C(ECONNREFUSED), C(ECONNRESET), C(EDEADLK), C(EDESTADDRREQ),
	C(EDOM), C(EDQUOT), C(EEXIST), C(EFAULT), C(EFBIG), C(EHOSTUNREACH), C(EIDRM),
	C(EILSEQ), C(EINPROGRESS), C(EINTR), C(EINVAL), C(EIO), C(EISCONN), C(EISDIR),
	C(ELOOP), C(EMFILE), C(EMLINK), C(EMSGSIZE), C(EMULTIHOP), C(ENAMETOOLONG),
	C(ENETDOWN), C(ENETRESET), C(ENETUNREACH), C(ENFILE), C(ENOBUFS), C(ENODATA),
	C(ENODEV), C(ENOENT), C(ENOEXEC), C(ENOLCK), C(ENOLINK), C(ENOMEM), C(ENOMSG),
	C(ENOPROTOOPT), C(ENOSPC), C(ENOSR), C(ENOSTR), C(ENOSYS), C(ENOTCONN),
	C(ENOTDIR), C(ENOTEMPTY), C(ENOTSOCK), C(ENOTSUP), C(ENOTTY), C(ENXIO),
	C(EOPNOTSUPP), C(EOVERFLOW), C(EPERM), C(EPIPE), C(EPROTO), C(EPROTONOSUPPORT),
	C(EPROTOTYPE), C(ERANGE), C(EROFS), C(ESPIPE), C(ESRCH), C(ESTALE), C(ETIME),
	C(ETIMEDOUT), C(ETXTBSY), C(EWOULDBLOCK), C(EXDEV),
};

static const os_const priorities[] = {
	{ "PRIORITY_LOW", UV_PRIORITY_LOW },
	{ "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL },
	{ "PRIORITY_NORMAL", UV_PRIORITY_NORMAL },
	{ "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL },
	{ "PRIORITY_HIGH", UV_PRIORITY_HIGH },
	{ "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST },
};

static const os_const dlopen_flags[] = {
	C(RTLD_LAZY), C(RTLD_NOW), C(RTLD_GLOBAL), C(RTLD_LOCAL),
#ifdef RTLD_DEEPBIND
	C(RTLD_DEEPBIND),
#endif
};
#undef C

static void push_table(js_State *J, const os_const *t, size_t n)
{
	size_t i;
	js_newobject(J);
	for (i = 0; i < n; i++)
		rt__setnum(J, t[i].name, t[i].value);
}

/* os.constants, built when the os module loads (not at start-up). */
static void f_getConstants(js_State *J)
{
	js_newobject(J);
	rt__setnum(J, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
	push_table(J, dlopen_flags, sizeof dlopen_flags / sizeof dlopen_flags[0]);
	js_setproperty(J, -2, "dlopen");
	push_table(J, errnos, sizeof errnos / sizeof errnos[0]);
	js_setproperty(J, -2, "errno");
	push_table(J, signals, sizeof signals / sizeof signals[0]);
	js_setproperty(J, -2, "signals");
	push_table(J, priorities, sizeof priorities / sizeof priorities[0]);
	js_setproperty(J, -2, "priority");
}

static int is_big_endian(void)
{
	const unsigned short one = 1;
	return *(const unsigned char *)&one == 0;
}

/* Pushes uv_getrusage's sixteen figures in the order of Node's process.resourceUsage()
 * (CPU times in microseconds, maxRSS in KiB); process.cpuUsage() takes the first two. */
static void f_getRusage(js_State *J)
{
	uv_rusage_t u;
	double v[16];
	int r = uv_getrusage(&u), i;
	if (r)
		rt__throw_uv(J, r, "uv_getrusage", NULL);
	v[0] = (double)u.ru_utime.tv_sec * 1e6 + (double)u.ru_utime.tv_usec;
	v[1] = (double)u.ru_stime.tv_sec * 1e6 + (double)u.ru_stime.tv_usec;
	v[2] = (double)u.ru_maxrss;
	v[3] = (double)u.ru_ixrss;
	v[4] = (double)u.ru_idrss;
	v[5] = (double)u.ru_isrss;
	v[6] = (double)u.ru_minflt;
	v[7] = (double)u.ru_majflt;
	v[8] = (double)u.ru_nswap;
	v[9] = (double)u.ru_inblock;
	v[10] = (double)u.ru_oublock;
	v[11] = (double)u.ru_msgsnd;
	v[12] = (double)u.ru_msgrcv;
	v[13] = (double)u.ru_nsignals;
	v[14] = (double)u.ru_nvcsw;
	v[15] = (double)u.ru_nivcsw;
	js_newarray(J);
	for (i = 0; i < 16; i++) {
		js_pushnumber(J, v[i]);
		js_setindex(J, -2, i);
	}
}

/* getIds(): [uid, euid, gid, egid, ...supplementary groups], for process.getuid() and
 * its siblings */
static void f_getIds(js_State *J)
{
	gid_t groups[256];
	int n = getgroups(256, groups), i;
	js_newarray(J);
	js_pushnumber(J, (double)getuid());
	js_setindex(J, -2, 0);
	js_pushnumber(J, (double)geteuid());
	js_setindex(J, -2, 1);
	js_pushnumber(J, (double)getgid());
	js_setindex(J, -2, 2);
	js_pushnumber(J, (double)getegid());
	js_setindex(J, -2, 3);
	for (i = 0; i < n; i++) {
		js_pushnumber(J, (double)groups[i]);
		js_setindex(J, -2, 4 + i);
	}
}

/* umask([mask]): the process's file mode mask before the call; with a mask (a number),
 * sets it */
static void f_umask(js_State *J)
{
	mode_t old;
	if (js_isnumber(J, 1)) {
		old = umask((mode_t)js_toint32(J, 1) & 0777);
	} else {
		old = umask(0);
		umask(old);
	}
	js_pushnumber(J, (double)old);
}

/* getaddrinfo(host, family, flags, callback): resolves host on libuv's threadpool (for
 * dns.lookup) and calls callback(status, errname, addresses, families) from the loop as
 * an I/O callback: status 0 and the addresses in the resolver's order, or a libuv error
 * (UV_EAI_NONAME, ...) and its name. family is 0, 4 or 6; flags are AI_* hints. */
typedef struct gai_req {
	uv_getaddrinfo_t req;
	rt_runtime *rt;
	int slot;
} gai_req;

static void on_getaddrinfo(uv_getaddrinfo_t *req, int status, struct addrinfo *res)
{
	gai_req *g = (gai_req *)req;
	rt_runtime *rt = g->rt;
	js_State *J = rt->J;
	struct addrinfo *ai;
	int n = 0;
	rt->pending_reqs--;
	rt__slot_push(rt, g->slot);
	rt__slot_free(rt, g->slot);
	js_pushundefined(J);
	js_pushnumber(J, status);
	js_pushstring(J, status ? uv_err_name(status) : "");
	js_newarray(J);
	js_newarray(J);
	for (ai = status ? NULL : res; ai; ai = ai->ai_next) {
		char name[INET6_ADDRSTRLEN];
		int fam;
		if (ai->ai_family == AF_INET) {
			uv_ip4_name((const struct sockaddr_in *)ai->ai_addr, name, sizeof name);
			fam = 4;
		} else if (ai->ai_family == AF_INET6) {
			uv_ip6_name((const struct sockaddr_in6 *)ai->ai_addr, name, sizeof name);
			fam = 6;
		} else {
			continue;
		}
		js_pushstring(J, name);
		js_setindex(J, -3, n);
		js_pushnumber(J, fam);
		js_setindex(J, -2, n);
		n++;
	}
	if (res)
		uv_freeaddrinfo(res);
	free(g);
	rt__call_io(rt, 4);
	js_pop(J, 1);
}

static void f_getaddrinfo(js_State *J)
{
	rt_runtime *rt = rt__from(J);
	const char *host = js_tostring(J, 1);
	int family = js_toint32(J, 2), r;
	struct addrinfo hints;
	gai_req *g;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = js_toint32(J, 3);
	g = malloc(sizeof *g);
	if (!g)
		js_rangeerror(J, "out of memory");
	g->rt = rt;
	js_copy(J, 4);
	g->slot = rt__slot_put(rt);
	r = uv_getaddrinfo(&rt->loop, &g->req, on_getaddrinfo, host, NULL, &hints);
	if (r) {
		rt__slot_free(rt, g->slot);
		free(g);
		rt__throw_uv(J, r, "getaddrinfo", NULL);
	}
	rt->pending_reqs++;
	js_pushundefined(J);
}

/* Adds binding.os to the binding object on top of the stack. */
void rt__os_init(rt_runtime *rt)
{
	static const struct { const char *name; js_CFunction fn; int n; } fns[] = {
		{ "getHostname", f_getHostname, 0 },
		{ "getOSInformation", f_getOSInformation, 0 },
		{ "getCPUs", f_getCPUs, 0 },
		{ "getTotalMem", f_getTotalMem, 0 },
		{ "getFreeMem", f_getFreeMem, 0 },
		{ "getUptime", f_getUptime, 0 },
		{ "getLoadAvg", f_getLoadAvg, 0 },
		{ "getHomeDirectory", f_getHomeDirectory, 0 },
		{ "getUserInfo", f_getUserInfo, 0 },
		{ "getInterfaceAddresses", f_getInterfaceAddresses, 0 },
		{ "getAvailableParallelism", f_getAvailableParallelism, 0 },
		{ "getPriority", f_getPriority, 1 },
		{ "setPriority", f_setPriority, 2 },
		{ "getConstants", f_getConstants, 0 },
		{ "getRusage", f_getRusage, 0 },
		{ "getIds", f_getIds, 0 },
		{ "umask", f_umask, 1 },
		{ "getaddrinfo", f_getaddrinfo, 4 },
	};
	js_State *J = rt->J;
	size_t i;
	js_newobject(J);
	for (i = 0; i < sizeof fns / sizeof fns[0]; i++)
		rt__setfn(J, fns[i].name, fns[i].fn, fns[i].n);
	js_pushboolean(J, is_big_endian());
	js_setproperty(J, -2, "isBigEndian");
	js_setproperty(J, -2, "os");
}
