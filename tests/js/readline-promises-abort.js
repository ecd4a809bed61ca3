// readline/promises question with an AbortSignal, and a question answered from input
const readline = require('readline/promises');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
output.resume();
const rl = readline.createInterface({ input, output, terminal: false });
(async () => {
  const ac = new AbortController();
  const p = rl.question('never answered? ', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('aborted', e.name, e.code); }
  setImmediate(() => input.write('forty-two\n'));
  const a = await rl.question('answer? ');
  console.log('answer', a);
  rl.close();
  try { await rl.question('after close'); } catch (e) { console.log('closed', e.code, e.message); }
})();
