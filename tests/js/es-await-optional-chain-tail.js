// await/yield after the head of an optional chain (in a computed key or arguments) and
// in a tagged template whose tag is a method are not lowered yet
const get = async (v) => v;
async function f() {
  const o = { m: () => 'm', f: (x) => 'f' + x };
  console.log(typeof o?.[await get('m')], o.f?.(await get(1)), null?.[await get('never')]);
  const h = { t(s, v) { return 'method tag ' + v; } };
  console.log(h.t`x${await get(2)}`);
}
f();
