// buffer.transcode between utf8, ucs2, latin1 and ascii, with '?' for characters the
// target cannot hold.
var transcode = require('buffer').transcode;
var src = Buffer.from('h\u00e9 \u20ac');
console.log(transcode(src, 'utf8', 'ucs2').toString('hex'), transcode(src, 'utf8', 'latin1').toString('hex'),
  transcode(src, 'utf8', 'ascii').toString('hex'));
console.log(transcode(Buffer.from('h\u00e9', 'latin1'), 'latin1', 'utf8').toString('hex'),
  transcode(Buffer.from('ab', 'ucs2'), 'ucs2', 'utf8').toString(), transcode(Buffer.alloc(0), 'utf8', 'ucs2').length);
try {
  transcode('x', 'utf8', 'ucs2');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
