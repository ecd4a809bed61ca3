// fs sync and promise APIs on a temporary tree: write/append/read/stat fields, recursive mkdir
// return values, readdir withFileTypes and recursive, errors' code/errno/syscall/message/path,
// argument errors, FileHandle reads, rm with and without force, rename (Node's output).
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fst-'));
const rel = (p) => p.split(dir).join('DIR');
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello\n');
fs.appendFileSync(f, 'world\n');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.readFileSync(f).length);
const st = fs.statSync(f);
console.log(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), typeof st.mtimeMs, st.mtime instanceof Date, st.nlink, (st.mode & 0o777).toString(8).length);
console.log(Object.keys(st));
fs.mkdirSync(path.join(dir, 'x/y/z'), { recursive: true });
console.log(rel(fs.mkdirSync(path.join(dir, 'p/q'), { recursive: true })), fs.mkdirSync(path.join(dir, 'p/q'), { recursive: true }));
fs.writeFileSync(path.join(dir, 'x/file.bin'), Buffer.from([1, 2, 3]));
fs.symlinkSync(f, path.join(dir, 'link'));
for (const d of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1))
  console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink());
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(path.join(dir, 'x'), { recursive: true }).sort());
const tryIt = (fn) => { try { fn(); } catch (e) { console.log(e.code, e.errno, e.syscall, rel(e.message), rel(String(e.path)), e.dest && rel(e.dest)); } };
tryIt(() => fs.readFileSync(path.join(dir, 'missing.txt')));
tryIt(() => fs.mkdirSync(path.join(dir, 'x')));
tryIt(() => fs.rmdirSync(path.join(dir, 'x')));
tryIt(() => fs.readdirSync(f));
tryIt(() => fs.openSync(path.join(dir, 'nope/deeper'), 'w'));
tryIt(() => fs.renameSync(path.join(dir, 'nothing'), path.join(dir, 'other')));
tryIt(() => fs.unlinkSync(path.join(dir, 'x')));
tryIt(() => fs.readFileSync(dir));
tryIt(() => fs.writeFileSync(path.join(dir, 'x'), 'data'));
tryIt(() => fs.copyFileSync(path.join(dir, 'none'), path.join(dir, 'dst')));
tryIt(() => fs.linkSync(f, path.join(dir, 'link')));
tryIt(() => fs.readFileSync(123456));
tryIt(() => fs.readFileSync(f, 'bogus-enc'));
tryIt(() => fs.writeFileSync(f, 123));
tryIt(() => fs.readFileSync());
(async () => {
  await fsp.writeFile(path.join(dir, 'p.txt'), 'promised');
  await fsp.appendFile(path.join(dir, 'p.txt'), '!');
  console.log(await fsp.readFile(path.join(dir, 'p.txt'), 'utf8'));
  const s = await fsp.stat(path.join(dir, 'p.txt'));
  console.log(s.size, s.isFile());
  try { await fsp.readFile(path.join(dir, 'gone')); } catch (e) { console.log(e.code, rel(e.message), Object.keys(e)); }
  try { await fsp.access(path.join(dir, 'gone')); } catch (e) { console.log(e.code, rel(e.message)); }
  console.log(await fsp.access(f), fs.existsSync(f), fs.existsSync(path.join(dir, 'gone')));
  const fh = await fsp.open(f, 'r');
  const buf = Buffer.alloc(5);
  const r = await fh.read(buf, 0, 5, 0);
  console.log(r.bytesRead, r.buffer.toString(), typeof fh.fd);
  await fh.close();
  console.log((await fsp.readdir(dir, { withFileTypes: true })).map((d) => d.name).sort());
  await fsp.rm(path.join(dir, 'x'), { recursive: true });
  try { await fsp.rm(path.join(dir, 'x')); } catch (e) { console.log(e.code, rel(e.message)); }
  await fsp.rm(path.join(dir, 'x'), { force: true });
  await fsp.mkdir(path.join(dir, 'm/n'), { recursive: true });
  await fsp.rename(path.join(dir, 'm'), path.join(dir, 'mm'));
  console.log(fs.existsSync(path.join(dir, 'mm/n')));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done', fs.existsSync(dir));
})();
