// setEncoding() / the encoding option: strings come out, readableEncoding reports
// the normalised name, unknown encodings throw.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
console.log('encoding before', r.readableEncoding);
console.log('returns this', r.setEncoding('UTF-8') === r);
console.log('encoding after', r.readableEncoding);
r.on('data', function (d) { console.log('data', typeof d, d); });
r.push('héllo');
r.push(null);

var r2 = new stream.Readable({ encoding: 'utf8', read: function () {} });
console.log('option encoding', r2.readableEncoding);
var r3 = new stream.Readable({ read: function () {} });
r3.setEncoding('latin1');
console.log('latin1 ->', r3.readableEncoding);
r3.setEncoding('ucs2');
console.log('ucs2 ->', r3.readableEncoding);
r3.setEncoding('binary');
console.log('binary ->', r3.readableEncoding);
r3.setEncoding();
console.log('none ->', r3.readableEncoding);
try {
  r3.setEncoding('klingon');
} catch (e) {
  console.log(e.name, e.code, e.message);
}

var w = new stream.Writable({ decodeStrings: false, write: function (c, e, cb) { console.log('write', c, e); cb(); } });
console.log('setDefaultEncoding returns this', w.setDefaultEncoding('LATIN1') === w);
w.write('abc');
w.write('def', 'hex');
w.write('ghi', 'utf8');
try {
  w.setDefaultEncoding('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
