// stdio: pipe, ignore, inherit-like fd passing, stdin writes
const { spawn } = require('child_process');
const c1 = spawn('cat', [], { stdio: ['pipe', 'pipe', 'ignore'] });
console.log('stdio lengths', c1.stdio.length, c1.stdin !== null, c1.stdout !== null, c1.stderr);
let out = '';
c1.stdout.setEncoding('utf8');
c1.stdout.on('data', (d) => out += d);
c1.stdin.write('line one\n');
c1.stdin.end('line two\n');
c1.on('close', (code) => {
  console.log('cat said', JSON.stringify(out), code);
  const c2 = spawn('sh', ['-c', 'echo to-stdout; echo to-stderr >&2'], { stdio: ['ignore', 'pipe', 'pipe'] });
  console.log('stdin null', c2.stdin === null);
  const parts = [];
  c2.stdout.on('data', (d) => parts.push('out:' + d.toString().trim()));
  c2.stderr.on('data', (d) => parts.push('err:' + d.toString().trim()));
  c2.on('close', () => {
    console.log(parts.sort());
    const c3 = spawn('sh', ['-c', 'echo $FOO-$BAR; pwd'], { env: { FOO: 'foo', BAR: 'bar', PATH: process.env.PATH }, cwd: '/' });
    c3.stdout.on('data', (d) => process.stdout.write(d));
    c3.on('close', (code) => console.log('env/cwd done', code));
  });
});
