// util.deprecate warns once per function (once per code when given), with DeprecationWarning name and the DEP code.
var util = require('util');
process.on('warning', function (w) {
  console.log('warning:', w.name, w.code, w.message);
});
var oldA = util.deprecate(function oldA(x) { return 'A' + x; }, 'oldA() is deprecated. Use newA().', 'DEP0999');
var oldB = util.deprecate(function oldB() { return 'B'; }, 'oldB() is deprecated', 'DEP0999');
var oldC = util.deprecate(function oldC() { return this.tag; }, 'oldC() without code');
console.log(oldA(1), oldA(2), oldB(), oldC.call({ tag: 'C' }), oldC.call({ tag: 'C2' }));
console.log(oldA.name, oldA.length);
function Ctor(v) { this.v = v; }
var Dep = util.deprecate(Ctor, 'Ctor is deprecated', 'DEP0998');
var inst = new Dep(3);
console.log(inst.v, inst instanceof Ctor);
try { util.deprecate(function () {}, 'msg', 123); } catch (e) { console.log(e.code, e.message); }
console.log('sync end');
