// running this runtime again: process.execPath with -e / -p and a script argument
const { execFileSync, spawn } = require('child_process');
console.log(execFileSync(process.execPath, ['-e', 'console.log(1 + 1)']).toString().trim());
console.log(execFileSync(process.execPath, ['-p', '[1, 2, 3].map((x) => x * 2).join(",")'], { encoding: 'utf8' }).trim());
console.log(execFileSync(process.execPath, ['-e', 'console.log(process.argv.slice(2).join("|"))', '--', 'a', 'b c'], { encoding: 'utf8' }).trim());
const c = spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)']);
let out = '';
c.stdout.on('data', (d) => out += d);
c.on('close', (code) => console.log('echoed', JSON.stringify(out), code));
c.stdin.end('through a child\n');
try {
  execFileSync(process.execPath, ['-e', 'process.exit(5)']);
} catch (e) {
  console.log('status', e.status);
}
