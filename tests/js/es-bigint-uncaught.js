// An uncaught BigInt error ends the process as in Node: its first stderr line names the
// error, and the exit code is 1.
const { spawnSync } = require('child_process');
for (const src of ['1n + 1', 'let x = +2n', '2n >>> 1n', 'JSON.stringify({ n: 1n })', 'BigInt(0.5)', '1n / 0n', 'new BigInt(2)']) {
  const r = spawnSync(process.execPath, ['-e', src], { encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => /Error/.test(l));
  console.log(src, '->', r.status, line);
}
console.log(typeof 1n);
1n * 1;
