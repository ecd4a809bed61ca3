// readline over a stream whose chunks split lines: 'line' events, a last line without newline,
// CRLF with for await (Node's output).
const readline = require('readline');
const { Readable } = require('stream');
const input = Readable.from(['line one\nline t', 'wo\n\nlast line without newline']);
const rl = readline.createInterface({ input, crlfDelay: Infinity });
let n = 0;
rl.on('line', (l) => console.log(++n, JSON.stringify(l)));
rl.on('close', async () => {
  console.log('closed');
  const rl2 = readline.createInterface({ input: Readable.from(['a\r\nb\r\n', 'c']) });
  for await (const line of rl2) console.log('iter', JSON.stringify(line));
  console.log('done');
});
