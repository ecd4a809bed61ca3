async function f() {
  class Local { constructor(v) { this.v = v; } async get() { await null; return this.v; } static make(v) { return new Local(v); } }
  const l = Local.make(5);
  console.log(await l.get());
  for await (const { a, b: [c] = ['dc'] } of [{ a: 1, b: [2] }, Promise.resolve({ a: 3 })]) console.log(a, c);
  switch (await Promise.resolve('x')) { case 'x': { let y = await 'yy'; console.log(y); break; } default: console.log('no'); }
  const { default: def = 'dflt', ...rest } = await import('node:path').then((m) => ({ ...m, default: undefined })).catch(() => ({}));
  console.log(def, typeof rest.join);
  label: for (const x of [1, 2]) { for await (const y of [3, 4]) { if (y === 4) continue label; console.log(x, y); } }
  try { await Promise.reject(new Error('E')); } catch ({ message }) { console.log('msg', message); }
  const results = await Promise.all([1, 2].map(async function named(x) { return named.name + x; }));
  console.log(results);
  return new.target;
}
f().then((v) => console.log('ret', v));
const gen = function* () { const C = class { *it() { yield 'class gen'; } }; yield* new C().it(); };
console.log([...gen()]);
