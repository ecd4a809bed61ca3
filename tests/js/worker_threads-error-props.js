// the 'error' event carries the worker's error: class, message, custom props, stack text
const { Worker } = require('worker_threads');
function run(src, opts) {
  return new Promise((resolve) => {
    const w = new Worker(src, opts || { eval: true });
    w.on('error', (e) => {
      if (e instanceof Error) {
        console.log('error', e instanceof Error, e instanceof TypeError, e.name, e.message, e.extra, e.code, typeof e.stack,
          Object.keys(e));
      } else {
        console.log('thrown', typeof e, e);
      }
    });
    w.on('exit', (c) => { console.log('exit', c); resolve(); });
  });
}
(async () => {
  await run(`
    class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.extra = 42; } }
    throw new MyErr('custom failure');
  `);
  await run(`const e = new TypeError('bad type'); e.code = 'E_BAD'; throw e;`);
  await run('throw 42');
  await run('throw null');
  await run('throw { plain: "object", n: [1, 2] }');
  await run('/definitely/missing/file.js', {});
})();
