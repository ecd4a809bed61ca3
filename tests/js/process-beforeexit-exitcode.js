// 'beforeExit' sees process.exitCode and may schedule more work (it fires again), 'exit'
// handlers' timers and ticks never run, and the exit code is exitCode (Node's output).
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, process.exitCode);
  if (!globalThis.done) { globalThis.done = true; setTimeout(() => console.log('scheduled from beforeExit'), 1); }
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never'), 0);
  process.nextTick(() => console.log('tick never'));
});
process.exitCode = 3;
console.log('main', process.exitCode);
