// inspector-http.js LEAKSCOPE — the HTTP side of --inspect: Node's two stderr lines,
// /json, /json/list, /json/version, /json/protocol with Node's fields, the Host check
// (DNS rebinding) and unknown paths, the warning for a non-loopback bind, bad
// --inspect values, and a server that never keeps the app alive.
'use strict';
const { check, ok, done, start, get, bin } = require('./lib');
const { spawnSync } = require('child_process');

(async function () {
  const t = await start(['-e', 'setTimeout(function () {}, 60000)']);
  const lines = t.stderr().split('\n');
  ok('first line: Debugger listening on ws://127.0.0.1:PORT/UUID',
    /^Debugger listening on ws:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(lines[0]), lines[0]);
  check('second line', lines[1], 'For help, see: https://nodejs.org/en/docs/inspector');
  ok('port 0 picked a real port', t.port > 0);

  for (const p of ['/json', '/json/list']) {
    const r = await get(t.port, p);
    check(p + ': status and type', [r.status, r.headers['content-type']], [200, 'application/json; charset=UTF-8']);
    const list = JSON.parse(r.body);
    check(p + ': one target with Node\'s fields', Object.keys(list[0]).sort(), ['description', 'devtoolsFrontendUrl',
      'devtoolsFrontendUrlCompat', 'faviconUrl', 'id', 'title', 'type', 'url', 'webSocketDebuggerUrl']);
    check(p + ': type, id, webSocketDebuggerUrl', [list[0].type, list[0].id, list[0].webSocketDebuggerUrl], ['node', t.uuid, t.url]);
    check(p + ': devtoolsFrontendUrl', list[0].devtoolsFrontendUrl,
      'devtools://devtools/bundled/js_app.html?experiments=true&v8only=true&ws=127.0.0.1:' + t.port + '/' + t.uuid);
  }
  const v = await get(t.port, '/json/version');
  check('/json/version', JSON.parse(v.body), { 'Browser': 'node.js/v20.20.2', 'Protocol-Version': '1.1' });
  const pr = JSON.parse((await get(t.port, '/json/protocol')).body);
  const names = pr.domains.map((d) => d.domain);
  check('/json/protocol lists the domains', names, ['Runtime', 'Debugger', 'Profiler', 'HeapProfiler', 'NodeRuntime', 'NodeWorker', 'Network']);
  ok('/json/protocol: Runtime.evaluate and HeapProfiler.takeHeapSnapshot are commands',
    pr.domains[0].commands.some((c) => c.name === 'evaluate') && pr.domains[3].commands.some((c) => c.name === 'takeHeapSnapshot'));

  for (const h of ['localhost', 'localhost:' + t.port, '127.0.0.1', '[::1]:9229', '10.1.2.3:80']) {
    const r = await get(t.port, '/json/list', h);
    check('Host ' + h + ' is served', r.status, 200);
  }
  for (const h of ['evil.example', 'evil.example:' + t.port, 'localhost.evil.example', '127.0.0.1.nip.example']) {
    const r = await get(t.port, '/json/list', h);
    check('Host ' + h + ' is refused (DNS rebinding)', [r.status, r.body], [400, 'WebSockets request was expected\n']);
  }
  const u = await get(t.port, '/nothing');
  check('unknown path: 400 as Node', u.status, 400);
  // several clients in turn, and the app still runs
  for (let i = 0; i < 3; i++)
    check('client ' + (i + 1) + ' in turn', (await get(t.port, '/json')).status, 200);
  t.proc.kill('SIGTERM');
  await t.exited;

  // the server keeps nothing alive: the app ends as it would without --inspect
  const quick = spawnSync(bin, ['--inspect=127.0.0.1:0', '-e', 'setTimeout(function () { console.log("end") }, 50)'], { encoding: 'utf8', timeout: 20000 });
  check('an app with --inspect ends on its own', [quick.status, quick.stdout], [0, 'end\n']);
  const wide = spawnSync(bin, ['--inspect=0.0.0.0:0', '-e', '1'], { encoding: 'utf8', timeout: 20000 });
  ok('a non-loopback bind warns', /warning: the inspector listens on 0\.0\.0\.0, which is not a loopback address/.test(wide.stderr), wide.stderr);
  const bad = spawnSync(bin, ['--inspect=127.0.0.1:99999', '-e', '1'], { encoding: 'utf8', timeout: 20000 });
  check('a bad port: exit 9', [bad.status, bad.stderr.replace(/^.*?: /, '')], [9, 'bad option: --inspect=127.0.0.1:99999\n']);
  const busy = await start(['-e', 'setTimeout(function () {}, 60000)']);
  const clash = spawnSync(bin, ['--inspect=127.0.0.1:' + busy.port, '-e', 'console.log("ran")'], { encoding: 'utf8', timeout: 20000 });
  check('a port in use: Node\'s message, and the app runs anyway', [clash.stderr, clash.stdout, clash.status],
    ['Starting inspector on 127.0.0.1:' + busy.port + ' failed: address already in use\n', 'ran\n', 0]);
  busy.proc.kill('SIGTERM');
  await busy.exited;
  done();
})().catch((e) => { console.log('FAIL', e && e.stack || e); process.exit(1); });
