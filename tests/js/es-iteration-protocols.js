const m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) console.log(k, v);
for (const k of m.keys()) console.log('key', k);
for (const e of m.entries()) console.log('entry', e);
const s = new Set(['x', 'y', 'x']);
for (const v of s) console.log('set', v);
console.log([...s.entries()], [...m.values()]);
const str = 'a😀b\u{1F600}c';
console.log(str.length, [...str].length, [...str], Array.from(str).join('|'));
for (const ch of 'é😀') console.log(ch, ch.length, ch.codePointAt(0).toString(16));
console.log(String.fromCodePoint(0x1F600).length, '😀'.codePointAt(0), '😀'.charCodeAt(0));
class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  [Symbol.iterator]() {
    let i = this.a; const b = this.b;
    return {
      next: () => (i <= b ? { value: i++, done: false } : { value: undefined, done: true }),
      return: (v) => { console.log('return called at', i); return { done: true, value: v }; },
      [Symbol.iterator]() { return this; },
    };
  }
}
for (const x of new Range(1, 5)) { if (x === 3) break; console.log('range', x); }
try { for (const x of new Range(1, 5)) { if (x === 2) throw new Error('stop'); } } catch (e) { console.log(e.message); }
function firstTwo(it) { for (const x of it) { if (x === 2) return x; } }
console.log(firstTwo(new Range(1, 5)));
const [r1, r2] = new Range(10, 20);
console.log(r1, r2);
console.log([...new Range(1, 3)], Array.from(new Range(1, 3), (x) => x * 10), Math.max(...new Range(1, 4)));
const iterResultObj = { [Symbol.iterator]() { let n = 0; return { next() { n++; return { value: n, done: n > 2 }; } }; } };
console.log([...iterResultObj]);
const args = (function () { return [...arguments]; })(1, 2, 3);
console.log(args);
const arrIt = [1, 2][Symbol.iterator]();
console.log(arrIt.next(), arrIt.next(), arrIt.next(), typeof arrIt[Symbol.iterator]);
console.log(Object.prototype.toString.call(arrIt), Object.prototype.toString.call(new Map().entries()));
const entries = Object.entries({ x: 1, y: [2] });
for (const [k, v] of entries) console.log(k, v);
console.log(new Map(Object.entries({ a: 1 })), Object.fromEntries(new Map([['q', 1]])));
const ws = new WeakMap(); const key = {}; ws.set(key, 'v'); console.log(ws.get(key), ws.has({}));
const tA = [3, 1, 2];
for (const [i, v] of tA.entries()) console.log(i, v);
console.log([...tA.keys()], [...tA.values()]);
