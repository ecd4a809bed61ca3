// Paths may be strings, Buffers or file: URLs (percent-decoded); other URL schemes and
// hosts are refused as in Node.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-path-types-'));
var file = path.join(dir, 'with space \u00e9.txt');
fs.writeFileSync(Buffer.from(file), 'buffer path');
console.log(fs.readFileSync(file, 'utf8'));
var url = new URL('file://' + file);
console.log(url.pathname.slice(-20));
console.log(fs.readFileSync(url, 'utf8'), fs.existsSync(url), fs.statSync(url).size);
fs.appendFileSync(url, '+url');
console.log(fs.readFileSync(Buffer.from(file)).toString());
console.log(fs.readdirSync(new URL('file://' + dir + '/')));
function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('http url', function () { return fs.readFileSync(new URL('http://example.com/x')); });
t('url host', function () { return fs.readFileSync(new URL('file://host/x')); });
t('url encoded slash', function () { return fs.readFileSync(new URL('file:///a%2Fb')); });
t('uint8array', function () { return fs.existsSync(new Uint8Array(Buffer.from(file))); });
var rs = fs.createReadStream(Buffer.from(file));
console.log('stream path is the Buffer', Buffer.isBuffer(rs.path));
rs.on('data', function (c) { console.log('stream', c.toString()); });
rs.on('close', function () {
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned', fs.existsSync(dir));
});
