// StringDecoder('hex' / 'latin1' / 'ascii') has no state: every write() decodes its
// whole chunk, lastNeed stays 0, end() adds nothing.
var StringDecoder = require('string_decoder').StringDecoder;

var bytes = Buffer.from([0x41, 0xe9, 0xff, 0x80, 0x00, 0x7f, 0xe2, 0x82]);
['hex', 'latin1', 'binary', 'ascii'].forEach(function (enc) {
  var d = new StringDecoder(enc);
  var out = [];
  for (var i = 0; i < bytes.length; i += 3) {
    var s = d.write(bytes.subarray(i, i + 3));
    var cc = [];
    for (var j = 0; j < s.length; j++) cc.push(s.charCodeAt(j));
    out.push(JSON.stringify(enc === 'hex' ? s : cc) + ' ' + d.lastNeed + '/' + d.lastTotal);
  }
  console.log(enc, d.encoding, out.join(' | '), JSON.stringify(d.end()));
});
