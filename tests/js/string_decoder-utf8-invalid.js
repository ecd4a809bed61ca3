// StringDecoder('utf8') with invalid input: each maximal invalid subpart becomes one
// U+FFFD (V8's decoder), and a held character interrupted by a non-continuation byte
// is decoded on its own before the new byte starts a new character.
var StringDecoder = require('string_decoder').StringDecoder;

function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return '[' + out.join(' ') + ']';
}

function run(label, chunks) {
  var d = new StringDecoder('utf8');
  var out = [];
  for (var i = 0; i < chunks.length; i++) {
    out.push(codes(d.write(Buffer.from(chunks[i]))) + '(' + d.lastNeed + '/' + d.lastTotal + ')');
  }
  out.push('end ' + codes(d.end()));
  console.log(label, out.join(' '));
}

run('lone continuation', [[0x80], [0x41, 0xbf]]);
run('truncated then ascii', [[0xe2, 0x82], [0x41]]);
run('truncated then lead', [[0xe2], [0xe2, 0x82, 0xac]]);
run('truncated 4-byte then ascii', [[0xf0, 0x9f, 0x98], [0x41, 0x42]]);
run('overlong c0', [[0xc0, 0x80]]);
run('overlong e0', [[0xe0, 0x80, 0x80]]);
run('surrogate ed a0 80', [[0xed, 0xa0, 0x80]]);
run('f5 lead', [[0xf5, 0x80, 0x80, 0x80]]);
run('ff at end', [[0x41, 0xff]]);
run('five continuation bytes', [[0x80, 0x80, 0x80, 0x80, 0x80]]);
run('lead then too many continuations', [[0xe2, 0x82, 0xac, 0x80]]);
run('split lead with bad continuation', [[0xf0], [0x9f], [0x41]]);
run('c2 at end, end()', [[0x41, 0xc2]]);
run('f0 9f at end, end()', [[0xf0, 0x9f]]);
run('empty writes', [[], [0xe2], [], [0x82, 0xac], []]);
run('continuation-only chunk after lead', [[0xe2], [0x82], [0xac, 0xe2], [0x82, 0xac]]);
run('nul bytes', [[0x00, 0x41, 0x00]]);
