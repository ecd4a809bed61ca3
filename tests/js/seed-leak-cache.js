// Seed "Memory Management" 4: an unbounded Map cache filled by a route handler only grows.
var cache = new Map();
var fetches = 0;
function fetchData(id) {
  fetches++;
  return { id: id, payload: new Array(100).join('x') };
}
// A minimal stand-in for an Express-like app: get(pattern, handler) and dispatch(url).
var app = {
  routes: [],
  get: function (pattern, handler) {
    var names = [];
    var re = new RegExp('^' + pattern.replace(/:(\w+)/g, function (m, n) {
      names.push(n);
      return '([^/]+)';
    }) + '$');
    this.routes.push({ re: re, names: names, handler: handler });
  },
  dispatch: function (url) {
    for (var i = 0; i < this.routes.length; i++) {
      var r = this.routes[i], m = r.re.exec(url);
      if (!m) continue;
      var params = {};
      for (var k = 0; k < r.names.length; k++) params[r.names[k]] = m[k + 1];
      var out = null;
      r.handler({ url: url, params: params }, { json: function (v) { out = JSON.stringify(v).length; } });
      return out;
    }
    return 404;
  }
};
app.get('/data/:id', function (req, res) {
  if (!cache.has(req.params.id)) {
    cache.set(req.params.id, fetchData(req.params.id));  // Only grows, never shrinks
  }
  res.json(cache.get(req.params.id));
});
console.log('one response size:', app.dispatch('/data/1'), app.dispatch('/nope'));
for (var round = 1; round <= 4; round++) {
  for (var i = 0; i < 250; i++) app.dispatch('/data/' + (i % 100 === 0 ? 1 : round * 1000 + i));
  console.log('round', round, 'cache.size =', cache.size, 'fetches =', fetches);
}
var first = cache.keys().next().value;
console.log('oldest key still cached:', first, cache.has('1'));
console.log(cache.get('1').id, typeof cache.get('4249'), cache.get('4249').payload.length);
