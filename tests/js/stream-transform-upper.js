// Transform that upper-cases text, with callback(null, data) and this.push forms.
var stream = require('stream');

var upper = new stream.Transform({
  decodeStrings: false,
  transform: function (chunk, encoding, callback) {
    callback(null, String(chunk).toUpperCase());
  }
});
upper.setEncoding('utf8');
var out = '';
upper.on('data', function (d) { out += d; console.log('data', JSON.stringify(d)); });
upper.on('end', function () { console.log('end', out); });
upper.on('finish', function () { console.log('finish'); });
upper.on('close', function () { console.log('close'); });
upper.write('hello ');
upper.write('world');
upper.end('!');

function Doubler(opts) {
  stream.Transform.call(this, opts);
}
require('util').inherits(Doubler, stream.Transform);
Doubler.prototype._transform = function (chunk, enc, cb) {
  var s = String(chunk);
  this.push(s);
  this.push(s);
  cb();
};
var d = new Doubler({ decodeStrings: false });
d.setEncoding('utf8');
var parts = [];
d.on('data', function (c) { parts.push(c); });
d.on('end', function () { console.log('doubled', parts.join('|')); });
d.write('ab');
d.end('cd');
