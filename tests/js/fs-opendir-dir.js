// fs.opendirSync / fs.opendir / fs.promises.opendir and Dir: readSync to the end (null), Dirent
// types and parentPath, ERR_DIR_CLOSED after close (sync throw, callback, Promise), opendir's
// errors (the sync one without its path), bufferSize validation, read(callback), for await
// (closing the Dir at the end and on break), buffer-encoded names (Node's output).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'od-'));
const rel = (s) => String(s).split(dir).join('DIR');
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync('a.txt', path.join(dir, 'link'));
const d = fs.opendirSync(dir);
console.log(rel(d.path), d.constructor.name, d instanceof fs.Dir);
const seen = [];
let e;
while ((e = d.readSync()) !== null) seen.push([e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(), rel(e.parentPath)]);
console.log(seen.sort());
console.log(d.readSync());
d.closeSync();
try { d.closeSync(); } catch (err) { console.log(err.name, err.code, err.message); }
try { d.readSync(); } catch (err) { console.log(err.code); }
d.close().catch((err) => console.log('close promise', err.code));
try { d.read(() => {}); } catch (err) { console.log('read cb throws', err.code); }
d.close((err) => console.log('close cb', err.code));
try { fs.opendirSync(path.join(dir, 'missing')); } catch (err) { console.log(err.code, err.syscall, rel(err.message), err.path); }
try { fs.opendirSync(path.join(dir, 'a.txt')); } catch (err) { console.log(err.code, rel(err.message)); }
try { fs.opendirSync(dir, { bufferSize: 0 }); } catch (err) { console.log(err.code, err.message); }
fs.opendir(path.join(dir, 'missing'), (err) => console.log('cb err', err.code, err.syscall, rel(err.message), rel(err.path)));
fs.opendir(dir, (err, dd) => {
  console.log('cb', err, rel(dd.path));
  dd.read((err2, ent) => {
    console.log('read', err2, typeof ent.name);
    dd.close((err3) => { console.log('closed', err3); part2(); });
  });
});
async function part2() {
  const names = [];
  const dd = await fs.promises.opendir(dir);
  for await (const ent of dd) names.push(ent.name);
  console.log('for await', names.sort());
  try { await dd.close(); } catch (err) { console.log('after loop', err.code); }
  const d2 = await fs.promises.opendir(dir);
  for await (const ent of d2) { console.log('break at first', typeof ent.name); break; }
  try { d2.readSync(); } catch (err) { console.log('after break', err.code); }
  const d3 = await fs.promises.opendir(dir, { encoding: 'buffer' });
  const first = await d3.read();
  console.log(Buffer.isBuffer(first.name));
  await d3.close();
  try { await fs.promises.opendir(path.join(dir, 'nope')); } catch (err) { console.log('promise', err.code, rel(err.message)); }
  setTimeout(() => fs.rmSync(dir, { recursive: true }), 10);
}
