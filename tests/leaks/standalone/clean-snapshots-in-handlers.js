// clean-snapshots-in-handlers.js (clean) — nothing accumulates, but each snapshot is
// taken from inside a different, ever bigger handler (as a signal or an interval lands
// in whatever function runs): the scopes running at each instant differ and grow, which
// is not memory the app keeps.
'use strict';

const leakscope = require('leakscope');
const served = { count: 0 };

function small(req) {
  const id = req.id;
  const reply = () => id;
  leakscope.snapshot('small');
  return reply;
}

function medium(req) {
  const id = req.id, user = req.user, path = '/m/' + id, started = id * 2;
  const reply = () => id + user + path + started;
  leakscope.snapshot('medium');
  return reply;
}

function large(req) {
  const id = req.id, user = req.user, path = '/l/' + id, started = id * 2, a = [id], b = [user];
  const c = { id }, d = { user }, e = path + '?x', f = started + 1, g = [a, b], h = { c, d };
  const reply = () => [id, user, path, started, a, b, c, d, e, f, g, h].length;
  leakscope.snapshot('large');
  return reply;
}

function huge(req) {
  const id = req.id, user = req.user, path = '/h/' + id, started = id * 2, a = [id], b = [user];
  const c = { id }, d = { user }, e = path + '?x', f = started + 1, g = [a, b], h = { c, d };
  const i = [c], j = [d], k = e + '#', l = f * 2, m = [g], n = [h], o = { i, j }, p = { k, l };
  const q = [m, n], r = { o, p }, s = 's' + id, t = 't' + user, u = [s, t], v = { u };
  const reply = () => [id, user, path, started, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v].length;
  leakscope.snapshot('huge');
  return reply;
}

[small, medium, large, huge].forEach((handler, n) => {
  served.count++;
  handler({ id: n, user: 'u' + n })();
});
