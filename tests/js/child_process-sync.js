// child_process sync: spawnSync (status, signal, output, input, encoding, a timeout's ETIMEDOUT
// and kill, ENOENT as Node's error), execSync (cwd, env, 'Command failed' with status),
// execFileSync (arguments as given, ENOENT).
const cp = require('child_process');
let r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(r.status, r.signal, r.stdout.toString(), r.stderr.toString(), r.output.length, typeof r.pid);
r = cp.spawnSync('cat', [], { input: 'piped input', encoding: 'utf8' });
console.log(r.status, JSON.stringify(r.stdout), r.stderr);
r = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
console.log(r.status, r.signal);
r = cp.spawnSync('nonexist-cmd', ['a']);
console.log(r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path, r.error.spawnargs, r.status, r.signal, r.pid, r.output, r.stdout);
r = cp.spawnSync('sleep', ['5'], { timeout: 100 });
console.log(r.error && r.error.code, r.signal, r.status);
console.log(JSON.stringify(cp.execSync('echo hello; pwd', { cwd: '/tmp', encoding: 'utf8' })));
console.log(cp.execSync('echo $FOO', { env: { FOO: 'bar', PATH: process.env.PATH } }).toString());
try { cp.execSync('echo to-stderr >&2; exit 4', { stdio: 'pipe' }); } catch (e) { console.log(e.message, e.status, e.signal, Object.keys(e)); }
console.log(cp.execFileSync('echo', ['a', 'b c'], { encoding: 'utf8' }));
try { cp.execFileSync('nonexist-cmd'); } catch (e) { console.log(e.message, e.code, Object.keys(e)); }
