// fork with silent: true pipes the child's stdio; execArgv; exit code; send callback
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  console.log('child stdout line');
  console.error('child stderr line');
  process.on('message', (m) => {
    process.send({ got: m }, () => process.exit(m.code));
  });
} else {
  const c = fork(__filename, ['child'], { silent: true, execArgv: [] });
  let out = '', err = '';
  c.stdout.on('data', (d) => out += d);
  c.stderr.on('data', (d) => err += d);
  const ok = c.send({ code: 3 }, (e) => console.log('send cb', e));
  console.log('send returned', ok);
  c.on('message', (m) => console.log('message', JSON.stringify(m)));
  c.on('exit', (code) => console.log('exit', code));
  c.on('close', (code) => {
    console.log('close', code, JSON.stringify(out), JSON.stringify(err));
  });
}
