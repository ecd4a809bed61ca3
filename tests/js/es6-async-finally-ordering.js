// return inside try with awaits in finally: the finally's awaits run before the
// promise settles; the order against other microtasks is Node's.
const log = [];
const p = (x) => log.push(x);
async function withFinally() {
  try {
    p('try');
    return 'from try';
  } finally {
    p('finally start');
    await null;
    p('finally after await');
  }
}
async function nestedFinally() {
  for (const i of [1, 2]) {
    try {
      try {
        if (i === 2) return 'returned in loop';
        await null;
      } finally {
        p('inner finally ' + i);
        await null;
      }
    } finally {
      p('outer finally ' + i);
    }
  }
}
withFinally().then((v) => p('result ' + v));
nestedFinally().then((v) => p('result ' + v));
let i = 0;
(function tick() { p('tick ' + i); if (++i < 8) Promise.resolve().then(tick); })();
setTimeout(() => console.log(log.join('\n')), 5);
