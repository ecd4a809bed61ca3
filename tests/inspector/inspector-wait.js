// inspector-wait.js LEAKSCOPE — --inspect-wait and --inspect-brk as Node 20 has them.
// Both wait for a client's Runtime.runIfWaitingForDebugger before the first line;
// --inspect-wait then runs the script, --inspect-brk pauses before its first line
// (scriptParsed for it, Debugger.paused with reason "Break on start" at its line 0) when
// a session has Debugger enabled, until Debugger.resume — or until that session goes —
// and does not pause without one. While paused, evaluation works and nothing of the
// script has run. Each session's start and end are told on stderr as Node tells them.
'use strict';
const { check, ok, done, start, tmpdir } = require('./lib');
const CDP = require('./lib').skipWithout('chrome-remote-interface');
const fs = require('fs');
const path = require('path');

const app = `globalThis.started = true;
console.log('started');
`;
const quiet = (ms) => new Promise((r) => setTimeout(r, ms));

function waitFor(client, event) {
  return new Promise((resolve) => client.once(event, resolve));
}

async function launch(flag, dir) {
  const file = path.join(dir, 'app.js');
  const t = await start([flag + '=127.0.0.1:0', file], { cwd: dir });
  const client = await CDP({ host: '127.0.0.1', port: t.port, target: t.url, local: true });
  const events = [];
  client.on('event', (m) => events.push(m.method));
  return { t, client, file, events };
}

(async function () {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'app.js'), app);

  // --inspect-wait: waits, then runs without pausing even with Debugger enabled
  {
    const { t, client, events } = await launch('--inspect-wait', dir);
    await client.send('Runtime.enable');
    await client.send('Debugger.enable');
    await quiet(300);
    check('--inspect-wait: nothing runs before runIfWaitingForDebugger', t.stdout(), '');
    check('...evaluation works meanwhile', (await client.send('Runtime.evaluate', { expression: 'typeof started' })).result.value, 'undefined');
    await client.send('Runtime.runIfWaitingForDebugger');
    const code = await t.exited;
    check('...then the script runs to its end', [t.stdout(), code.code], ['started\n', 0]);
    ok('...with no pause', !events.includes('Debugger.paused'), events);
    ok('stderr: "Debugger attached."', /\nDebugger attached\.\n/.test(t.stderr()), t.stderr());
  }

  // --inspect-brk without a Debugger session: waits, then runs
  {
    const { t, client, events } = await launch('--inspect-brk', dir);
    await client.send('Runtime.enable');
    await quiet(200);
    check('--inspect-brk: nothing runs before runIfWaitingForDebugger', t.stdout(), '');
    await client.send('Runtime.runIfWaitingForDebugger');
    await t.exited;
    check('...without Debugger enabled it does not pause', [t.stdout(), events.includes('Debugger.paused')], ['started\n', false]);
  }

  // --inspect-brk with Debugger enabled: the pause before the first line
  {
    const { t, client, file } = await launch('--inspect-brk', dir);
    await client.send('Runtime.enable');
    await client.send('Debugger.enable');
    let err = null;
    try { await client.send('Debugger.resume'); } catch (e) { err = e.response; }
    check('Debugger.resume while not paused: V8\'s error', err, { code: -32000, message: 'Can only perform operation while paused.' });
    const parsed = waitFor(client, 'Debugger.scriptParsed');
    const paused = waitFor(client, 'Debugger.paused');
    await client.send('Runtime.runIfWaitingForDebugger');
    const sp = await parsed;
    const p = await paused;
    check('scriptParsed for the main script first', sp.url, 'file://' + file);
    check('Debugger.paused: "Break on start" at its line 0', [p.reason, p.hitBreakpoints, p.callFrames.length, p.callFrames[0].location],
      ['Break on start', [], 1, { scriptId: sp.scriptId, lineNumber: 0, columnNumber: 0 }]);
    check('...with the global scope', p.callFrames[0].scopeChain.map((s) => s.type), ['global']);
    await quiet(200);
    check('paused: nothing of the script ran', t.stdout(), '');
    check('...Runtime.evaluate works', (await client.send('Runtime.evaluate', { expression: 'typeof started' })).result.value, 'undefined');
    check('...Debugger.evaluateOnCallFrame too', (await client.send('Debugger.evaluateOnCallFrame', { callFrameId: p.callFrames[0].callFrameId, expression: '6 * 7' })).result.value, 42);
    check('...and the source is there', (await client.send('Debugger.getScriptSource', { scriptId: sp.scriptId })).scriptSource, app);
    const resumed = waitFor(client, 'Debugger.resumed');
    check('Debugger.resume', await client.send('Debugger.resume'), {});
    await resumed;
    await t.exited;
    check('...the script runs after Debugger.resumed', t.stdout(), 'started\n');
  }

  // --inspect-brk: the paused session goes away
  {
    const { t, client } = await launch('--inspect-brk', dir);
    await client.send('Debugger.enable');
    const paused = waitFor(client, 'Debugger.paused');
    await client.send('Runtime.runIfWaitingForDebugger');
    await paused;
    await quiet(100);
    check('paused until...', t.stdout(), '');
    await client.close();
    await t.exited;
    check('...the only Debugger session disconnects: the script runs', t.stdout(), 'started\n');
    ok('stderr: "Debugger ending on ws://..."', t.stderr().includes('Debugger ending on ' + t.url + '\nFor help, see: https://nodejs.org/en/docs/inspector\n'), t.stderr());
  }
  done();
})().catch((e) => { console.log('FAIL', e && e.stack || e); process.exit(1); });
