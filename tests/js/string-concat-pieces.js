// Strings built piece by piece (mujs keeps long concatenations as ropes, flattened on
// first read): 100,000 appends finish and read back exactly as the pieces joined; a copy
// taken midway keeps its text; prepending, surrogate pairs split across the halves,
// keys, comparisons, conversions and Array.prototype.join all see the same text.
function check(name, s, parts) {
  var joined = parts.join('');
  console.log(name, s.length, s === joined, s.charCodeAt(s.length - 1), s.slice(0, 12), s.slice(-12));
}
var parts = [], s = '';
for (var i = 0; i < 100000; i++) { var p = 'p' + i + ','; parts.push(p); s += p; }
check('append', s, parts);
var t = '', tp = [];
for (i = 0; i < 5000; i++) { var q = 'q' + i + ';'; tp.unshift(q); t = q + t; }
check('prepend', t, tp);
var u = '', mid;
for (i = 0; i < 3000; i++) { u += 'xyz' + i; if (i === 1500) mid = u; }
console.log('mid', mid.length, mid.slice(-8), u.length, u.indexOf(mid) === 0);
var hi = '\ud83d', lo = '\ude00';
var big = new Array(300).join('a');
var v = big + hi;
var w = v + lo;
console.log('pair', w.length, w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1), w.slice(-2) === '\ud83d\ude00');
var r = '';
for (i = 0; i < 400; i++) r += (i % 2 ? lo : hi);
console.log('pairs', r.length, r === new Array(201).join('\ud83d\ude00'));
var o = {};
o[s] = 1;
console.log('key', o[parts.join('')], Object.keys(o)[0].length);
console.log('cmp', s === parts.join(''), s < s + 'a', s > t, (s + '') == s);
var n = '' + new Array(300).join('0') + '42';
console.log('num', +n, Number(n) === 42);
console.log('bool', !!(big + big), (big + big).length);
console.log('json', JSON.stringify({ a: big + 'b' + big }).length);
console.log('split', (big + 'Z' + big).indexOf('Z'), (big + 'Z' + big).split('Z').length);
var m = new Map();
m.set(big + 'k', 1);
console.log('map', m.get(new Array(300).join('a') + 'k'));
var many = [];
for (i = 0; i < 100000; i++) many.push(i % 10);
var joined = many.join('');
console.log('join', joined.length, joined.slice(0, 12), [].join(), [1].join(), [, ,].join('-'), [null, undefined, 'a'].join());
