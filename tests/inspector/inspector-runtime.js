// inspector-runtime.js LEAKSCOPE — chrome-remote-interface drives the Runtime and
// Debugger domains: DevTools' opening handshake, executionContextCreated, console
// calls (kept before Runtime.enable, then live, with their types), evaluate (values,
// RemoteObjects with ids, returnByValue, exceptionDetails), getProperties,
// releaseObject(Group), exceptionThrown, scriptParsed and getScriptSource, V8's error
// for unknown methods, and several clients in turn.
'use strict';
const { check, ok, done, start, tmpdir } = require('./lib');
const CDP = require('./lib').skipWithout('chrome-remote-interface');
const fs = require('fs');
const path = require('path');

const app = `console.log('hello before any client');
globalThis.app = { name: 'x', list: [1, 2, 3] };
process.on('uncaughtException', (e) => console.log('handled', e.message));
setInterval(() => {}, 1000);
`;

function waitFor(client, event, pred) {
  return new Promise((resolve) => {
    const h = (p) => { if (!pred || pred(p)) { client.removeListener(event, h); resolve(p); } };
    client.on(event, h);
  });
}

(async function () {
  const dir = tmpdir();
  const file = path.join(dir, 'app.js');
  fs.writeFileSync(file, app);
  const t = await start([file], { cwd: dir });
  const client = await CDP({ host: '127.0.0.1', port: t.port, target: t.url, local: true });
  const events = [];
  client.on('event', (m) => events.push(m));

  // DevTools' opening handshake
  const ctx = waitFor(client, 'Runtime.executionContextCreated');
  const kept = waitFor(client, 'Runtime.consoleAPICalled');
  await client.send('Runtime.enable');
  check('executionContextCreated: context 1, default', [(await ctx).context.id, (await ctx).context.auxData.isDefault], [1, true]);
  const k = await kept;
  check('a console call made before any client is sent on enable', [k.type, k.args[0].value], ['log', 'hello before any client']);
  const parsed = waitFor(client, 'Debugger.scriptParsed', (p) => p.url === 'file://' + file);
  const dbg = await client.send('Debugger.enable');
  ok('Debugger.enable gives a debuggerId', typeof dbg.debuggerId === 'string');
  const sp = await parsed;
  check('scriptParsed for the app, with its line count', [sp.url, sp.endLine], ['file://' + file, 4]);
  for (const [m, p] of [['Debugger.setPauseOnExceptions', { state: 'none' }], ['Debugger.setAsyncCallStackDepth', { maxDepth: 32 }],
    ['Profiler.enable', {}], ['Debugger.setBlackboxPatterns', { patterns: [] }], ['Runtime.runIfWaitingForDebugger', {}]])
    check(m + ' answered', await client.send(m, p), {});
  check('getScriptSource: the file', (await client.send('Debugger.getScriptSource', { scriptId: sp.scriptId })).scriptSource, app);

  // evaluate
  check('evaluate 1 + 2', (await client.send('Runtime.evaluate', { expression: '1 + 2' })).result,
    { type: 'number', value: 3, description: '3' });
  check('evaluate a string', (await client.send('Runtime.evaluate', { expression: '"a" + "b"' })).result,
    { type: 'string', value: 'ab' });
  check('evaluate NaN', (await client.send('Runtime.evaluate', { expression: '0/0' })).result,
    { type: 'number', unserializableValue: 'NaN', description: 'NaN' });
  check('evaluate undefined', (await client.send('Runtime.evaluate', { expression: 'undefined' })).result, { type: 'undefined' });
  const o = (await client.send('Runtime.evaluate', { expression: 'app', objectGroup: 'g1' })).result;
  check('evaluate an object: a RemoteObject', [o.type, o.className, o.description, typeof o.objectId], ['object', 'Object', 'Object', 'string']);
  check('returnByValue', (await client.send('Runtime.evaluate', { expression: 'app', returnByValue: true })).result,
    { type: 'object', value: { name: 'x', list: [1, 2, 3] } });
  const props = await client.send('Runtime.getProperties', { objectId: o.objectId, ownProperties: true });
  check('getProperties: own names', props.result.map((p) => p.name), ['name', 'list']);
  const list = props.result[1].value;
  check('getProperties: the array as a RemoteObject', [list.type, list.subtype, list.className, list.description],
    ['object', 'array', 'Array', 'Array(3)']);
  check('getProperties: [[Prototype]]', props.internalProperties.map((p) => p.name), ['[[Prototype]]']);
  const items = await client.send('Runtime.getProperties', { objectId: list.objectId, ownProperties: true });
  check('getProperties of the array', items.result.map((p) => p.name + '=' + (p.value.value === undefined ? p.value.description : p.value.value)),
    ['0=1', '1=2', '2=3', 'length=3']);
  const f = (await client.send('Runtime.callFunctionOn', { objectId: o.objectId, functionDeclaration: 'function (n) { return this.list.length + n; }',
    arguments: [{ value: 10 }] })).result;
  check('callFunctionOn with this and an argument', f.value, 13);
  const ex = await client.send('Runtime.evaluate', { expression: 'nosuch.x' });
  check('an exception: exceptionDetails', [ex.exceptionDetails.text, ex.exceptionDetails.exception.className, ex.result.subtype],
    ['Uncaught', 'ReferenceError', 'error']);
  ok('...with the message in its description', /nosuch/.test(ex.exceptionDetails.exception.description), ex.exceptionDetails.exception.description);
  const syn = await client.send('Runtime.evaluate', { expression: 'a b c' });
  check('a syntax error: exceptionDetails', syn.exceptionDetails.exception.className, 'SyntaxError');

  // console calls, live
  const live = [];
  client.on('Runtime.consoleAPICalled', (p) => live.push(p));
  await client.send('Runtime.evaluate', { expression: 'console.log("from eval", 42, app); console.warn("w"); console.error("e"); console.info("i"); console.debug("d"); console.count(); console.count()' });
  await client.send('Runtime.evaluate', { expression: '1' });
  check('every console call, with its type', live.map((p) => p.type), ['log', 'warning', 'error', 'info', 'debug', 'count', 'count']);
  check('console.log\'s arguments as RemoteObjects', live[0].args.map((a) => a.type + ':' + (a.value !== undefined ? a.value : a.className)),
    ['string:from eval', 'number:42', 'object:Object']);
  check('console.count\'s text', live.slice(5).map((p) => p.args[0].value), ['default: 1', 'default: 2']);
  ok('console calls have a timestamp and context 1', live.every((p) => p.executionContextId === 1 && p.timestamp > 1e12));

  // releasing
  await client.send('Runtime.releaseObject', { objectId: list.objectId });
  let err = null;
  try { await client.send('Runtime.getProperties', { objectId: list.objectId }); } catch (e) { err = e; }
  ok('a released object is gone', err && /Could not find object/.test(err.message), err && err.message);
  await client.send('Runtime.releaseObjectGroup', { objectGroup: 'g1' });
  err = null;
  try { await client.send('Runtime.getProperties', { objectId: o.objectId }); } catch (e) { err = e; }
  ok('a released group is gone', err && /Could not find object/.test(err.message));

  // uncaught exceptions
  const thrown = waitFor(client, 'Runtime.exceptionThrown');
  await client.send('Runtime.evaluate', { expression: 'setTimeout(function () { throw new Error("late") }, 10)' });
  const te = await thrown;
  ok('exceptionThrown for an uncaught exception', /late/.test(te.exceptionDetails.exception.description) && te.exceptionDetails.text === 'Uncaught', te);

  // Node's own domains, answered as Node 20 answers them
  for (const m of ['NodeRuntime.enable', 'NodeRuntime.notifyWhenWaitingForDisconnect', 'NodeWorker.enable', 'NodeWorker.disable',
    'Network.enable', 'Network.disable', 'NodeRuntime.disable'])
    check(m + ': {} as from Node', await client.send(m, m === 'NodeWorker.enable' ? { waitForDebuggerOnStart: false } : {}), {});

  // unknown methods: V8's error (Node has no Target domain, nor these Network methods)
  for (const m of ['Runtime.nope', 'Nope.nope', 'Target.setAutoAttach', 'Network.setAttachDebugStack']) {
    err = null;
    try { await client.send(m); } catch (e) { err = e; }
    check(m + ': -32601', err && err.response, { code: -32601, message: "'" + m + "' wasn't found" });
  }
  await client.close();

  // several clients in turn, each with its own session
  for (let i = 0; i < 3; i++) {
    const c = await CDP({ host: '127.0.0.1', port: t.port, target: t.url, local: true });
    check('client ' + (i + 2) + ' evaluates', (await c.send('Runtime.evaluate', { expression: 'app.name + ' + i })).result.value, 'x' + i);
    await c.close();
  }
  // and two at once
  const a = await CDP({ host: '127.0.0.1', port: t.port, target: t.url, local: true });
  const b = await CDP({ host: '127.0.0.1', port: t.port, target: t.url, local: true });
  check('two clients at once', [(await a.send('Runtime.evaluate', { expression: '1' })).result.value,
    (await b.send('Runtime.evaluate', { expression: '2' })).result.value], [1, 2]);
  await a.close();
  await b.close();
  ok('the app printed what it was asked to', /handled late/.test(t.stdout()), t.stdout());
  t.proc.kill('SIGTERM');
  await t.exited;
  done();
})().catch((e) => { console.log('FAIL', e && e.stack || e); process.exit(1); });
