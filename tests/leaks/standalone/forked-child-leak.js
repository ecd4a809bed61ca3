// forked-child-leak.js — a supervisor forks a child process (child_process.fork) that
// serves lookups sent over IPC; the child appends every lookup to an audit array it
// never trims, so the child's heap grows (the parent stays flat). The child snapshots
// itself after each batch; the leak is the child's run.
'use strict';

const { fork } = require('child_process');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

if (process.argv[2] !== 'child') {
  const child = fork(__filename, ['child']);
  let batch = 0;
  const send = () => {
    const keys = [];
    for (let i = 0; i < 40; i++) keys.push('sku-' + (batch * 40 + i));
    child.send({ batch, keys });
  };
  child.on('message', (m) => {
    if (++batch < 5) send();
    else child.disconnect();
  });
  send();
} else {
  const lookupAudit = [];
  process.on('message', ({ batch, keys }) => {
    for (const key of keys) lookupAudit.push({ key, at: Date.now(), price: key.length * 3 });
    snap('child batch ' + batch);
    process.send({ batch });
  });
}
