// console.group indentation of multi-line objects, tables and errors; inspect with showHidden,
// compact 0/true, long strings, arrays of records, matrices and 200-item arrays (Node's output).
const util = require('util');
console.group('Level 1');
console.log({ a: { b: { c: 1 } }, list: Array.from({ length: 30 }, (_, i) => i) });
console.group('Level 2');
console.table([{ x: 1 }, { x: 2 }]);
console.dir({ deep: { er: { est: { x: 1 } } } }, { depth: 5 });
console.error(new Map([['key', { nested: true }]]));
console.groupEnd();
console.log('multi\nline\nstring');
console.groupEnd();
console.log(util.inspect([1, [2, [3]]], { showHidden: true }));
console.log(util.inspect({ a: 1 }, { showHidden: true }), util.inspect(Object.defineProperty({}, 'hidden', { value: 1 }), { showHidden: true }));
console.log(util.inspect([1, 2, 3].map(String), { compact: true }));
console.log(util.inspect({ a: 'x'.repeat(60), b: 'y'.repeat(10) }));
console.log(util.inspect({ a: [1, 2], b: { c: [3, 4] } }, { compact: 0 }));
console.log(util.inspect(new Set(['a', 'b']), { showHidden: true }), util.inspect(new Map([[1, 2]]).entries()), util.inspect([1, 2].values()));
console.log(util.inspect('a'.repeat(120)));
console.log(util.inspect({ s: 'line1\nline2\nline3 is a much longer line of text that goes past the limit of eighty characters' }));
console.log([{ name: 'alpha', value: 1 }, { name: 'beta', value: 2 }, { name: 'gamma', value: 3 }, { name: 'delta', value: 4 }]);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
console.log(Array.from({ length: 7 }, (_, i) => ({ id: i, label: `item number ${i}` })));
console.log(Object.fromEntries(Array.from({ length: 27 }, (_, i) => [String.fromCharCode(97 + i % 26) + i, i])));
console.log(new Array(200).fill('ab'));
console.log([1.25, 100, -3, 7e-7, 1e21, 12345678]);
console.log(['a', 1, 'bb', 22, 'ccc', 333, 'dddd', 4444, 'eeeee', 55555, 'f', 6, 'g', 7, 'h', 8, 'i', 9]);
