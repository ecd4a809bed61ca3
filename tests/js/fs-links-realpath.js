// symlink/readlink/link and realpath: links resolve, readlink gives the target as
// written, realpath follows every link, and a missing part is reported as Node's
// JavaScript realpath reports it (lstat on the first missing component), while
// realpath.native reports the realpath call.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-links-realpath-'));
fs.mkdirSync(path.join(dir, 'real', 'inner'), { recursive: true });
var real = fs.realpathSync(dir);
function rel(s) { return String(s).split(real).join('<dir>').split(dir).join('<dir>'); }
process.chdir(dir);
fs.writeFileSync('real/inner/file', 'content');

fs.symlinkSync('real', 'dirlink', 'dir');
fs.symlinkSync('dirlink/inner/file', 'filelink');
fs.symlinkSync('nowhere', 'dangling');
fs.linkSync('real/inner/file', 'hard');
console.log('readlink', fs.readlinkSync('dirlink'), fs.readlinkSync('filelink'), fs.readlinkSync('dangling'));
console.log('readlink buffer', Buffer.isBuffer(fs.readlinkSync('dirlink', 'buffer')));
console.log('through link', fs.readFileSync('filelink', 'utf8'), fs.readdirSync('dirlink'));
console.log('hard link nlink', fs.statSync('hard').nlink, fs.readFileSync('hard', 'utf8'));
console.log('realpath', rel(fs.realpathSync('filelink')), rel(fs.realpathSync('dirlink/inner/../inner')));
console.log('realpath native', rel(fs.realpathSync.native('filelink')));
console.log('realpath relative dot', rel(fs.realpathSync('.')));
function err(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.code, e.syscall, rel(e.path), '|', rel(e.message));
  }
}
err('realpath missing', function () { fs.realpathSync('missing/deeper'); });
err('realpath through link', function () { fs.realpathSync('dirlink/nope/x'); });
err('realpath dangling', function () { fs.realpathSync('dangling'); });
err('realpath.native missing', function () { fs.realpathSync.native('missing/deeper'); });
err('readlink not a link', function () { fs.readlinkSync('real'); });
err('symlink exists', function () { fs.symlinkSync('x', 'filelink'); });

fs.realpath('filelink', function (e, p) {
  console.log('async realpath', arguments.length, e, rel(p));
  fs.realpath('dirlink/nope', function (e) {
    console.log('async realpath missing', e.code, e.syscall, rel(e.message));
    fs.readlink('filelink', function (e, t) {
      console.log('async readlink', e, t);
      fs.symlink('real/inner', 'l2', function (e) {
        console.log('async symlink', arguments.length, e, fs.readdirSync('l2'));
        fs.realpath.native('l2', function (e, p) {
          console.log('async native', e, rel(p));
          process.chdir(os.tmpdir());
          fs.rmSync(dir, { recursive: true });
          console.log('cleaned', fs.existsSync(dir));
        });
      });
    });
  });
});
