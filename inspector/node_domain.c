/* node_domain.c — the domains Node's inspector adds beside V8's, answered as Node 20
 * answers them to a client that has no use for them here:
 * - NodeRuntime: enable, disable, notifyWhenWaitingForDisconnect ({}). Node's
 *   waitingForDisconnect event never comes: leakscope does not hold the process open
 *   for a client at exit.
 * - NodeWorker: enable, disable ({}). No worker is reported (attachedToWorker never
 *   comes): a worker thread's runtime has no inspector of its own.
 * - Network: enable, disable ({}). Node 20 reports no network events unless started
 *   with --experimental-network-inspection; neither does leakscope. Its other methods
 *   (the DevTools front end's setAttachDebugStack, setBlockedURLs...) get -32601 from
 *   Node and so from here.
 * NodeTracing and Target are not implemented (Node has no Target domain either).
 */
#include <string.h>

#include "internal.h"

int insp__node_call(insp__conn *c, const char *domain, const char *m, int64_t id,
	json_t *params, int safepoint)
{
	static const struct {
		const char *domain, *method;
	} ok[] = {
		{ "NodeRuntime", "enable" },
		{ "NodeRuntime", "disable" },
		{ "NodeRuntime", "notifyWhenWaitingForDisconnect" },
		{ "NodeWorker", "enable" },
		{ "NodeWorker", "disable" },
		{ "Network", "enable" },
		{ "Network", "disable" },
	};
	size_t i;
	(void)params;
	(void)safepoint;
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (!strcmp(domain, ok[i].domain) && !strcmp(m, ok[i].method))
			return insp__reply(c, id, "{}"), 0;
	return INSP__UNKNOWN;
}
