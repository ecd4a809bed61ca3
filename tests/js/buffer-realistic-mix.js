// Buffer as scripts use it: every encoding of one string, compare/sort, integer and float
// reads and writes with range errors, slice/subarray sharing memory, concat, indexOf,
// fill, JSON, copy, swap, Uint8Array and Uint16Array views, partial UTF-8 (Node's output).
const b = Buffer.from('héllo wörld €');
console.log(b, b.length, b.toString('hex'), b.toString('base64'), b.toString('base64url'));
console.log(b.toString('latin1'), b.toString('ascii'), b.toString('utf16le').length, b.toString('binary') === b.toString('latin1'));
console.log(b.toString('utf8', 1, 4), b.toString(undefined, 0, 3));
const u = Buffer.from('ab€', 'utf16le'); console.log(u, u.toString('ucs2'));
console.log(Buffer.from('48656c6c6f', 'hex').toString(), Buffer.from('SGVsbG8=', 'base64').toString(), Buffer.from('SGVsbG8', 'base64url').toString());
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('b').compare(Buffer.from('a')), Buffer.from('abc').equals(Buffer.from('abc')));
console.log([Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare).map(String));
const n = Buffer.alloc(16);
n.writeUInt32BE(0xdeadbeef, 0); n.writeInt16LE(-2, 4); n.writeUInt8(255, 6); n.writeDoubleLE(1.5, 8);
console.log(n, n.readUInt32BE(0).toString(16), n.readInt16LE(4), n.readUInt8(6), n.readDoubleLE(8), n.readUInt16BE(0), n.readInt32LE(0));
console.log(n.writeUIntBE(0x123456, 0, 3), n.readUIntBE(0, 3).toString(16), n.readIntLE(0, 3));
try { n.readUInt32LE(14); } catch (e) { console.log(e.name, e.code, e.message); }
try { n.writeUInt8(300, 0); } catch (e) { console.log(e.name, e.code, e.message); }
try { n.writeInt8(-129, 0); } catch (e) { console.log(e.code, e.message); }
const base = Buffer.from('abcdef');
const sl = base.slice(1, 3); const sub = base.subarray(2); sl[0] = 0x58;
console.log(base.toString(), sl.toString(), sub.toString(), base.slice(-2).toString(), base.subarray(4, 100).toString(), base.slice(3, 1).length);
console.log(Buffer.isBuffer(sl), sl.buffer === base.buffer, sl.byteOffset - base.byteOffset);
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc')], 2).toString(), Buffer.byteLength('€'), Buffer.byteLength('aGk=', 'base64'));
console.log(b.indexOf('wörld'), b.includes('€'), b.lastIndexOf('l'), b.indexOf(Buffer.from('o')), b.indexOf(0x6c));
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(3, 0x41).toString(), Buffer.allocUnsafe(3).length);
console.log(JSON.stringify(Buffer.from([1, 2])), Buffer.from({ type: 'Buffer', data: [5, 6] }));
console.log(Buffer.from('xyz').toJSON(), [...Buffer.from('hi').entries()]);
const big = Buffer.alloc(60, 1); console.log(big); console.log([Buffer.from('a')], { buf: Buffer.from('zz') });
const c = Buffer.from('hello'); c.copy(n, 0); console.log(n.toString('utf8', 0, 5), c.fill('x', 1, 3).toString());
console.log(Buffer.from('ff', 'hex')[0], Buffer.from([256, -1, 3.7])[1], Buffer.from('€')[0]);
console.log(Buffer.from('abc').swap16 ? 'swap' : '', Buffer.from([1,2,3,4]).swap16(), Buffer.from([1,2,3,4]).reverse());
console.log(Buffer.from('test').toString('base64'), Buffer.from('\u00ff\u0100', 'latin1'), Buffer.from('zz', 'hex'), Buffer.from('abc', 'hex'));
console.log(new Uint8Array(Buffer.from('ab')), Buffer.from(new Uint16Array([1, 256]).buffer));
console.log(Buffer.poolSize, require('buffer').constants.MAX_STRING_LENGTH > 0, require('buffer').kMaxLength > 0);
console.log(b.readUInt16LE(), Buffer.from([0x80]).readInt8(0), Buffer.from([1,2,3,4,5,6]).readUIntLE(0, 6), Buffer.from([0xff,0xff,0xff,0xff,0xff,0xff]).readIntBE(0, 6));
const w = Buffer.alloc(10); console.log(w.write('héllo', 1), w, w.write('abc', 8, 'latin1'), w.write('zz', 'hex'));
console.log(Buffer.from('€€').toString('utf8', 0, 4), Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xff, 0x41]).toString());
