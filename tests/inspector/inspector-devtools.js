// inspector-devtools.js LEAKSCOPE — the DevTools front end (Chromium's own, bundled in
// the browser as devtools://devtools/bundled/js_app.html, the page /json/list's
// devtoolsFrontendUrl names) in headless Chromium, driven by playwright-core (web-ui's,
// installed by tools/deps.sh with Debian's chromium), against `leakscope run --inspect`
// and, for reference, against `node --inspect` running the same app.
//
// A recording WebSocket proxy sits between the front end and the target: every CDP
// message the front end sends and every answer is kept. Checks: the front end connects
// (the app's console messages show in its Console panel); every call it makes is
// answered; the calls answered with an error are only calls Node answers with an error
// too (the front end asks a Node target for a few Network methods Node lacks); an
// expression typed in its console is evaluated (modern syntax, and `require`, through
// the evaluate DevTools sends); the Memory panel takes a heap snapshot and lists the
// app's class; the page logs no uncaught error. With --inspect-brk its Sources panel
// shows the pause before the first line and its Resume button runs the script.
// Screenshots of the Console, Memory and paused Sources panels are saved in
// BUILD/inspector-screenshots/ (BUILD: the directory of
// LEAKSCOPE). Exit 77 (skipped), with the reason, only when there is no browser to run:
// playwright-core or chromium missing, or chromium failing to start.
'use strict';
const { check, ok, done, start, tmpdir, get, bin } = require('./lib');
const WebSocket = require('./lib').skipWithout('ws');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = path.join(path.dirname(bin), 'inspector-screenshots');
let chromium;
try {
  ({ chromium } = require(path.join(__dirname, '..', '..', 'web-ui', 'node_modules', 'playwright-core')));
} catch (e) {
  console.log('SKIP: playwright-core is not installed in web-ui (sh tools/deps.sh)');
  process.exit(77);
}
if (!fs.existsSync(browserPath)) {
  console.log('SKIP: no browser at ' + browserPath + ' (sh tools/deps.sh test installs chromium)');
  process.exit(77);
}

const app = `class LeakyThing { constructor(i) { this.i = i; this.pad = 'x'.repeat(64); } }
globalThis.things = [];
let n = 0;
console.log('hello from the app');
setInterval(() => { things.push(new LeakyThing(n++)); if (n % 10 === 0) console.log('tick', n); }, 50);
`;

// A WebSocket proxy to target (ws://HOST:PORT/ID) that keeps every message: the
// returned log holds {dir: '->' (front end to target) or '<-', msg}.
function recordingProxy(target) {
  const log = [];
  const server = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  server.on('connection', (front) => {
    const back = new WebSocket(target);
    const queue = [];
    back.on('open', () => { queue.splice(0).forEach((m) => back.send(m)); });
    front.on('message', (m) => {
      m = String(m);
      log.push({ dir: '->', msg: JSON.parse(m) });
      if (back.readyState === WebSocket.OPEN) back.send(m); else queue.push(m);
    });
    back.on('message', (m) => {
      m = String(m);
      log.push({ dir: '<-', msg: JSON.parse(m) });
      if (front.readyState === WebSocket.OPEN) front.send(m);
    });
    back.on('error', () => front.close());
    front.on('close', () => back.close());
    back.on('close', () => front.close());
  });
  return new Promise((resolve) => server.on('listening', () => resolve({ server, log, port: server.address().port })));
}

// Calls sent, answered and refused, from a proxy's log.
function calls(log) {
  const sent = new Map(), answered = new Map();
  for (const { dir, msg } of log) {
    if (dir === '->' && msg.id !== undefined)
      sent.set(msg.id, msg.method);
    else if (dir === '<-' && msg.id !== undefined)
      answered.set(msg.id, msg.error ? msg.error : null);
  }
  const unanswered = [], errors = new Map();
  for (const [id, method] of sent) {
    if (!answered.has(id))
      unanswered.push(method);
    else if (answered.get(id))
      errors.set(method, answered.get(id));
  }
  return { methods: new Set(sent.values()), unanswered, errors };
}

