// PassThrough passes every chunk as-is, in byte and object mode.
var stream = require('stream');

var p = new stream.PassThrough();
var out = [];
p.on('data', function (c) { out.push(String(c)); });
p.on('end', function () { console.log('end', out.join('|')); });
p.write('one');
p.write('two');
p.end('three');

var o = new stream.PassThrough({ objectMode: true });
o.write({ n: 1 });
o.write([2]);
o.end(3);
var objs = [];
o.on('data', function (c) { objs.push(JSON.stringify(c)); });
o.on('finish', function () { console.log('o finish'); });
o.on('end', function () { console.log('o end', objs.join(' ')); });

// A PassThrough between two streams with pipe().
var src = stream.Readable.from(['x', 'y', 'z']);
var mid = new stream.PassThrough({ objectMode: true });
var sink = new stream.Writable({
  objectMode: true,
  write: function (c, e, cb) { console.log('sink got', c); cb(); }
});
src.pipe(mid).pipe(sink);
sink.on('finish', function () { console.log('sink finish'); });
console.log('PassThrough is Transform', p instanceof stream.Transform, typeof stream.PassThrough.prototype._transform);
