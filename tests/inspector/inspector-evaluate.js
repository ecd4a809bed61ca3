// inspector-evaluate.js LEAKSCOPE — Runtime.evaluate compiles as the app's own code is
// compiled (down-leveled: modern syntax works; top-level let/const/class stay for later
// evaluations, as in Node's REPL mode), with Node's command line API `require` when
// includeCommandLineAPI is set (relative names from the working directory, node_modules
// searched from it) and never otherwise; throwOnSideEffect (DevTools' preview while
// typing) is refused with V8's EvalError before anything runs; compileScript checks
// syntax and persists for runScript; addBinding's function reports bindingCalled.
// Expected values are Node 20's answers to the same calls.
'use strict';
const { check, ok, done, start, tmpdir } = require('./lib');
const CDP = require('./lib').skipWithout('chrome-remote-interface');
const fs = require('fs');
const path = require('path');

const app = `globalThis.items = [{ n: 1 }, { n: 2 }, { n: 3 }];
globalThis.sideEffects = 0;
setInterval(() => {}, 1000);
`;

(async function () {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'app.js'), app);
  fs.writeFileSync(path.join(dir, 'helper.js'), 'module.exports = { answer: 42 };\n');
  fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'index.js'), 'exports.name = "pkg";\n');
  const t = await start([path.join(dir, 'app.js')], { cwd: dir });
  const client = await CDP({ host: '127.0.0.1', port: t.port, target: t.url, local: true });
  const ev = async (expression, more) => (await client.send('Runtime.evaluate', Object.assign({ expression }, more))).result;
  const cli = { includeCommandLineAPI: true };

  // modern syntax, down-leveled
  check('an arrow function and a spread', (await ev('[...items].map(({ n }) => n * 2)', { returnByValue: true })).value, [2, 4, 6]);
  check('a template literal', (await ev('`n=${items.length}`')).value, 'n=3');
  check('a class with a private field', (await ev('class Box { #v = 7; get v() { return this.#v; } }; new Box().v')).value, 7);
  check('optional chaining and ??', (await ev('items[9]?.n ?? "none"')).value, 'none');
  check('let at the top level stays for the next evaluation', [(await ev('let kept = 5; kept')).value, (await ev('kept * 2')).value], [5, 10]);
  check('a class declared earlier is still there', (await ev('new Box().v + 1')).value, 8);
  const syn = await client.send('Runtime.evaluate', { expression: 'let = = 1' });
  check('a syntax error: SyntaxError in exceptionDetails', [syn.exceptionDetails && syn.exceptionDetails.exception.className, syn.result.subtype], ['SyntaxError', 'error']);

  // the command line API's require
  check('require with includeCommandLineAPI', (await ev('typeof require', cli)).value, 'function');
  check('no require without it', (await ev('typeof require')).value, 'undefined');
  check('a built-in module', (await ev('require("path").join("a", "b")', cli)).value, 'a/b');
  check('a file relative to the working directory', (await ev('require("./helper").answer', cli)).value, 42);
  check('a package from its node_modules', (await ev('require("pkg").name', cli)).value, 'pkg');
  check('require is gone after the evaluation', (await ev('typeof globalThis.require')).value, 'undefined');
  const missing = await client.send('Runtime.evaluate', { expression: 'require("./nope")', includeCommandLineAPI: true });
  ok('a missing module throws Node\'s error', missing.exceptionDetails && /Cannot find module '\.\/nope'/.test(missing.exceptionDetails.exception.description),
    missing.exceptionDetails && missing.exceptionDetails.exception.description);

  // DevTools' preview while typing: refused, and nothing runs
  const pre = await client.send('Runtime.evaluate', { expression: 'sideEffects++', throwOnSideEffect: true, generatePreview: true, timeout: 500 });
  check('throwOnSideEffect: V8\'s EvalError', [pre.result.className, pre.result.description, pre.exceptionDetails && pre.exceptionDetails.text],
    ['EvalError', 'EvalError: Possible side-effect in debug-evaluate', 'Uncaught']);
  check('...and the expression did not run', (await ev('sideEffects')).value, 0);

  // compileScript and runScript (the Runtime agent must be enabled, as in V8)
  let err = null;
  try { await client.send('Runtime.compileScript', { expression: '1', sourceURL: '', persistScript: false }); } catch (e) { err = e.response; }
  check('compileScript before Runtime.enable', err, { code: -32000, message: 'Runtime agent is not enabled' });
  await client.send('Runtime.enable');
  check('compileScript of good code: {}', await client.send('Runtime.compileScript', { expression: 'items.map(x => x.n)', sourceURL: '', persistScript: false }), {});
  const bad = await client.send('Runtime.compileScript', { expression: 'items.map(x =>', sourceURL: '', persistScript: false });
  check('compileScript of bad code: exceptionDetails', bad.exceptionDetails && bad.exceptionDetails.exception.className, 'SyntaxError');
  check('...and nothing ran', (await ev('sideEffects')).value, 0);
  const kept = await client.send('Runtime.compileScript', { expression: 'sideEffects += 10', sourceURL: '', persistScript: true });
  ok('persistScript: a scriptId', typeof kept.scriptId === 'string', kept);
  check('runScript runs it', (await client.send('Runtime.runScript', { scriptId: kept.scriptId })).result.value, 10);
  check('...each time', (await client.send('Runtime.runScript', { scriptId: kept.scriptId })).result.value, 20);

  // addBinding
  const called = new Promise((resolve) => client.once('Runtime.bindingCalled', resolve));
  check('addBinding', await client.send('Runtime.addBinding', { name: 'reportBack' }), {});
  await ev('reportBack("payload " + items.length)');
  check('bindingCalled with the payload', await called, { name: 'reportBack', payload: 'payload 3', executionContextId: 1 });
  await client.send('Runtime.removeBinding', { name: 'reportBack' });
  check('removeBinding takes the function away', (await ev('typeof reportBack')).value, 'undefined');

  await client.close();
  t.proc.kill('SIGTERM');
  await t.exited;
  done();
})().catch((e) => { console.log('FAIL', e && e.stack || e); process.exit(1); });
