// spawn with shell: true, argv0, spawnargs/spawnfile, on('spawn') and on('error')
const { spawn } = require('child_process');
const c = spawn('echo $((2+3)) | tr 5 X', { shell: true });
console.log('spawnfile', c.spawnfile, 'spawnargs', JSON.stringify(c.spawnargs));
c.on('spawn', () => console.log('spawn event'));
c.stdout.on('data', (d) => console.log('out', d.toString().trim()));
c.on('close', (code) => {
  console.log('close', code);
  const bad = spawn('definitely-not-a-command-xyz', ['a']);
  bad.on('spawn', () => console.log('unexpected spawn'));
  bad.on('error', (e) => {
    console.log('error', e.code, e.syscall, e.path, JSON.stringify(e.spawnargs), e.message);
  });
  bad.on('close', (code, sig) => console.log('bad close', code, sig, bad.pid));
  bad.on('exit', () => console.log('bad exit'));
});
