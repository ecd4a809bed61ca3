// An async function that throws with nobody handling its promise ends the process
// with exit code 1 after the current tick, like any unhandled rejection.
async function work(n) {
  await null;
  if (n > 1) throw new Error('work failed at ' + n);
  return n;
}
async function main() {
  console.log('first', await work(1));
  await work(2);
  console.log('not reached');
}
process.on('exit', (code) => console.log('exit code', code));
main();
process.nextTick(() => console.log('tick still runs'));
setTimeout(() => console.log('timer never runs'), 50);
