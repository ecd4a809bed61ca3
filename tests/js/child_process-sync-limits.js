// synchronous children: timeouts, maxBuffer, killSignal, stdio arrays, errors
const cp = require('child_process');
const r1 = cp.spawnSync('sleep', ['5'], { timeout: 50 });
console.log('timeout', r1.error && r1.error.code, r1.error && r1.error.syscall, r1.signal, r1.status);
// (the child is still running when the kill lands: 'yes | head -c N' races, in Node too)
const r2 = cp.spawnSync('sh', ['-c', 'head -c 5000 /dev/zero; exec sleep 5'], { maxBuffer: 1000 });
console.log('maxBuffer', r2.error && r2.error.code, r2.stdout.length > 1000, r2.signal);
// maxBuffer bounds stdout and stderr together
const r2b = cp.spawnSync('sh', ['-c', 'head -c 600 /dev/zero; head -c 600 /dev/zero >&2; exec sleep 5'],
  { maxBuffer: 1000 });
console.log('maxBuffer both', r2b.error && r2b.error.code, r2b.stdout.length, r2b.stderr.length, r2b.signal);
// a child that ignores the kill signal: the pipes close under it, it dies writing
const r2c = cp.spawnSync('sh', ['-c', "trap '' TERM; yes"], { maxBuffer: 1000 });
// (yes exits 141 from SIGPIPE or, now and then, 1: in Node too)
console.log('maxBuffer survivor', r2c.error && r2c.error.code, r2c.signal, r2c.status > 0);
try {
  cp.execSync('sleep 5', { timeout: 50, killSignal: 'SIGKILL' });
} catch (e) {
  console.log('execSync timeout', e.code, e.signal, e.status, typeof e.message);
}
try {
  cp.execFileSync('sh', ['-c', 'echo partial-out; exit 3'], { stdio: ['ignore', 'pipe', 'ignore'] });
} catch (e) {
  console.log('execFileSync', e.status, String(e.stdout), e.stderr);
}
const r3 = cp.spawnSync('sh', ['-c', 'read x; echo got:$x'], { input: 'value\n', stdio: ['pipe', 'pipe', 'inherit'] });
console.log('input', String(r3.stdout).trim(), r3.stderr);
const r4 = cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-name', encoding: 'utf8' });
console.log('argv0 ignored by sh -c', r4.stdout.trim().length > 0);
try { cp.spawnSync(); } catch (e) { console.log(e.code, e.message); }
try { cp.spawnSync('ls', 'notarray'); } catch (e) { console.log(e.code, e.message); }
