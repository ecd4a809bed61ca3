// process.cwd()/chdir(): absolute path, chdir('..') changes it, chdir back restores it, bad dirs throw ENOENT.
var start = process.cwd();
console.log(typeof start, start.charAt(0) === '/');
console.log(start === __dirname);
process.chdir('..');
var up = process.cwd();
console.log(up !== start, start.indexOf(up) === 0);
console.log(start.slice(up.length) === '/js');
process.chdir(start);
console.log(process.cwd() === start);
try {
  process.chdir('./definitely-not-a-dir-xyz');
  console.log('no throw');
} catch (e) {
  console.log('threw', e.code, e.syscall);
}
console.log(process.cwd() === start);
