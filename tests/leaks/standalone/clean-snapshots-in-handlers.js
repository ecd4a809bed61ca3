// clean-snapshots-in-handlers.js (clean) — nothing accumulates, but each snapshot is
// taken from inside a different, ever bigger handler (as a signal or an interval lands
// in whatever function runs): the scopes running at each instant differ and grow, and
// so do the rows each handler is working on (more each time), which is not memory the
// app keeps.
'use strict';

const leakscope = require('leakscope');
const served = { count: 0 };

function loadRows(n) {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push({ i, cells: ['c' + i, i] });
  return rows;
}

function small(req) {
  const id = req.id;
  const reply = () => id;
  const rows = loadRows(50);
  leakscope.snapshot('small');
  served.count += rows.length;
  return reply;
}

function medium(req) {
  const id = req.id, user = req.user, path = '/m/' + id, started = id * 2;
  const reply = () => id + user + path + started;
  const rows = loadRows(100);
  leakscope.snapshot('medium');
  served.count += rows.length;
  return reply;
}

function large(req) {
  const id = req.id, user = req.user, path = '/l/' + id, started = id * 2, a = [id], b = [user];
  const c = { id }, d = { user }, e = path + '?x', f = started + 1, g = [a, b], h = { c, d };
  const reply = () => [id, user, path, started, a, b, c, d, e, f, g, h].length;
  const rows = loadRows(150);
  leakscope.snapshot('large');
  served.count += rows.length;
  return reply;
}

function huge(req) {
  const id = req.id, user = req.user, path = '/h/' + id, started = id * 2, a = [id], b = [user];
  const c = { id }, d = { user }, e = path + '?x', f = started + 1, g = [a, b], h = { c, d };
  const i = [c], j = [d], k = e + '#', l = f * 2, m = [g], n = [h], o = { i, j }, p = { k, l };
  const q = [m, n], r = { o, p }, s = 's' + id, t = 't' + user, u = [s, t], v = { u };
  const reply = () => [id, user, path, started, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v].length;
  const rows = loadRows(200);
  leakscope.snapshot('huge');
  served.count += rows.length;
  return reply;
}

[small, medium, large, huge].forEach((handler, n) => {
  served.count++;
  handler({ id: n, user: 'u' + n })();
});
