// tmpdir() reads TMPDIR, then TMP, then TEMP (empty counts as unset), falls back to /tmp, and drops one
// trailing slash (but '/' stays '/'); homedir() follows HOME.
var os = require('os');
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/from/temp';
console.log(os.tmpdir());
process.env.TMP = '/from/tmp/';
console.log(os.tmpdir());
process.env.TMPDIR = '/from/tmpdir//';
console.log(os.tmpdir());
process.env.TMPDIR = '';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
process.env.HOME = '/some/home';
console.log(os.homedir());
