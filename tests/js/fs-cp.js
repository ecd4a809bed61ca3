// fs.cpSync / fs.cp / fs.promises.cp: a directory needs recursive (ERR_FS_EISDIR), copying
// onto itself or into itself is ERR_FS_CP_EINVAL, force/errorOnExist for an existing file,
// directory/non-directory clashes, a filter that skips files, argument type errors, and a
// SystemError inspected with its getters' values (Node's output).
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-'));
process.chdir(dir);
fs.mkdirSync('a/sub', { recursive: true });
fs.writeFileSync('a/f.txt', 'hi\n');
fs.writeFileSync('a/sub/g.txt', 'x\n');
const t = (f) => {
  try { f(); console.log('ok'); } catch (e) {
    console.log(e.name, '|', e.code, '|', e.message, '|', Object.keys(e), e.info && Object.keys(e.info));
  }
};
t(() => fs.cpSync('a', 'b'));
t(() => fs.cpSync('a', 'a', { recursive: true }));
t(() => fs.cpSync('a', 'a/sub/x', { recursive: true }));
t(() => fs.cpSync('nope', 'b'));
t(() => fs.cpSync('a/f.txt', 'c.txt'));
console.log(fs.readFileSync('c.txt', 'utf8'));
fs.writeFileSync('c.txt', 'changed');
t(() => fs.cpSync('a/f.txt', 'c.txt', { errorOnExist: true, force: false }));
t(() => fs.cpSync('a/f.txt', 'c.txt', { force: false }));
console.log(fs.readFileSync('c.txt', 'utf8'));
t(() => fs.cpSync('a/f.txt', 'c.txt'));
console.log(fs.readFileSync('c.txt', 'utf8'));
t(() => fs.cpSync('a', 'c.txt', { recursive: true }));
t(() => fs.cpSync('a/f.txt', 'a', { recursive: true }));
t(() => fs.cpSync('a', 'b', { recursive: true, filter: (s, d) => !s.endsWith('g.txt') }));
console.log(fs.readdirSync('b', { recursive: true }).sort());
t(() => fs.cpSync(1, 'b'));
t(() => fs.cpSync('a', 'b', { recursive: 'yes' }));
t(() => fs.cpSync('a', 'b', { filter: 5 }));
try { fs.cpSync(dir, dir, { recursive: true }); } catch (e) {
  console.log(util.inspect(e).split(dir).join('DIR').split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
}
fs.cp('a', 'd', { recursive: true }, (e) => {
  console.log('cb', e, fs.readdirSync('d', { recursive: true }).sort(), fs.readFileSync('d/sub/g.txt', 'utf8'));
  fs.promises.cp('a', 'e').catch((err) => {
    console.log('promise', err.code);
    return fs.promises.cp('a/f.txt', 'e.txt');
  }).then(() => {
    console.log('promise copied', fs.readFileSync('e.txt', 'utf8'));
    process.chdir(os.tmpdir());
    fs.rmSync(dir, { recursive: true });
  });
});
