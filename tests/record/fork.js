// fork.js — a process that forks a child in another directory, which forks a grandchild:
// each answers its parent's message and ends. Recorded by record-fork.sh.
const { fork } = require('child_process');
const depth = Number(process.argv[2] || 0);
if (depth < 2) {
  const child = fork(__filename, [String(depth + 1)], { cwd: process.env.FORK_CWD });
  child.on('message', (m) => {
    console.log('depth ' + depth + ' got ' + m);
    if (process.send) process.send(m + ' via ' + depth);
    child.disconnect();
  });
} else {
  process.send('hello from ' + process.pid);
}
