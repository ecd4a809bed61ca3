// Argument validation throws as Node does: ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE
// and ERR_OUT_OF_RANGE with Node's messages, synchronously, even for callback forms.
var fs = require('fs');

function check(label, fn) {
  try {
    fn();
    console.log(label + ': no error');
  } catch (e) {
    console.log(label + ':', e.name, e.code, '|', e.message);
  }
}

check('readFileSync object', function () { fs.readFileSync({}); });
check('readFileSync null byte', function () { fs.readFileSync('a\u0000b'); });
check('readFileSync bad encoding', function () { fs.readFileSync('x', 'bogus'); });
check('readFileSync bad options', function () { fs.readFileSync('x', 5); });
check('readFileSync bad flag', function () { fs.readFileSync('x', { flag: 'bogus' }); });
check('readFile no callback', function () { fs.readFile('x'); });
check('readFile bad callback', function () { fs.readFile('x', {}, 5); });
check('writeFileSync number data', function () { fs.writeFileSync('x', 5); });
check('writeFile bad flush', function () { fs.writeFile('x', 'y', { flush: 1 }, function () {}); });
check('openSync bad flags', function () { fs.openSync('x', 'bogus'); });
check('openSync bad mode', function () { fs.openSync('x', 'r', 'abc'); });
check('openSync negative mode', function () { fs.openSync('x', 'r', -1); });
check('open no callback', function () { fs.open('x', 'r'); });
check('closeSync string', function () { fs.closeSync('1'); });
check('closeSync negative', function () { fs.closeSync(-1); });
check('closeSync fraction', function () { fs.closeSync(1.5); });
check('readSync string buffer', function () { fs.readSync(0, 'abc', 0, 1, 0); });
check('readSync offset', function () { fs.readSync(0, Buffer.alloc(4), 5, 4, 0); });
check('readSync length', function () { fs.readSync(0, Buffer.alloc(4), 0, 5, 0); });
check('readSync position', function () { fs.readSync(0, Buffer.alloc(4), 0, 4, 'x'); });
check('readSync negative offset', function () { fs.readSync(0, Buffer.alloc(4), -1, 1, 0); });
check('read empty buffer', function () { fs.read(0, Buffer.alloc(0), 0, 1, 0, function () {}); });
check('writeSync number', function () { fs.writeSync(1, 5); });
check('writeSync length', function () { fs.writeSync(1, Buffer.alloc(2), 0, 3); });
check('writeSync offset', function () { fs.writeSync(1, Buffer.alloc(2), 3); });
check('writeSync odd hex', function () { fs.writeSync(1, 'abc', null, 'hex'); });
check('mkdirSync recursive type', function () { fs.mkdirSync('x', { recursive: 'yes' }); });
check('mkdirSync mode', function () { fs.mkdirSync('x', { mode: 'z' }); });
check('accessSync mode type', function () { fs.accessSync('x', 'r'); });
check('accessSync mode range', function () { fs.accessSync('x', 8); });
check('copyFileSync mode range', function () { fs.copyFileSync('a', 'b', 99); });
check('symlinkSync type', function () { fs.symlinkSync('a', 'b', 'bogus'); });
check('truncateSync len', function () { fs.truncateSync('x', 'y'); });
check('utimesSync time', function () { fs.utimesSync('x', 'later', 1); });
check('rmSync force type', function () { fs.rmSync('x', { force: 'x' }); });
check('rmSync options type', function () { fs.rmSync('x', null); });
check('rmSync retries', function () { fs.rmSync('x', { maxRetries: -1 }); });
check('mkdtempSync prefix', function () { fs.mkdtempSync(5); });
check('renameSync oldPath', function () { fs.renameSync(1, 'b'); });
check('renameSync newPath', function () { fs.renameSync('a', true); });
check('copyFileSync src', function () { fs.copyFileSync(null, 'b'); });
check('copyFileSync dest', function () { fs.copyFileSync('a', []); });
check('symlinkSync target', function () { fs.symlinkSync(3, 'b'); });
check('chmodSync mode', function () { fs.chmodSync('x', 'rwx'); });
check('fstat callback', function () { fs.fstat(0); });
check('existsSync number', function () { console.log('existsSync(5) =', fs.existsSync(5)); });
check('exists no callback', function () { fs.exists('x'); });
