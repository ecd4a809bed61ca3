// fork with IPC: messages both ways, serialization of values, disconnect, exit code
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m.cmd === 'echo') process.send({ echoed: m.payload, connected: process.connected });
    if (m.cmd === 'exit') {
      process.exitCode = 5;
      process.disconnect();
    }
  });
  process.send({ ready: true, argv: process.argv.slice(2) });
} else {
  const child = fork(__filename, ['child', 'extra']);
  const log = [];
  child.on('message', (m) => {
    console.log('parent got', JSON.stringify(m));
    if (m.ready) child.send({ cmd: 'echo', payload: { n: 1, s: 'x', arr: [1, null, true], nested: { d: 2 } } });
    else if (m.echoed) child.send({ cmd: 'exit' });
  });
  child.on('disconnect', () => log.push('disconnect'));
  child.on('exit', (code, sig) => log.push(`exit ${code} ${sig}`));
  child.on('close', (code, sig) => {
    log.push(`close ${code} ${sig}`);
    console.log(log.join(', '), 'connected', child.connected);
  });
}
