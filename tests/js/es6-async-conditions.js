// await inside conditions and operators: if, ternary, &&, ||, ??, ??=, ||=, **, in,
// instanceof, typeof, comma, and short-circuiting that skips an await.
const calls = [];
const v = async (x) => { calls.push(x); return x; };
async function main() {
  const out = [];
  if (await v(true)) out.push('if');
  out.push((await v(0)) ? 'yes' : await v('ternary else'));
  out.push(false && await v('skipped &&'));
  out.push(true || await v('skipped ||'));
  out.push('x' ?? await v('skipped ??'));
  out.push((await v(null)) ?? 'nullish');
  let o = { a: null, b: 'set' };
  o.a ??= await v('filled');
  o.b ||= await v('not used');
  o.b &&= await v('and-assigned');
  out.push(o.a, o.b);
  out.push(2 ** await v(10));
  out.push('k' in await v({ k: 1 }), (await v([])) instanceof Array, typeof await v(1));
  out.push((await v('first'), await v('second')));
  let n = 1;
  n += await v(2);
  n *= await v(3);
  out.push(n);
  console.log(out);
  console.log(calls);
}
main();
