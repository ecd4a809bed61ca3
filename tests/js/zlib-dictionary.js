// options.dictionary: data deflated with a preset dictionary needs the same one to
// inflate ('Missing dictionary' / 'Bad dictionary' otherwise); raw deflate too.
var zlib = require('zlib');
var dict = Buffer.from('the quick brown fox jumps over the lazy dog');
var text = 'the lazy dog and the quick brown fox';
var d = zlib.deflateSync(text, { dictionary: dict });
// header with FDICT set, then the dictionary's Adler-32
console.log('header', d.slice(0, 2).toString('hex'), 'dictid', d.slice(2, 6).toString('hex'));
console.log('plain header', zlib.deflateSync(text).slice(0, 2).toString('hex'));
console.log('smaller with dict', d.length < zlib.deflateSync(text).length);
console.log(zlib.inflateSync(d, { dictionary: dict }).toString());
function show(label, fn) {
  try {
    console.log(label, fn().toString());
  } catch (e) {
    console.log(label, '|', e.message, '|', e.errno, '|', e.code);
  }
}
show('missing', function () { return zlib.inflateSync(d); });
show('bad', function () { return zlib.inflateSync(d, { dictionary: Buffer.from('something else') }); });
show('unzip', function () { return zlib.unzipSync(d, { dictionary: dict }); });
var r = zlib.deflateRawSync(text, { dictionary: dict });
console.log('raw smaller with dict', r.length < zlib.deflateRawSync(text).length);
show('raw ok', function () { return zlib.inflateRawSync(r, { dictionary: dict }); });
show('raw without', function () { return zlib.inflateRawSync(r); });
// streams with a dictionary
var inf = zlib.createInflate({ dictionary: dict });
var out = [];
inf.on('data', function (c) { out.push(c); });
inf.on('end', function () { console.log('stream', Buffer.concat(out).toString()); });
inf.end(d);
