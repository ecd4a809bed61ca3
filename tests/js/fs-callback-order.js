// fs callbacks run as I/O callbacks in the poll phase: never synchronously, after the
// current tick's nextTicks and microtasks; inside one, setImmediate runs before
// setTimeout(0), and nextTick/promise jobs scheduled there run before either. Sync
// calls finish before anything scheduled.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-callback-order-'));
var f = path.join(dir, 'f');
fs.writeFileSync(f, 'x');
var log = [];

fs.stat(f, function () {
  log.push('stat callback');
  setTimeout(function () { log.push('timeout from I/O'); }, 0);
  setImmediate(function () {
    log.push('immediate from I/O');
  });
  process.nextTick(function () { log.push('tick from I/O'); });
  Promise.resolve().then(function () { log.push('promise from I/O'); });
});
process.nextTick(function () { log.push('tick'); });
Promise.resolve().then(function () { log.push('promise'); });
log.push('sync ' + fs.readFileSync(f, 'utf8'));

fs.readFile(f, 'utf8', function (err, s) {
  log.push('readFile ' + s);
  fs.writeFile(f, 'y', function () {
    log.push('writeFile');
    setImmediate(function () {
      log.push('immediate after writeFile');
      fs.readFile(f, 'utf8', function (err, s2) {
        log.push('readFile ' + s2);
        var immediates = 0;
        (function again() {
          if (fs.existsSync(f) && immediates < 3) {
            immediates++;
            setImmediate(again);
          }
        })();
        setTimeout(function () {
          // stat and readFile race each other on the thread pool: sort their lines.
          var head = log.slice(0, 4);
          var rest = log.slice(4);
          console.log(head.join('\n'));
          console.log(rest.filter(function (l) { return /from I\/O|stat/.test(l); }).join('\n'));
          console.log(rest.filter(function (l) { return !/from I\/O|stat/.test(l); }).join('\n'));
          fs.rmSync(dir, { recursive: true });
          console.log('cleaned', fs.existsSync(dir));
        }, 20);
      });
    });
  });
});
log.push('end of script');
