// util.inspect defaults and options on a realistic nested record: depth cut-offs, breakLength,
// compact, sorted, long arrays (over 100 items), long strings in arrays, maxStringLength,
// maxArrayLength on arrays and Sets (Node's output).
const util = require('util');
const data = {
  users: [
    { id: 1, name: 'Alice', roles: ['admin', 'user'], profile: { address: { city: 'Paris', geo: { lat: 48.8, lng: 2.3 } } } },
    { id: 2, name: 'Bob', roles: [], profile: null },
  ],
  meta: { total: 2, page: { current: 1, size: 20, links: { next: null, prev: undefined } } },
  createdAt: new Date(0),
  tags: new Set(['a', 'b']),
  index: new Map([['alice', { id: 1 }], ['bob', { id: 2, nested: { deep: { deeper: 1 } } }]]),
};
console.log(data);
console.log(util.inspect(data, { depth: 0 }));
console.log(util.inspect(data, { depth: Infinity, breakLength: 120 }));
console.log(util.inspect(data, { compact: false, depth: 1 }));
console.log(util.inspect(data, { compact: 1, sorted: true, depth: 1 }));
const big = Array.from({ length: 130 }, (_, i) => i * 3);
console.log(big);
console.log(Array.from({ length: 30 }, (_, i) => 'item-' + i));
console.log(['a'.repeat(20), 'b'.repeat(30), 'c'.repeat(40)]);
console.log(['short', 'x'.repeat(100)]);
console.log({ long: 'y'.repeat(90), other: 1 });
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 7 + 1)));
console.log(Array.from({ length: 12 }, (_, i) => ({ id: i })));
console.log([1.5, -2, 300000, 4e21, NaN, -0, 0]);
console.log(util.inspect('x'.repeat(200), { maxStringLength: 10 }));
console.log(util.inspect(big, { maxArrayLength: 5 }));
console.log(util.inspect(new Set(big), { maxArrayLength: 3 }));
