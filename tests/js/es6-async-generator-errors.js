// Errors in async generators: a rejected yielded promise throws at the yield, return
// awaits its value (a rejection is catchable there), throw() lands in catch blocks.
const log = [];
const p = (x) => log.push(x);
async function* g() {
  try {
    yield Promise.reject(new Error('rejected yield'));
  } catch (e) {
    p('caught at yield: ' + e.message);
  }
  try {
    return Promise.reject(new Error('rejected return'));
  } catch (e) {
    p('caught at return: ' + e.message);
  }
  while (true) {
    try {
      yield 'waiting';
    } catch (e) {
      p('throw() caught: ' + e);
      if (e === 'last') return 'finished';
    }
  }
}
async function main() {
  const it = g();
  p(JSON.stringify(await it.next()));
  p(JSON.stringify(await it.throw('first')));
  p(JSON.stringify(await it.throw('last')));
  p(JSON.stringify(await it.next()));
  async function* failing() { yield 1; throw new TypeError('body failed'); }
  const f = failing();
  await f.next();
  try { await f.next(); } catch (e) { p('rejected next: ' + e.name); }
  p(JSON.stringify(await f.next()));
}
main().then(() => console.log(log.join('\n')), (e) => console.log('main failed', e));
