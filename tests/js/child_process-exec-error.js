// exec error object fields for a failing command
const { exec, execFile } = require('child_process');
exec('echo out; echo err 1>&2; exit 3', (err, stdout, stderr) => {
  console.log('instanceof', err instanceof Error);
  console.log('code', err.code, 'killed', err.killed, 'signal', err.signal);
  console.log('cmd', err.cmd);
  console.log('message', JSON.stringify(err.message));
  console.log('stdout', JSON.stringify(stdout), 'stderr', JSON.stringify(stderr));
  console.log('keys', Object.keys(err).sort().join(','));
  execFile('/nonexistent/binary', ['x'], (err2, so, se) => {
    console.log('enoent', err2.code, err2.errno, err2.syscall, err2.path, err2.spawnargs);
    console.log('message', err2.message);
    console.log(JSON.stringify(so), JSON.stringify(se));
  });
});
