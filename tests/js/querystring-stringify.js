// querystring.stringify: own enumerable keys, arrays as repeated keys (empty arrays
// skipped), only strings/finite numbers/booleans as values, escape()'s set, custom
// separators and encoder; escape() errors on unpaired surrogates.
var qs = require('querystring');
console.log(qs.stringify({ a: 'x y', b: ['1', 2, true], c: '', d: null, e: undefined, f: {}, g: NaN, h: Infinity, i: -0, j: 1e21, k: false, l: [] }));
console.log(qs.stringify({ 'k e&y': "!'()*-._~ €/?#" }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: [1, 2] }, '|', '='));
console.log(qs.stringify({ a: 'x y', n: 5 }, null, null, { encodeURIComponent: function (s) { return '[' + s + ']'; } }));
console.log(JSON.stringify(qs.stringify('str')), JSON.stringify(qs.stringify(null)), JSON.stringify(qs.stringify(5)));
function Proto() { this.own = 1; }
Proto.prototype.inherited = 2;
console.log(qs.stringify(new Proto()), qs.stringify([5, 6]));
console.log(qs.escape('a b&c/é'), qs.escape(12), qs.escape({ toString: function () { return 'o b'; } }));
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
var round = { a: ['1', '2'], 'b c': 'd&e', f: '€' };
console.log(JSON.stringify(qs.parse(qs.stringify(round))));
