// zlib.crc32(data[, value]): CRC-32 of a string (UTF-8) or Buffer, continuing from
// value; bad arguments throw Node's errors.
var zlib = require('zlib');
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('hello')), zlib.crc32(''));
console.log(zlib.crc32('héllo ✓'));
var whole = zlib.crc32('hello world');
var part = zlib.crc32(' world', zlib.crc32('hello'));
console.log(whole, part, whole === part);
var gz = zlib.gzipSync('check me');
console.log('gzip trailer', gz.readUInt32LE(gz.length - 8) === zlib.crc32('check me'));
try { zlib.crc32(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { zlib.crc32('x', -1); } catch (e) { console.log(e.name, e.code, e.message); }
try { zlib.crc32('x', 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
