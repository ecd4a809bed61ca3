// assert's failure messages and properties: deepStrictEqual diffs of objects, arrays, Maps,
// Sets and long arrays, strictEqual of strings, custom messages, throws/rejects matchers,
// doesNotThrow/doesNotReject, fail, match (Node's output).
const assert = require('assert');
const t = (fn) => { try { fn(); console.log('no throw'); } catch (e) { console.log(`[${e.name}] [${e.code}] ${e.message}`); console.log('generated', e.generatedMessage, 'op', e.operator); } };
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3], c: { d: 'x' } }, { a: 1, b: [1, 2, 4], c: { d: 'y' } }));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual('hello world', 'hello there'));
t(() => assert.strictEqual(1, 2, 'custom message'));
t(() => assert.equal(1, '2'));
t(() => assert.notStrictEqual(1, 1));
t(() => assert.deepEqual({ a: 1 }, { a: '1' }));
t(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
t(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t(() => assert.ok(0));
t(() => assert(null, 'was null'));
t(() => assert.throws(() => {}));
t(() => assert.throws(() => { throw new TypeError('wrong'); }, RangeError));
t(() => assert.throws(() => { throw new Error('msg A'); }, /msg B/));
t(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
t(() => assert.doesNotThrow(() => { throw new Error('oops'); }));
t(() => assert.match('abc', /x/));
t(() => assert.fail('boom'));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.deepStrictEqual({ date: new Date(0) }, { date: new Date(1) }));
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.deepStrictEqual(Object.create(null), {}));
t(() => assert.strictEqual(NaN, NaN));
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map(String), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21].map(String)));
(async () => {
  await assert.rejects(Promise.reject(new Error('r')), /r/);
  try { await assert.rejects(Promise.resolve(1)); } catch (e) { console.log(e.message); }
  try { await assert.rejects(async () => { throw new TypeError('t'); }, RangeError); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
  try { await assert.doesNotReject(Promise.reject(new Error('dnr'))); } catch (e) { console.log(e.message); }
})();
