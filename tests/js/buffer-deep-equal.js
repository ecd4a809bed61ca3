// assert.deepStrictEqual / util.isDeepStrictEqual compare Buffers and ArrayBuffers by
// content (and own named properties); loose deepEqual accepts a Uint8Array twin.
var assert = require('assert');
var util = require('util');
function check(label, f) {
  try {
    f();
    console.log(label, 'equal');
  } catch (e) {
    console.log(label, e.code, e.message.split('\n')[0]);
  }
}
console.log(util.isDeepStrictEqual(Buffer.from('abc'), Buffer.from('abc')), util.isDeepStrictEqual(Buffer.from('abc'), Buffer.from('abd')),
  util.isDeepStrictEqual(Buffer.from('ab'), Buffer.from('abc')), util.isDeepStrictEqual(Buffer.from('abc'), new Uint8Array([97, 98, 99])),
  util.isDeepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(2)), util.isDeepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(3)));
var x = Buffer.from('x'), y = Buffer.from('x');
x.tag = 1;
console.log(util.isDeepStrictEqual(x, y));
y.tag = 1;
console.log(util.isDeepStrictEqual(x, y));
check('nested', function () { assert.deepStrictEqual({ b: [Buffer.from('abc')] }, { b: [Buffer.from('abc')] }); });
check('loose twin', function () { assert.deepEqual(Buffer.from('abc'), new Uint8Array([97, 98, 99])); });
check('strict twin', function () { assert.deepStrictEqual(Buffer.from('abc'), new Uint8Array([97, 98, 99])); });
check('different', function () { assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abd')); });
check('not equal', function () { assert.notDeepStrictEqual(Buffer.from('abc'), Buffer.from('abd')); });
check('array vs buffer', function () { assert.deepStrictEqual(Buffer.alloc(3), [0, 0, 0]); });
var big1 = Buffer.alloc(1 << 20, 1), big2 = Buffer.alloc(1 << 20, 1);
console.log(util.isDeepStrictEqual(big1, big2));
big2[big2.length - 1] = 2;
console.log(util.isDeepStrictEqual(big1, big2));
