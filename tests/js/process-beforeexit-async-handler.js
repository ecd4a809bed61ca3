// An async 'beforeExit' handler that awaits a timer makes the loop run again, until it stops
// scheduling (Node's output).
let i = 0;
process.on('beforeExit', async (code) => {
  console.log('beforeExit', code, i);
  if (i++ < 2) await new Promise((r) => setTimeout(r, 1));
});
process.on('exit', (c) => console.log('exit', c, i));
