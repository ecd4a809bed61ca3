// A long chain of awaits runs entirely in microtasks: an immediate waits until it ends;
// nextTick callbacks queued inside run between awaits.
const log = [];
setImmediate(() => {
  log.push('immediate');
  setImmediate(() => console.log(log.join('\n')));
});
async function spin(n) {
  for (let i = 0; i < n; i++) {
    await null;
    if (i % 250 === 0) process.nextTick(() => log.push('tick at ' + i));
  }
  log.push('spin done');
}
spin(1000).then(() => log.push('then after spin'));
log.push('sync end');
