// Typed arrays beyond Uint8Array: element conversions (wrap, clamp, float), views sharing an
// ArrayBuffer, alignment and length RangeErrors, DataView in both byte orders, methods,
// subclasses, inspect and util.types (Node's output).
const f = new Float64Array([1.5, -2, 3e300, NaN, -0]);
console.log(f, f.length, f.byteLength, f.BYTES_PER_ELEMENT, f[0], f[5]);
const i16 = new Int16Array(4); i16[0] = 40000; i16[1] = -1; i16[2] = 3.9; i16[3] = 'x';
console.log(i16, Array.from(i16), [...i16], i16.join('|'));
const u16 = new Uint16Array(i16.buffer); console.log(u16, u16.buffer === i16.buffer);
const u8 = new Uint8Array(i16.buffer); console.log(u8);
const c = new Uint8ClampedArray([300, -5, 1.5, 2.5, 254.5, NaN]); console.log(c);
const i32 = Int32Array.from([1, 2, 3], (x) => x * 10); console.log(i32, Int32Array.of(7, -8));
console.log(new Uint32Array([-1, 4294967296, 2 ** 31]), new Int8Array([127, 128, 255, -129]));
console.log(new Float32Array([0.1, 1 / 3, 1e40]));
const ab = new ArrayBuffer(16);
const dv = new DataView(ab, 2, 8);
dv.setUint16(0, 0x1234); dv.setUint16(2, 0x1234, true); dv.setFloat32(4, 1.5);
console.log(dv.getUint16(0), dv.getUint16(0, true), dv.getInt8(0), dv.getFloat32(4), dv.byteLength, dv.byteOffset);
console.log(new Uint8Array(ab), dv);
try { dv.getUint32(6); } catch (e) { console.log(e.name, e.message); }
try { new Int32Array(new ArrayBuffer(6)); } catch (e) { console.log(e.name, e.message); }
try { new Int32Array(new ArrayBuffer(8), 2); } catch (e) { console.log(e.name, e.message); }
try { new Int32Array(-1); } catch (e) { console.log(e.name, e.message); }
try { Int16Array(2); } catch (e) { console.log(e.name, e.message); }
const sub = i32.subarray(1); sub[0] = 99; console.log(i32, sub, sub.byteOffset, i32.slice(1), i32.map((x) => x / 2), i32.filter((x) => x > 10));
console.log(Object.prototype.toString.call(f), f instanceof Float64Array, ArrayBuffer.isView(f), ArrayBuffer.isView(dv), ArrayBuffer.isView([]));
const util = require('util');
console.log(util.types.isTypedArray(f), util.types.isFloat64Array(f), util.types.isInt16Array(f), util.types.isDataView(dv), util.types.isUint8Array(f));
console.log(Object.keys(new Int16Array(3)), JSON.stringify(new Float32Array([1, 2])), new Float64Array(0), new Int8Array(200));
console.log(new Float64Array([3, 1, 2]).sort(), new Int16Array([5, -3, 10]).sort().reverse(), f.indexOf(-2), f.includes(NaN));
const big = new Float64Array(4); big.set([1, 2], 1); big.fill(7, 3); console.log(big, big.at(-1), [...big.entries()].length);
console.log(Buffer.from(new Uint16Array([1, 2]).buffer), Buffer.from(new Int32Array([5])));
for (const x of new Uint16Array([9, 8])) console.log(x);
class Vec extends Float32Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const v = new Vec([1, 2, 3]); console.log(v, v.sum(), v instanceof Float32Array, v.map((x) => x * 2) instanceof Vec);
console.log(util.inspect(new Float64Array([1, 2]), { showHidden: true }));
console.log(Float64Array.BYTES_PER_ELEMENT, Int16Array.name, Int16Array.length, typeof Float64Array.from);
