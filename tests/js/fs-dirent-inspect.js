// A Dirent printed with console.log: Node shows its type under Symbol(type).
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-dirent-inspect-'));
fs.writeFileSync(path.join(dir, 'f'), '');
var d = fs.readdirSync(dir, { withFileTypes: true })[0];
d.parentPath = d.path = '<dir>';
console.log(d);
fs.rmSync(dir, { recursive: true });
