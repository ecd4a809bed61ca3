// inspector-idle.js LEAKSCOPE — an app idle in poll answers the inspector at once: the
// server reads on the app's loop, with no timer or poll period between a message's
// arrival and its answer. Measured against Node 20 (same app, same client, calls
// alternating between the two in batches so other load falls on both alike): 300
// Profiler.enable round trips each; leakscope's median must stay within 5x Node's (a
// timer-driven read of even 1 ms would be 5-10x; a 10 ms one, 50x and more). The
// figures are printed; bench/inspector-idle.js measures more calls and the p99.
'use strict';
const { ok, done, start, tmpdir } = require('./lib');
const CDP = require('./lib').skipWithout('chrome-remote-interface');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function runNode(file) {
  const proc = spawn(process.execPath, ['--inspect=127.0.0.1:0', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  process.on('exit', () => proc.kill());
  let err = '';
  return new Promise((resolve, reject) => {
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /Debugger listening on (ws:\/\/127\.0\.0\.1:(\d+)\/\S+)/.exec(err);
      if (m && !proc.found) {
        proc.found = true;
        resolve({ proc, url: m[1], port: Number(m[2]) });
      }
    });
    proc.on('exit', (c) => { if (!proc.found) reject(new Error('node exited ' + c + ': ' + err)); });
  });
}

async function trips(client, n, into) {
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await client.send('Profiler.enable');
    if (into)
      into.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}

const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];

(async function () {
  const dir = tmpdir();
  const file = path.join(dir, 'idle.js');
  fs.writeFileSync(file, 'setInterval(() => {}, 1000);\n');
  const t = await start([file], { cwd: dir });
  process.on('exit', () => t.proc.kill());
  const n = await runNode(file);
  const ls = await CDP({ host: '127.0.0.1', port: t.port, target: t.url, local: true });
  const nd = await CDP({ host: '127.0.0.1', port: n.port, target: n.url, local: true });
  const a = [], b = [];
  await trips(ls, 30);
  await trips(nd, 30);
  for (let i = 0; i < 6; i++) {
    await trips(ls, 50, a);
    await trips(nd, 50, b);
  }
  const ma = median(a), mb = median(b);
  console.log('median round trip: leakscope ' + ma.toFixed(3) + ' ms, node ' + mb.toFixed(3) + ' ms (' + (ma / mb).toFixed(2) + 'x)');
  ok('idle: leakscope answers within 5x Node\'s median round trip', ma <= 5 * mb, { leakscope: ma, node: mb });
  await ls.close();
  await nd.close();
  t.proc.kill('SIGTERM');
  await t.exited;
  done();
})().catch((e) => { console.log('FAIL', e && e.stack || e); process.exit(1); });
