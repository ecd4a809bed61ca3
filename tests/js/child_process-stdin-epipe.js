// writing to a child that exited without reading: EPIPE on stdin is an 'error' on the stream
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'exit 0'], { stdio: ['pipe', 'ignore', 'ignore'] });
c.on('exit', (code) => {
  console.log('child exited', code);
  const big = Buffer.alloc(256 * 1024);
  c.stdin.on('error', (e) => console.log('stdin error', e.code, e.syscall));
  c.stdin.write(big);
  c.stdin.end();
});
c.on('close', () => console.log('close'));
