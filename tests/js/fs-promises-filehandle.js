// fsPromises.open → FileHandle: fd, read/write (positional, options and string forms)
// resolving to { bytesRead|bytesWritten, buffer } without a prototype, readFile/
// writeFile at the current position, stat, truncate, sync, chmod, close() (emits
// 'close', later calls reject with EBADF "file closed", closing twice is fine).
var fs = require('fs');
var fsp = fs.promises;
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-promises-filehandle-'));
var f = path.join(dir, 'f');
fs.writeFileSync(f, 'abcdefghijklmnop');
var fh;

fsp.open(f, 'r+').then(function (h) {
  fh = h;
  console.log('handle', typeof fh.fd, fh.fd > 2, fh instanceof require('events'));
  fh.on('close', function () { console.log('close event'); });
  return fh.read(Buffer.alloc(4), 0, 4, 2);
}).then(function (r) {
  console.log('read', r.bytesRead, r.buffer.toString(), Object.getPrototypeOf(r), Object.keys(r));
  return fh.read({ buffer: Buffer.alloc(3), position: 10 });
}).then(function (r) {
  console.log('read options', r.bytesRead, r.buffer.toString());
  return fh.read(Buffer.alloc(5), { position: 12 });
}).then(function (r) {
  console.log('read buffer+options', r.bytesRead, r.buffer.toString('utf8', 0, r.bytesRead));
  return fh.read();
}).then(function (r) {
  console.log('read default', r.bytesRead, r.buffer.length);
  return fh.write(Buffer.from('XYZ'), 0, 3, 0);
}).then(function (r) {
  console.log('write', r.bytesWritten, r.buffer.toString(), Object.getPrototypeOf(r));
  return fh.write('--', 5);
}).then(function (r) {
  console.log('write string', r.bytesWritten, r.buffer);
  return fh.write('6869', 7, 'hex');
}).then(function (r) {
  console.log('write hex', r.bytesWritten, fs.readFileSync(f, 'utf8'));
  return fh.stat();
}).then(function (st) {
  console.log('stat', st.size, st.isFile());
  return fh.truncate(8);
}).then(function (r) {
  console.log('truncate', r, fs.readFileSync(f, 'utf8'));
  return fh.sync();
}).then(function (r) {
  console.log('sync', r);
  return fh.chmod(384);
}).then(function () {
  console.log('chmod', (fs.statSync(f).mode & 511).toString(8));
  return fh.close();
}).then(function (r) {
  console.log('closed', r, fh.fd);
  return fh.read(Buffer.alloc(1), 0, 1, 0);
}).catch(function (e) {
  console.log('after close', e.message, e.code, e.syscall, Object.keys(e));
  return fh.close();
}).then(function (r) {
  console.log('close again', r);
  return fsp.open(f, 'w+');
}).then(function (h) {
  fh = h;
  return fh.writeFile('written by handle');
}).then(function () {
  return fh.readFile('utf8');
}).then(function (s) {
  console.log('readFile at end', JSON.stringify(s));
  return fh.read(Buffer.alloc(7), 0, 7, 0);
}).then(function (r) {
  console.log('read back', r.buffer.toString());
  return fh.close();
}).then(function () {
  return fsp.open(f);
}).then(function (h) {
  return h.readFile({ encoding: 'utf8' }).then(function (s) {
    console.log('readFile from start', s);
    return h.close();
  });
}).then(function () {
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned', fs.existsSync(dir));
});
