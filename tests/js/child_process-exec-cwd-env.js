// exec with cwd that does not exist, env, and shell option string
const { exec, execFile, execSync } = require('child_process');
exec('pwd', { cwd: '/definitely/not/here' }, (err, so, se) => {
  console.log('bad cwd', err.code, err.syscall, err.path, JSON.stringify(so));
  exec('echo $GREETING', { env: { GREETING: 'hi there' } }, (e2, so2) => {
    console.log('env', e2, JSON.stringify(so2));
    execFile('sh', ['-c', 'echo "$0" "$1"', 'zero', 'one'], (e3, so3) => {
      console.log('args', JSON.stringify(so3));
      console.log('execSync shell', JSON.stringify(execSync('echo $0', { shell: '/bin/sh', encoding: 'utf8' })));
      try { execSync('echo fail >&2; exit 1', { stdio: ['pipe', 'pipe', 'pipe'] }); } catch (e) {
        console.log('stderr buffer', Buffer.isBuffer(e.stderr), String(e.stderr).trim(), e.status);
      }
    });
  });
});
