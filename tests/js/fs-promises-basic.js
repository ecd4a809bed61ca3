// fs.promises (the same object as require('fs/promises')): readFile/writeFile/
// appendFile, stat/lstat, readdir, mkdir (recursive), rename, copyFile, access,
// realpath, mkdtemp, unlink, rmdir and rm, each resolving as the callback API would.
var fs = require('fs');
var fsp = require('fs/promises');
var path = require('path');
var os = require('os');

console.log('same object', fsp === fs.promises, require('node:fs/promises') === fsp);
var dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-promises-basic-')), 'top');
var real;
function rel(s) { return String(s).split(real).join('<dir>').split(dir).join('<dir>'); }
var f = path.join(dir, 'a', 'b', 'file.txt');

fsp.mkdir(path.join(dir, 'a', 'b'), { recursive: true }).then(function (first) {
  real = fs.realpathSync(dir);
  console.log('mkdir', rel(first));
  return fsp.writeFile(f, 'hello');
}).then(function (r) {
  console.log('writeFile', r);
  return fsp.appendFile(f, Buffer.from(' world'));
}).then(function (r) {
  console.log('appendFile', r);
  return fsp.readFile(f);
}).then(function (buf) {
  console.log('readFile', Buffer.isBuffer(buf), buf.toString());
  return fsp.readFile(f, { encoding: 'hex' });
}).then(function (s) {
  console.log('readFile hex', s);
  return fsp.stat(f);
}).then(function (st) {
  console.log('stat', st instanceof fs.Stats, st.isFile(), st.size);
  return fsp.readdir(path.join(dir, 'a'), { withFileTypes: true });
}).then(function (ents) {
  console.log('readdir', ents.map(function (d) { return d.name + ':' + d.isDirectory(); }));
  return fsp.copyFile(f, path.join(dir, 'copy'));
}).then(function (r) {
  console.log('copyFile', r, fs.readFileSync(path.join(dir, 'copy'), 'utf8'));
  return fsp.rename(path.join(dir, 'copy'), path.join(dir, 'moved'));
}).then(function (r) {
  console.log('rename', r, fs.readdirSync(dir));
  return fsp.access(path.join(dir, 'moved'), fs.constants.R_OK);
}).then(function (r) {
  console.log('access', r);
  return fsp.symlink('moved', path.join(dir, 'ln'));
}).then(function () {
  return fsp.lstat(path.join(dir, 'ln'));
}).then(function (st) {
  console.log('lstat', st.isSymbolicLink());
  return fsp.realpath(path.join(dir, 'ln'));
}).then(function (p) {
  console.log('realpath', rel(p));
  return fsp.readlink(path.join(dir, 'ln'));
}).then(function (t) {
  console.log('readlink', t);
  return fsp.mkdtemp(path.join(dir, 't-'));
}).then(function (t) {
  console.log('mkdtemp', rel(t).length - '<dir>/t-'.length, fs.statSync(t).isDirectory());
  return fsp.rmdir(t);
}).then(function (r) {
  console.log('rmdir', r);
  return fsp.truncate(path.join(dir, 'moved'), 2);
}).then(function () {
  console.log('truncate', fs.readFileSync(path.join(dir, 'moved'), 'utf8'));
  return fsp.unlink(path.join(dir, 'moved'));
}).then(function (r) {
  console.log('unlink', r, fs.readdirSync(dir));
  return fsp.rm(dir, { recursive: true });
}).then(function (r) {
  console.log('rm', r, fs.existsSync(dir));
  return fsp.rmdir(path.dirname(dir));
}).then(function (r) {
  console.log('rmdir', r, fs.existsSync(path.dirname(dir)));
});
