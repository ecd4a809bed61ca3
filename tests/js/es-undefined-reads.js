// Reads of `undefined`: mujs patch 0095 compiles them to the value itself in a script
// that declares nothing named undefined and uses no `with`; where the name is declared,
// inside `with` and in eval code (which sees its caller's scope) they stay lookups.
console.log(undefined, typeof undefined, undefined === void 0, [undefined].length);
const f = new Function('undefined', 'return [undefined, eval("undefined"), typeof undefined];');
console.log(f(5));
const g = new Function('var undefined = 7; return function () { return undefined; };');
console.log(g()());
const c = new Function('try { throw 8; } catch (undefined) { return undefined; }');
console.log(c());
const w = new Function('o', 'with (o) { return undefined; }');
console.log(w({ undefined: 'from with' }), w({}));
const e = new Function('var undefined = "local"; return eval("undefined");');
console.log(e());
try {
  undefined = 3;
  console.log('sloppy assignment ignored:', undefined);
} catch (err) {
  console.log(err.message);
}
(function () {
  'use strict';
  try {
    undefined = 3;
  } catch (err) {
    console.log('strict assignment:', err.constructor.name);
  }
})();
function h(x) { return x === undefined ? 'none' : x; }
console.log(h(), h(0), h(null), h(undefined));
let n = 0;
for (let i = 0; i < 5; i++) if (undefined === undefined && i !== undefined) n++;
console.log(n, undefined + 1, `${undefined}`, String(undefined), JSON.stringify({ a: undefined }));
