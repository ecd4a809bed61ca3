// readline: pause/resume events, line with terminal false, close on input end, history option ignored
const readline = require('readline');
const { Readable } = require('stream');
const input = Readable.from(['first line\nsec', 'ond line\n', 'third']);
const rl = readline.createInterface({ input, terminal: false });
const ev = [];
rl.on('line', (l) => {
  ev.push('line:' + l);
  if (l === 'first line') { rl.pause(); setTimeout(() => rl.resume(), 10); }
});
rl.on('pause', () => ev.push('pause'));
rl.on('resume', () => ev.push('resume'));
rl.on('close', () => {
  ev.push('close');
  console.log(ev.join('\n'));
  console.log('line prop', JSON.stringify(rl.line), 'terminal', rl.terminal);
});
