// spawnSync/execSync/execFileSync result and errors
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo hi; echo oops >&2; exit 4']);
console.log(Object.keys(r).sort().join(','));
console.log(r.status, r.signal, r.pid > 0, r.output.length, r.output[0], String(r.stdout), String(r.stderr));
const r2 = cp.spawnSync('sh', ['-c', 'cat'], { input: 'from input', encoding: 'utf8' });
console.log(JSON.stringify(r2.stdout), r2.status);
const r3 = cp.spawnSync('/no/such/cmd');
console.log(r3.error.code, r3.error.syscall, r3.error.path, r3.status, r3.pid);
const r4 = cp.spawnSync('sh', ['-c', 'kill -KILL $$']);
console.log('killed', r4.status, r4.signal);
console.log(JSON.stringify(cp.execSync('echo exec-sync', { encoding: 'utf8' })));
try {
  cp.execSync('exit 2', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync threw', e.status, e.signal, e.message.split('\n')[0]);
  console.log(Object.keys(e).sort().join(','));
}
try {
  cp.execFileSync('sh', ['-c', 'echo partial; exit 9'], { encoding: 'utf8', stdio: 'pipe' });
} catch (e) {
  console.log('execFileSync threw', e.status, JSON.stringify(e.stdout), e.message);
}
console.log(cp.execFileSync('echo', ['a', 'b c']).toString());
