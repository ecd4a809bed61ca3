// promisified exec in a loop and in parallel, with ordered output
const util = require('util');
const { exec, execFile } = require('child_process');
const execP = util.promisify(exec);
const execFileP = util.promisify(execFile);
(async () => {
  for (const n of [3, 1, 2]) {
    const { stdout } = await execP(`seq ${n}`);
    console.log(n, JSON.stringify(stdout));
  }
  const all = await Promise.all(['a', 'b', 'c'].map((x) => execFileP('echo', [x.toUpperCase()])));
  console.log(all.map((r) => r.stdout.trim()).join(''));
  const p = execFileP('sh', ['-c', 'exit 7']);
  console.log('child pid is number', typeof p.child.pid === 'number');
  try { await p; } catch (e) { console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr)); }
})();
