// zlib.constants has Node's values, zlib.codes maps both ways, and the legacy
// top-level Z_* properties are there, read-only and not enumerable.
var zlib = require('zlib');
var c = zlib.constants;
var names = Object.keys(c).filter(function (k) { return k !== 'ZLIB_VERNUM'; });
console.log(names.length);
names.forEach(function (k) { console.log(k, c[k]); });
console.log('vernum is a number', typeof c.ZLIB_VERNUM === 'number' && c.ZLIB_VERNUM > 0x1200);
console.log(JSON.stringify(zlib.codes));
// (Brotli is not built in: its names are left out of the comparison)
console.log(Object.keys(zlib).filter(function (k) { return !/brotli/i.test(k); }).join(' '));
console.log('legacy', zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.Z_DATA_ERROR,
  zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_CHUNK, zlib.DEFLATE, zlib.UNZIP, zlib.Z_MAX_CHUNK);
console.log('legacy enumerable', Object.keys(zlib).indexOf('Z_FINISH'));
console.log('no brotli legacy', zlib.BROTLI_OPERATION_FLUSH);
var d = Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH');
console.log(d.writable, d.enumerable, d.configurable);
var cd = Object.getOwnPropertyDescriptor(zlib, 'constants');
console.log(cd.writable, cd.enumerable, cd.configurable);
console.log(typeof zlib.createGzip, typeof zlib.Gzip, zlib.createGzip.length);
console.log(require('node:zlib') === zlib);
