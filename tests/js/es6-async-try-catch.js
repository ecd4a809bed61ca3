// A rejected await throws at the await: try/catch/finally around awaits, rethrow, and
// errors thrown in finally.
async function fails(msg) { await null; throw new Error(msg); }
async function handled() {
  try {
    await fails('first');
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.message);
    try {
      await fails('second');
    } catch (e2) {
      console.log('caught again', e2.message);
    } finally {
      console.log('inner finally');
      await null;
      console.log('inner finally after await');
    }
    return 'recovered';
  } finally {
    console.log('outer finally');
  }
}
async function rethrows() {
  try { await fails('x'); } catch (e) { throw new TypeError('converted ' + e.message); }
}
async function finallyOverrides() {
  try { await fails('lost'); } finally { return 'finally value'; }
}
async function main() {
  console.log(await handled());
  try { await rethrows(); } catch (e) { console.log(e.name, e.message); }
  console.log(await finallyOverrides());
  const results = await Promise.allSettled([fails('a'), handled()]);
  console.log(results.map((r) => r.status));
}
main();