// Opens the front end for a target (ws URL) in a fresh page, through a recording proxy.
async function openFrontEnd(browser, frontendUrl, target) {
  const proxy = await recordingProxy(target);
  const id = target.slice(target.lastIndexOf('/') + 1);
  const u = new URL(frontendUrl.replace(/^devtools:\/\//, 'http://'));
  u.searchParams.set('ws', '127.0.0.1:' + proxy.port + '/' + id);
  // this Chromium refuses a front-end URL that asks for experiments and v8only at once
  // (ERR_INVALID_URL); the experiments are not what is tested
  u.searchParams.delete('experiments');
  const url = 'devtools://' + u.href.slice('http://'.length).replace(/%3A/g, ':').replace(/%2F/g, '/');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.setDefaultTimeout(60000);
  await page.goto(url);
  return { page, context, proxy, pageErrors, url };
}

async function typeInConsole(page, text) {
  await page.locator('#console-prompt').click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

function runNode(file, cwd) {
  const proc = spawn(process.execPath, ['--inspect=127.0.0.1:0', file], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
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

(async function () {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: browserPath, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  } catch (e) {
    console.log('SKIP: chromium cannot run here: ' + String(e.message).split('\n')[0]);
    process.exit(77);
  }
  fs.mkdirSync(shots, { recursive: true });
  const dir = tmpdir();
  const file = path.join(dir, 'app.js');
  fs.writeFileSync(file, app);

  // Node first: what this front end gets from the reference
  const node = await runNode(file, dir);
  process.on('exit', () => node.proc.kill());
  const nodeList = JSON.parse((await get(node.port, '/json/list')).body)[0];
  const nfe = await openFrontEnd(browser, nodeList.devtoolsFrontendUrl, node.url);
  await nfe.page.getByText('hello from the app').first().waitFor();
  await typeInConsole(nfe.page, '[1, 2, 3].map(x => x * 2).join("-")');
  await nfe.page.getByText(/2-4-6/).first().waitFor();
  const nodeCalls = calls(nfe.proxy.log);
  await nfe.context.close();
  nfe.proxy.server.close();
  node.proc.kill();

  // leakscope
  const t = await start([file], { cwd: dir });
  process.on('exit', () => t.proc.kill());
  const list = JSON.parse((await get(t.port, '/json/list')).body)[0];
  ok('/json/list names the front end: js_app.html, v8only', /^devtools:\/\/devtools\/bundled\/js_app\.html\?.*v8only=true/.test(list.devtoolsFrontendUrl), list.devtoolsFrontendUrl);
  const fe = await openFrontEnd(browser, list.devtoolsFrontendUrl, t.url);
  console.log('front end: ' + fe.url);
  await fe.page.getByText('hello from the app').first().waitFor();
  ok('connected: the app\'s console message shows in the Console panel', true);
  await fe.page.getByText(/tick 10/).first().waitFor();
  ok('...and the ones it logs afterwards', true);
  await typeInConsole(fe.page, '[1, 2, 3].map(x => x * 2).join("-")');
  await fe.page.getByText(/2-4-6/).first().waitFor();
  ok('an arrow function typed in its console is evaluated', true);
  await typeInConsole(fe.page, 'require("path").basename("/a/b/leaky.js").toUpperCase()');
  await fe.page.getByText(/LEAKY\.JS/).first().waitFor();
  ok('...and require', true);
  await fe.page.screenshot({ path: path.join(shots, 'devtools-console.png') });

  // the Memory panel takes a heap snapshot
  await fe.page.getByRole('tab', { name: 'Memory' }).click();
  await fe.page.getByRole('button', { name: 'Take heap snapshot' }).click();
  await fe.page.getByText('LeakyThing').first().waitFor({ timeout: 90000 });
  ok('the Memory panel takes a heap snapshot listing the app\'s class', true);
  await fe.page.screenshot({ path: path.join(shots, 'devtools-memory.png') });

  const ours = calls(fe.proxy.log);
  console.log('the front end called: ' + [...ours.methods].sort().join(' '));
  check('every call is answered', ours.unanswered, []);
  const extra = [...ours.errors.keys()].filter((m) => !nodeCalls.errors.has(m));
  check('calls refused that Node answers', extra.map((m) => m + ': ' + JSON.stringify(ours.errors.get(m))), []);
  console.log('refused as Node refuses them: ' + [...ours.errors.keys()].filter((m) => nodeCalls.errors.has(m)).join(' '));
  check('no uncaught error in the front end', fe.pageErrors, []);
  for (const m of ['Runtime.enable', 'Debugger.enable', 'Profiler.enable', 'Runtime.runIfWaitingForDebugger', 'Runtime.evaluate', 'HeapProfiler.takeHeapSnapshot'])
    ok('the front end called ' + m, ours.methods.has(m));
  await fe.context.close();
  fe.proxy.server.close();
  t.proc.kill('SIGTERM');
  await t.exited;

  // --inspect-brk: the Sources panel shows the pause before the first line; Resume runs it
  const b = await start(['--inspect-brk=127.0.0.1:0', file], { cwd: dir });
  process.on('exit', () => b.proc.kill());
  const bl = JSON.parse((await get(b.port, '/json/list')).body)[0];
  const bfe = await openFrontEnd(browser, bl.devtoolsFrontendUrl, b.url);
  await bfe.page.getByText('Debugger paused').first().waitFor();
  ok('--inspect-brk: the front end shows the debugger paused', true);
  await bfe.page.getByText('LeakyThing').first().waitFor();
  check('...with the main script open, and nothing of it has run', b.stdout(), '');
  await bfe.page.screenshot({ path: path.join(shots, 'devtools-paused.png') });
  await bfe.page.getByRole('button', { name: /^Resume script execution/ }).first().click();
  await bfe.page.getByRole('tab', { name: 'Console' }).click();
  await bfe.page.getByText('hello from the app').first().waitFor();
  ok('Resume: the script runs and logs', /hello from the app/.test(b.stdout()), b.stdout());
  const brk = calls(bfe.proxy.log);
  ok('the front end resumed with Debugger.resume', brk.methods.has('Debugger.resume'), [...brk.methods]);
  check('every call is answered', brk.unanswered, []);
  check('calls refused that Node answers', [...brk.errors.keys()].filter((m) => !nodeCalls.errors.has(m)), []);
  check('no uncaught error in the front end', bfe.pageErrors, []);
  await bfe.context.close();
  bfe.proxy.server.close();
  b.proc.kill('SIGTERM');
  await b.exited;
  await browser.close();
  done();
})().catch((e) => { console.log('FAIL', e && e.stack || e); process.exit(1); });
