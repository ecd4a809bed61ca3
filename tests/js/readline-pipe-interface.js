// readline over a child process's stdout pipe; line events, close, history-free
const { spawn } = require('child_process');
const readline = require('readline');
const c = spawn('sh', ['-c', 'printf "alpha\\nbeta\\r\\ngamma\\n\\nlast-no-newline"']);
const rl = readline.createInterface({ input: c.stdout, crlfDelay: Infinity });
const lines = [];
rl.on('line', (l) => lines.push(JSON.stringify(l)));
rl.on('close', () => {
  console.log(lines.join(' '));
  console.log('count', lines.length);
});
