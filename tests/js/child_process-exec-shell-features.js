// shell features through exec: pipes, redirects, exit status of the last command, quoting
const { exec } = require('child_process');
const cmds = [
  'echo one two three | wc -w',
  'printf "%s-%s" a b',
  'false; echo $?',
  'echo "quoted \\"inner\\" text"',
  'sh -c "exit 42"',
  'echo err >&2; echo out',
  'kill -TERM $$',
];
(async () => {
  for (const c of cmds) {
    await new Promise((resolve) => exec(c, (err, so, se) => {
      console.log(JSON.stringify(c), err ? `err code=${err.code} signal=${err.signal} killed=${err.killed}` : 'ok', JSON.stringify(so), JSON.stringify(se));
      resolve();
    }));
  }
})();
