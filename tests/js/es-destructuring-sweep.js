function params({ a = 1, b: { c = 2, ...restB } = {}, ...rest } = {}, [x, , y = 'y', ...tail] = [], ...args) {
  return { a, c, restB, rest, x, y, tail, args };
}
console.log(params());
console.log(params({ a: 0, b: { c: null, d: 4, e: 5 }, f: 6 }, [1, 2, undefined, 4, 5], 'p', 'q'));
const arr = [[1, 'one'], [2, 'two']];
for (const [n, name] of arr) console.log(n, name);
for (const { k = 'dk', v } of [{ v: 1 }, { k: 'K', v: 2 }]) console.log(k, v);
const m = new Map([['a', { deep: [10, 20] }]]);
for (const [key, { deep: [first, second = 0] }] of m) console.log(key, first, second);
try { throw { code: 'E1', detail: { line: 3 } }; } catch ({ code, detail: { line } }) { console.log(code, line); }
let p, q;
({ p, q = p * 2 } = { p: 21 });
console.log(p, q);
[p, q] = [q, p];
console.log(p, q);
const { length, 0: firstChar, [length - 1]: lastChar } = 'hello';
console.log(length, firstChar, lastChar);
const [s1, ...sRest] = 'a😀b';
console.log(s1, sRest);
function* nums() { let i = 0; while (true) yield i++; }
const [n0, n1, n2] = nums();
console.log(n0, n1, n2);
const { x: { y: { z = 'deep default' } = {} } = {} } = {};
console.log(z);
let counter = 0;
const { d1 = ++counter, d2 = ++counter } = { d1: 'given' };
console.log(d1, d2, counter);
try { const { a } = null; } catch (e) { console.log(e.message); }
try { const [a] = {}; } catch (e) { console.log(e.message); }
try { const { a: { b } } = {}; } catch (e) { console.log(e.message); }
const fnArrow = ({ name, age = 30 }) => `${name}:${age}`;
console.log(fnArrow({ name: 'ann' }), [{ name: 'bo', age: 5 }].map(fnArrow));
const obj = { a: 1, b: 2, c: 3 };
const { a: _ignored, ...others } = obj;
console.log(others, Object.keys(others));
const spreadObj = { ...obj, b: 20, ...null, ...undefined, ...'hi', ...[9] };
console.log(spreadObj);
const merged = [...'abc', ...new Set([1, 2, 2]), ...new Map([[1, 2]]).keys()];
console.log(merged);
console.log(Math.max(...[1, 5, 3], ...[7]), [...Array(3).keys()]);
function count() { return arguments.length; }
console.log(count(...[1, 2], 3, ...[]));
const holes = [, 1, , 2];
console.log([...holes], holes.length);
for (const [i, ch] of [...'xy'].entries()) console.log(i, ch);
