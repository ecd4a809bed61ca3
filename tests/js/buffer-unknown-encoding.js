// ERR_UNKNOWN_ENCODING from each method that takes an encoding, with the encoding shown
// as Node shows it.
var b = Buffer.from('abc');
var calls = {
  from: function (e) { return Buffer.from('x', e); },
  toString: function (e) { return b.toString(e); },
  write: function (e) { return b.write('x', e); },
  writeAt: function (e) { return b.write('x', 0, 1, e); },
  fill: function (e) { return b.fill('x', e); },
  alloc: function (e) { return Buffer.alloc(2, 'x', e); },
  indexOf: function (e) { return b.indexOf('x', 0, e); },
  byteLength: function (e) { return Buffer.byteLength('xyz', e); }
};
Object.keys(calls).forEach(function (name) {
  ['bogus', 'utf-32', {}, 5, null].forEach(function (enc) {
    try {
      console.log(name, JSON.stringify(String(calls[name](enc))));
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  });
});
