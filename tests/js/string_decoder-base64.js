// StringDecoder('base64' / 'base64url'): the 1 or 2 bytes beyond a multiple of 3 are
// held back, so padding appears only at end(); base64url has no padding.
var StringDecoder = require('string_decoder').StringDecoder;

var data = Buffer.from('leakscope: any carnal pleasure.\u00ff\u00fe', 'latin1');
['base64', 'base64url'].forEach(function (enc) {
  console.log(enc, 'whole', data.toString(enc));
  for (var size = 1; size <= 5; size++) {
    var d = new StringDecoder(enc);
    var out = [];
    for (var i = 0; i < data.length; i += size) {
      out.push(d.write(data.subarray(i, i + size)) + '(' + d.lastNeed + '/' + d.lastTotal + ')');
    }
    var tail = d.end();
    var joined = out.join('').replace(/\(\d\/\d\)/g, '') + tail;
    console.log(enc, 'size', size, out.slice(0, 4).join(' '), '... end', JSON.stringify(tail),
      joined === data.toString(enc));
  }
});

var d = new StringDecoder('base64');
console.log('one byte', JSON.stringify(d.write(Buffer.from([0xfb]))), d.lastNeed, d.lastTotal);
console.log('end', d.end());
console.log('after end', JSON.stringify(d.end()));
var u = new StringDecoder('base64url');
console.log('url two bytes', JSON.stringify(u.write(Buffer.from([0xfb, 0xff]))), u.end());
console.log('url end(buf)', u.end(Buffer.from([0xfb, 0xef, 0xbe, 0xff])));
