// _construct: _read/_write wait until it calls back; errors destroy the stream.
var stream = require('stream');

var r = new stream.Readable({
  construct: function (cb) {
    console.log('construct r');
    var self = this;
    setImmediate(function () {
      self.base = 10;
      console.log('construct r done');
      cb();
    });
  },
  read: function () {
    console.log('read, base', this.base);
    this.push(String(this.base));
    this.push(null);
  }
});
r.setEncoding('utf8');
r.on('data', function (d) { console.log('r data', d); });
r.on('end', function () { console.log('r end'); });

var w = new stream.Writable({
  construct: function (cb) {
    console.log('construct w');
    process.nextTick(cb);
  },
  write: function (c, e, cb) { console.log('w write', String(c)); cb(); },
  final: function (cb) { console.log('w final'); cb(); }
});
console.log('write before constructed', w.write('early'), w.writableLength);
w.end('later');
w.on('finish', function () { console.log('w finish'); });

var bad = new stream.Writable({
  construct: function (cb) { cb(new Error('cannot open')); },
  write: function (c, e, cb) { cb(); }
});
bad.on('error', function (e) { console.log('bad error', e.message); });
bad.on('close', function () { console.log('bad close'); });

var early = new stream.Readable({
  construct: function (cb) { console.log('construct early'); setImmediate(cb); },
  read: function () {},
  destroy: function (err, cb) { console.log('early _destroy', err); cb(err); }
});
early.on('close', function () { console.log('early close'); });
early.destroy();
console.log('early destroyed', early.destroyed);
