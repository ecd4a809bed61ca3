const get = async (v) => v;
async function f() {
  const a = (await get({ p: { q: 1 } }))?.p?.q;
  const b = (await get(null))?.p ?? 'nullish';
  const c = await get(undefined)?.x;
  const d = (await get({ fn: () => 'called' })).fn?.();
  const o = { m: async () => 'm' };
  const e = await o.m?.();
  const f2 = await o.nope?.();
  const arr = [await get(1), ...(await get([2, 3]))];
  console.log(a, b, c, d, e, f2, arr);
  const obj = await get({ list: [{ name: 'x' }] });
  console.log(obj.list?.[0]?.name, (await get(obj))?.list.length);
  const tag = (s, ...v) => s.raw.join('|') + v.join(',');
  console.log(tag`a${await get(1)}b`);
  function* gen() { const r = (yield 'first')?.value ?? 'none'; yield r; const q = (yield 'obj')?.a?.b; yield q; }
  const it = gen(); it.next();
  console.log(it.next({ value: 'v1' }).value, it.next().value, it.next({ a: { b: 'deep' } }).value);
  const list = [];
  for (const id of [1, 2]) list.push((await get({ id }))?.id);
  console.log(list, (await get([]))?.length, (await get(''))?.length ?? 'x');
}
f().catch((e) => console.log('error', e.message));
