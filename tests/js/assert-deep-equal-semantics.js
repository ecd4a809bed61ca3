// Which values deepEqual (loose) and deepStrictEqual consider equal: -0, NaN, dates, regexps (flags,
// lastIndex), errors, boxed primitives, cycles, sparse arrays, extra array props, non-enumerables.
var assert = require('assert');
function show(label, f) {
  try {
    f();
    console.log(label + ": no error");
  } catch (e) {
    console.log(label + ": " + e.name + " " + e.code + " " + e.operator + " " + e.generatedMessage);
    console.log(e.message);
  }
}
function eq(label, a, b) {
  var loose, strict;
  try { assert.deepEqual(a, b); loose = true; } catch (e) { loose = false; }
  try { assert.deepStrictEqual(a, b); strict = true; } catch (e) { strict = false; }
  console.log(label, loose, strict);
}
eq('num str', 1, '1');
eq('null undef', null, undefined);
eq('nan', NaN, NaN);
eq('zero', 0, -0);
eq('obj zero', {a: 0}, {a: -0});
eq('date', new Date(5), new Date(5));
eq('date props', (function () { var d = new Date(5); d.x = 1; return d; })(), new Date(5));
eq('date vs obj', new Date(5), {});
eq('arr vs obj', [], {});
eq('arr vs args', [1], (function () { return arguments; })(1));
eq('proto diff', Object.create(null), {});
eq('regex', /a/g, /a/g);
eq('regex flags', /a/g, /a/m);
eq('regex lastIndex', (function () { var r = /a/g; r.lastIndex = 2; return r; })(), /a/g);
eq('errors', new Error('a'), new Error('a'));
eq('errors msg', new Error('a'), new Error('b'));
eq('errors type', new TypeError('a'), new Error('a'));
eq('boxed', new String('a'), new String('a'));
eq('boxed vs prim', new String('a'), 'a');
eq('bool boxed', new Boolean(true), new Boolean(false));
eq('num boxed', new Number(NaN), new Number(NaN));
eq('circular', (function () { var a = {}; a.self = a; return a; })(), (function () { var b = {}; b.self = b; return b; })());
eq('sparse', [1, , 3], [1, undefined, 3]);
eq('arr extra prop', (function () { var a = [1]; a.x = 1; return a; })(), [1]);
eq('nested loose', {a: [1, '2']}, {a: ['1', 2]});
eq('fn', function () {}, function () {});
eq('same fn', eq, eq);
eq('undef prop', {a: undefined}, {b: undefined});
eq('undef prop2', {a: undefined}, {});
eq('obj vs prim', {}, 'a');
eq('str vs arr', 'a', ['a']);
eq('non-enumerable', (function () { var o = {}; Object.defineProperty(o, 'x', {value: 1}); return o; })(), {});
