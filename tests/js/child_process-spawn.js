// child_process async: spawn with stdio pipes as streams (stdin written and ended, stdout
// and stderr read), 'spawn'/'exit'/'close' with code and signal, kill(), ENOENT as 'error'
// then 'close' -2, exec/execFile callbacks (stdout/stderr strings, error code, cmd),
// env/cwd, a timeout that kills.
const cp = require('child_process');
const c = cp.spawn('sh', ['-c', 'read x; echo "got $x"; echo err >&2; exit 5']);
console.log(typeof c.pid, c.stdin !== null, c.stdout !== null);
c.on('spawn', () => console.log('spawn'));
let out = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => out += d);
c.stderr.on('data', (d) => console.log('stderr', d.toString()));
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', (code, sig) => {
  console.log('close', code, sig, JSON.stringify(out));
  const k = cp.spawn('sleep', ['10']);
  k.on('exit', (code, sig) => {
    console.log('killed exit', code, sig, k.killed, k.signalCode);
    const bad = cp.spawn('nonexist-cmd', ['a']);
    bad.on('error', (e) => console.log('error', e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs, Object.keys(e)));
    bad.on('exit', () => console.log('no exit for ENOENT'));
    bad.on('close', (code, sig) => {
      console.log('close', code, sig);
      cp.exec('echo hi; echo err >&2; exit 2', (e, so, se) => {
        console.log('exec', e.message, e.code, e.killed, e.signal, e.cmd, JSON.stringify(so), JSON.stringify(se), Object.keys(e));
        cp.execFile('echo', ['x', 'y'], (e2, so2) => {
          console.log('execFile', e2, JSON.stringify(so2));
          cp.exec('pwd; echo $ZZ', { cwd: '/tmp', env: { ZZ: 'zz', PATH: process.env.PATH } }, (e3, so3) => {
            console.log('exec env/cwd', e3, JSON.stringify(so3));
            cp.exec('sleep 10', { timeout: 50 }, (e4) => console.log('timeout', e4.killed, e4.signal, e4.code));
          });
        });
      });
    });
  });
  setTimeout(() => console.log('kill ->', k.kill()), 20);
});
c.stdin.end('line\n');
