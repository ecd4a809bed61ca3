// Typed arrays where the core library takes bytes: crypto.getRandomValues and hash updates,
// TextDecoder, structuredClone, Buffer.from, deep equality and assert's diff, DataView
// numbers, inspect inside objects and a long array (Node's output).
const assert = require('assert');
const util = require('util');
const a = crypto.getRandomValues(new Uint32Array(4));
console.log(a.length, a instanceof Uint32Array, a.some((x) => x !== 0));
console.log(util.isDeepStrictEqual(new Float64Array([1, 2]), new Float64Array([1, 2])), util.isDeepStrictEqual(new Float64Array([1, 2]), new Float64Array([1, 3])));
try { assert.deepStrictEqual(new Int16Array([1, 2]), new Int16Array([1, 3])); } catch (e) { console.log(e.message); }
try { assert.deepStrictEqual(new Int16Array([1]), new Uint16Array([1])); } catch (e) { console.log(e.message); }
console.log(new TextDecoder().decode(new Uint16Array([0x6968])));
console.log(structuredClone(new Float32Array([1.5, 2])));
console.log(require('crypto').createHash('sha256').update(new Uint16Array([1, 2])).digest('hex'));
const dv = new DataView(new ArrayBuffer(8)); dv.setInt32(0, -2); dv.setUint32(4, 4294967295, true);
console.log(dv.getInt32(0), dv.getUint32(0), dv.getUint32(4, true), dv.getInt16(4), dv.getFloat64(0));
dv.setFloat64(0, Math.PI); console.log(dv.getFloat64(0), dv.getFloat64(0, true), new Uint8Array(dv.buffer));
console.log({ arr: new Int32Array(3), nested: [new Float64Array([0.5])] });
console.log(new Float64Array(120));
