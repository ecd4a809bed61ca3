// process.getuid/geteuid/getgid/getegid/getgroups are the process's ids (os.userInfo agrees);
// process.umask() reads the mask, umask(mask) sets it (number or octal string, Node's
// errors) and files and directories are created under it (Node's output).
const os = require('os');
console.log(process.getuid() === os.userInfo().uid, process.geteuid() === process.getuid(), process.getgid() === os.userInfo().gid, process.getegid() === process.getgid());
const g = process.getgroups(); console.log(Array.isArray(g), g.every(Number.isInteger));
console.log(typeof process.getuid(), process.umask().toString(8));
console.log(process.umask(0o077).toString(8), process.umask().toString(8), process.umask('022').toString(8), process.umask().toString(8));
for (const bad of ['abc', -1, 1.5, {}, '8']) try { process.umask(bad); } catch (e) { console.log(e.name, e.code, e.message); }
const fs = require('fs'); const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'um-'));
process.umask(0o027); fs.writeFileSync(path.join(dir, 'f'), 'x'); fs.mkdirSync(path.join(dir, 'd'));
console.log((fs.statSync(path.join(dir, 'f')).mode & 0o777).toString(8), (fs.statSync(path.join(dir, 'd')).mode & 0o777).toString(8));
fs.rmSync(dir, { recursive: true });
