// rl.write into the input side, line events, history, 'SIGINT'-less close
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let shown = '';
output.on('data', (d) => shown += d);
const rl = readline.createInterface({ input, output, terminal: false, historySize: 5 });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.write('typed by program\n');
input.write('from input\n');
input.end('last');
rl.on('close', () => {
  console.log(lines);
  console.log('output shown', JSON.stringify(shown));
  console.log(readline.cursorTo(output, 0), readline.clearLine(output, 0), readline.moveCursor(output, 1, 1));
  console.log('escape codes', JSON.stringify(shown));
});
