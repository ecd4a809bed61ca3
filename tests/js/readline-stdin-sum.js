// sums numbers from stdin lines (stdin is a pipe with data)
const rl = require('readline').createInterface({ input: process.stdin });
let sum = 0, n = 0;
rl.on('line', (line) => {
  const v = Number(line.trim());
  if (!Number.isNaN(v) && line.trim() !== '') { sum += v; n++; }
});
rl.on('close', () => console.log(`n=${n} sum=${sum}`));
