// spawn with an AbortSignal and with the timeout option
const { spawn, exec } = require('child_process');
const ac = new AbortController();
const c = spawn('sleep', ['10'], { signal: ac.signal });
c.on('error', (e) => console.log('error', e.name, e.code, e.message));
c.on('exit', (code, sig) => {
  console.log('exit', code, sig, 'killed', c.killed);
  const t = spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' });
  t.on('exit', (code2, sig2) => {
    console.log('timeout exit', code2, sig2);
    const ac2 = new AbortController();
    exec('sleep 10', { signal: ac2.signal }, (err) => {
      console.log('exec aborted', err.name, err.code);
    });
    ac2.abort();
  });
});
setTimeout(() => ac.abort(), 20);
