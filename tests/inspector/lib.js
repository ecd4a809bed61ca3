// lib.js — shared by the inspector tests: starts leakscope with --inspect on a free
// loopback port, finds the WebSocket URL in its stderr, and counts checks.
//   start(args, opts) -> Promise<{proc, port, url, stderr(), stdout(), exited}>
//   check(name, got, want) / ok(name, cond) / done()
'use strict';
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const os = require('os');

const bin = path.resolve(process.argv[2] || 'build/leakscope');
let failed = 0;

function skipWithout(mod) {
  try {
    return require(mod);
  } catch (e) {
    console.log('SKIP: ' + mod + ' is not installed (sh tools/deps.sh test, or npm ci in tests/inspector)');
    process.exit(77);
  }
}

function check(name, got, want) {
  const g = JSON.stringify(got), w = JSON.stringify(want);
  if (g !== w) {
    failed = 1;
    console.log('FAIL ' + name + ':\n  got:  ' + g + '\n  want: ' + w);
  } else {
    console.log('ok ' + name);
  }
}

function ok(name, cond, detail) {
  if (!cond) {
    failed = 1;
    console.log('FAIL ' + name + (detail !== undefined ? ': ' + JSON.stringify(detail) : ''));
  } else {
    console.log('ok ' + name);
  }
}

function done() {
  if (failed)
    process.exit(1);
  console.log('PASS');
  process.exit(0);
}

function tmpdir() {
  const d = fs.mkdtempSync(path.join(process.env.TMPDIR || os.tmpdir(), 'leakscope-insp-'));
  process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

// Runs leakscope ARGS (with --inspect=127.0.0.1:0 unless args has an --inspect option)
// and resolves once it listens.
function start(args, opts) {
  opts = opts || {};
  if (!args.some((a) => a.startsWith('--inspect')))
    args = ['--inspect=127.0.0.1:0'].concat(args);
  const proc = spawn(bin, ['run'].concat(args), { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  // the apps run timers: a test that ends (or fails) without ending one must not leave it
  process.on('exit', () => { if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL'); });
  let err = '', out = '';
  const exited = new Promise((resolve) => proc.on('exit', (code, sig) => resolve({ code, sig })));
  proc.stdout.on('data', (d) => { out += d; });
  return new Promise((resolve, reject) => {
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /Debugger listening on (ws:\/\/([^:\/]+|\[[^\]]+\]):(\d+)\/([0-9a-f-]+))\nFor help, see: [^\n]*\n/.exec(err);
      if (m && !proc.found) {
        proc.found = true;
        resolve({ proc, url: m[1], host: m[2], port: Number(m[3]), uuid: m[4],
          stderr: () => err, stdout: () => out, exited });
      }
    });
    exited.then((r) => { if (!proc.found) reject(new Error('leakscope exited ' + JSON.stringify(r) + ': ' + err)); });
  });
}

// GET path from the inspector's HTTP server: {status, headers, body}.
function get(port, p, host) {
  const http = require('http');
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, headers: { Host: host || ('127.0.0.1:' + port) } }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

module.exports = { bin, check, ok, done, start, get, tmpdir, skipWithout };
