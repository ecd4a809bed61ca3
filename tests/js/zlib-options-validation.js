// Bad options throw Node's errors (RangeError ERR_OUT_OF_RANGE / TypeError
// ERR_INVALID_ARG_TYPE) with Node's messages; undefined and NaN mean the default.
var zlib = require('zlib');
function show(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', r && r.constructor && r.constructor.name);
  } catch (e) {
    console.log(label, '|', e.name, '|', e.code, '|', e.message);
  }
}
show('level 10', function () { return zlib.createGzip({ level: 10 }); });
show('level -2', function () { return zlib.createDeflate({ level: -2 }); });
show('level str', function () { return zlib.createDeflate({ level: '5' }); });
show('level Infinity', function () { return zlib.createDeflate({ level: Infinity }); });
show('level NaN', function () { return zlib.createDeflate({ level: NaN }); });
show('level undefined', function () { return zlib.createDeflate({ level: undefined }); });
show('windowBits 7', function () { return zlib.createDeflate({ windowBits: 7 }); });
show('windowBits 16', function () { return zlib.createInflate({ windowBits: 16 }); });
show('gzip windowBits 8', function () { return zlib.createGzip({ windowBits: 8 }); });
show('raw windowBits 8', function () { return zlib.createDeflateRaw({ windowBits: 8 }); });
show('inflate windowBits 0', function () { return zlib.createInflate({ windowBits: 0 }); });
show('memLevel 0', function () { return zlib.createGzip({ memLevel: 0 }); });
show('memLevel 10', function () { return zlib.createGzip({ memLevel: 10 }); });
show('strategy 5', function () { return zlib.createGzip({ strategy: 5 }); });
show('chunkSize 10', function () { return zlib.createGzip({ chunkSize: 10 }); });
show('chunkSize str', function () { return zlib.createGzip({ chunkSize: 'big' }); });
show('flush 6', function () { return zlib.createGzip({ flush: 6 }); });
show('finishFlush -1', function () { return zlib.createGunzip({ finishFlush: -1 }); });
show('maxOutputLength str', function () { return zlib.createGunzip({ maxOutputLength: '1' }); });
show('dictionary str', function () { return zlib.createDeflate({ dictionary: 'abc' }); });
show('sync bad level', function () { return zlib.gzipSync('x', { level: 99 }); });
show('sync number input', function () { return zlib.gzipSync(42); });
show('sync undefined input', function () { return zlib.inflateSync(); });
show('callback missing', function () { return zlib.deflate('x', {}); });
show('callback not fn', function () { return zlib.deflate('x', {}, 'nope'); });
show('params bad', function () { return zlib.createDeflate().params(11, 0); });
show('no new', function () { return zlib.Gzip({ level: 1 }); });
show('objectMode ignored', function () {
  var g = zlib.createGzip({ objectMode: true, encoding: 'utf8' });
  return { constructor: { name: String(g.readableObjectMode) + ' ' + g.readableEncoding } };
});
