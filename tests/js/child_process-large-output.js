// large outputs through exec and spawn, and a child that reads all of stdin
const { exec, spawn, execSync } = require('child_process');
exec('seq 1 50000', { maxBuffer: 10 * 1024 * 1024 }, (err, stdout) => {
  const lines = stdout.trim().split('\n');
  console.log('exec lines', lines.length, lines[0], lines[lines.length - 1], err);
  const wc = spawn('wc', ['-c']);
  let r = '';
  wc.stdout.on('data', (d) => r += d);
  wc.on('close', (code) => {
    console.log('wc counted', r.trim(), code);
    console.log('execSync bytes', execSync('head -c 300000 /dev/zero').length);
  });
  const big = Buffer.alloc(1024 * 1024, 'a');
  wc.stdin.write(big);
  wc.stdin.end('tail');
});
