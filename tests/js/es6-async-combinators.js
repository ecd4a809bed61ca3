// Promise.all, allSettled, race and any over async functions: settlement order and
// results.
const log = [];
const p = (x) => log.push(x);
const wait = (n, v, fail) => (async () => {
  for (let i = 0; i < n; i++) await null;
  p('settle ' + v);
  if (fail) throw new Error(v);
  return v;
})();
async function main() {
  p('all ' + (await Promise.all([wait(3, 'a'), wait(1, 'b'), 'c'])).join());
  const settled = await Promise.allSettled([wait(2, 'x', true), wait(1, 'y')]);
  p('allSettled ' + settled.map((s) => s.status + ':' + (s.value || s.reason.message)).join());
  p('race ' + await Promise.race([wait(3, 'slow'), wait(1, 'quick')]));
  p('any ' + await Promise.any([wait(1, 'f1', true), wait(2, 'ok'), wait(3, 'late')]));
  try { await Promise.all([wait(1, 'bad', true), wait(4, 'good')]); } catch (e) { p('all rejected ' + e.message); }
  try { await Promise.any([wait(1, 'e1', true), wait(1, 'e2', true)]); } catch (e) { p(e.constructor.name + ' ' + e.errors.map((x) => x.message)); }
}
main().then(() => setTimeout(() => console.log(log.join('\n')), 5));
