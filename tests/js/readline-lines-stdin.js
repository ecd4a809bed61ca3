// readline over piped stdin: a line per \n, \r\n or lone \r, the unterminated last line,
// then pause and close.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => { n++; console.log(`line ${n}: [${line}]`); });
rl.on('pause', () => console.log('pause'));
rl.on('close', () => console.log('close', n));
console.log(typeof rl.question, rl.terminal, rl.line, rl.closed);
