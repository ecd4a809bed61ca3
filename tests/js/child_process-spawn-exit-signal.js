// exit codes and signals of spawned children
const { spawn } = require('child_process');
function run(args) {
  return new Promise((resolve) => {
    const c = spawn('sh', ['-c', args]);
    const events = [];
    c.on('exit', (code, sig) => events.push(`exit ${code} ${sig}`));
    c.on('close', (code, sig) => {
      events.push(`close ${code} ${sig}`);
      console.log(JSON.stringify(args), events.join(' | '), 'exitCode', c.exitCode, 'signalCode', c.signalCode);
      resolve();
    });
  });
}
(async () => {
  await run('exit 0');
  await run('exit 7');
  await run('kill -TERM $$');
  await run('kill -9 $$');
  const c = spawn('sleep', ['10']);
  console.log('pid is number', typeof c.pid === 'number', 'killed', c.killed);
  c.on('exit', (code, sig) => {
    console.log('sleep exit', code, sig, 'killed', c.killed);
  });
  console.log('kill returned', c.kill('SIGINT'));
})();
