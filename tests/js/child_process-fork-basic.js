// child_process.fork: messages both ways over the IPC channel, args, env, silent
// (the child's stdout piped), 'disconnect' on both sides, exit/close, send after close
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  console.log('child connected', process.connected, typeof process.send);
  process.on('message', (m) => {
    if (m === 'bye') {
      process.send({ last: true }, () => process.disconnect());
      return;
    }
    process.send({ echo: m, argv: process.argv.slice(3), env: process.env.FORK_TEST });
  });
  process.on('disconnect', () => console.log('child disconnect', process.connected));
  process.send('ready');
} else {
  const child = fork(__filename, ['child', 'x', 'y'], {
    env: Object.assign({}, process.env, { FORK_TEST: 'yes' }), silent: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  console.log('parent connected', child.connected, child.stdio.length, child.stdio[3]);
  const msgs = [1, 'two', { three: [3, 'x'] }, [null, true], 'bye'];
  child.on('message', (m) => {
    console.log('parent got', JSON.stringify(m));
    if (msgs.length) child.send(msgs.shift());
  });
  child.on('disconnect', () => console.log('parent disconnect', child.connected));
  child.on('exit', (code, sig) => console.log('exit', code, sig));
  child.on('close', (code, sig) => {
    console.log('close', code, sig);
    console.log('child stdout:\n' + out.trimEnd());
    console.log('send after close', child.send('late', (err) => console.log('cb', err.code, err.message)));
  });
}
