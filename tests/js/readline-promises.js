// readline/promises and readline's module shape: question() as a promise, prompt(),
// setPrompt/getPrompt, line events after close() stop, ERR_USE_AFTER_CLOSE.
const readline = require('readline');
const rlp = require('readline/promises');
console.log(Object.keys(readline).sort());
console.log(typeof rlp.createInterface, typeof rlp.Interface, readline.promises === rlp);
async function main() {
  const rl = rlp.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  console.log(rl instanceof readline.Interface, rl.getPrompt());
  const a = await rl.question('first? ');
  console.log('answer', JSON.stringify(a));
  rl.setPrompt('>> ');
  console.log(rl.getPrompt());
  const lines = [];
  rl.on('line', (l) => {
    lines.push(l);
    if (l === 'stop') rl.close();
  });
  rl.prompt();
  await new Promise((r) => rl.once('close', r));
  console.log('\nlines', lines);
  try { rl.question('again?'); } catch (e) { console.log('sync throw', e.code); }
  await rl.question('x').then(() => console.log('resolved'), (e) => console.log('rejected', e.code, e.message));
  try { rl.prompt(); } catch (e) { console.log(e.name, e.code, e.message); }
}
main();
