// exit codes of forked node programs: exitCode, uncaught exception, process.exit in handlers
const { fork } = require('child_process');
const mode = process.argv[2];
if (mode === 'exitcode') { process.exitCode = 9; }
else if (mode === 'throw') { process.stderr.write(''); throw new Error('child blew up'); }
else if (mode === 'exit-in-handler') { process.on('exit', (c) => { console.log('child exit handler saw', c); process.exitCode = 4; }); }
else if (mode === 'reject') { Promise.reject(new Error('nope')); }
else {
  const modes = ['exitcode', 'throw', 'exit-in-handler', 'reject'];
  (async () => {
    for (const m of modes) {
      await new Promise((resolve) => {
        const c = fork(__filename, [m], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
        let out = '', err = '';
        c.stdout.on('data', (d) => out += d);
        c.stderr.on('data', (d) => err += d);
        c.on('close', (code, sig) => {
          const firstErr = err.split('\n').find((l) => /Error/.test(l)) || '';
          console.log(m, code, sig, JSON.stringify(out.trim()), JSON.stringify(firstErr.trim()));
          resolve();
        });
      });
    }
  })();
}
