// an interactive-style REPL loop on piped stdin: prompt text goes to stdout
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.setPrompt('calc> ');
rl.prompt();
rl.on('line', (line) => {
  const t = line.trim();
  if (t === 'quit') { rl.close(); return; }
  const m = t.match(/^(\d+)\s*([+*-])\s*(\d+)$/);
  if (!m) console.log('? ' + t);
  else console.log(m[2] === '+' ? +m[1] + +m[3] : m[2] === '-' ? m[1] - m[3] : m[1] * m[3]);
  rl.prompt();
});
rl.on('close', () => console.log('bye, prompt was', JSON.stringify(rl.getPrompt())));
