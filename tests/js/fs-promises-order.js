// fs.promises settle from the poll phase: code after an await-equivalent then() runs
// before setImmediate and setTimeout(0) scheduled there, nextTicks before promise
// jobs, and a promise never settles synchronously.
var fs = require('fs');
var fsp = fs.promises;
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-promises-order-'));
var f = path.join(dir, 'f');
fs.writeFileSync(f, 'data');
var log = [];

fsp.readFile(f, 'utf8').then(function (s) {
  log.push('readFile resolved ' + s);
  var timedOut = new Promise(function (resolve) {
    setTimeout(function () { log.push('timeout'); resolve(); }, 0);
  });
  setImmediate(function () { log.push('immediate'); });
  process.nextTick(function () { log.push('tick'); });
  Promise.resolve().then(function () { log.push('microtask'); });
  return timedOut;
}).then(function () {
  return fsp.stat(f);
}).then(function (st) {
  log.push('stat resolved ' + st.size);
  return new Promise(function (resolve) { setTimeout(resolve, 5); });
}).then(function () {
  return fsp.writeFile(f, 'x').then(function () {
    log.push('writeFile resolved');
    setImmediate(function () {
      log.push('immediate 2');
      console.log(log.join('\n'));
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned', fs.existsSync(dir));
    });
  });
});
log.push('sync end');
