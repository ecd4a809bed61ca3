// await on thenables: then is called in a later microtask; a throwing then rejects;
// a thenable resolving with another thenable; non-function then is a plain value.
const log = [];
const p = (x) => log.push(x);
const good = { then(resolve) { p('good.then'); resolve('good value'); } };
const bad = { then() { p('bad.then'); throw new Error('then threw'); } };
const nested = { then(resolve) { p('nested.then'); resolve(good); } };
const notThenable = { then: 42 };
async function main() {
  p('awaiting good');
  p(await good);
  try { await bad; } catch (e) { p('caught ' + e.message); }
  p(await nested);
  p(typeof (await notThenable).then);
  const slow = { then(r) { setImmediate(() => r('slow')); } };
  p(await slow);
}
main().then(() => console.log(log.join('\n')));
let i = 0;
(function tick() { p('tick ' + i); if (++i < 10) Promise.resolve().then(tick); })();
