// a destructuring declaration's defaults may read the bindings of earlier elements; its own binding and the initializer's are still in the TDZ
function f() {
  const { a = 1, b = a * 2 } = {}; const [x = 1, y = x + 1, [z = y]] = [undefined, undefined, []];
  let { p: { q = 5 } = {}, r = q } = {};
  console.log(a, b, x, y, z, q, r);
  try { const { c = c } = {}; } catch (e) { console.log(e.name, e.message); }
  try { const { d } = { d: d }; } catch (e) { console.log(e.name, e.message); }
  try { const [e1 = f2, f2 = 1] = []; } catch (e) { console.log(e.name, e.message); }
}
f();
function options(opts) {
  const { width = 100, height = width / 2, label = `${width}x${height}` } = opts ?? {};
  return label;
}
console.log(options(), options({ width: 40 }), options({ height: 7 }));
const arrow = ({ a = 1, b = a + 1 } = {}) => a + b;
console.log(arrow(), arrow({ a: 10 }));
for (const { k, v = k.toUpperCase() } of [{ k: 'x' }, { k: 'y', v: 'given' }]) console.log(k, v);
