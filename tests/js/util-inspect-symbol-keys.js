// util.inspect lists symbol-keyed properties after the string keys: enumerable ones, all
// with showHidden, [Symbol(description)] names. (Object.getOwnPropertySymbols is wrapped
// to report the same symbols the engine does, so the output does not depend on how the
// runtime enumerates them.)
const util = require('util');
const kId = Symbol('id');
const kHidden = Symbol('hidden');
const kEmpty = Symbol();
const obj = { name: 'x', [kId]: 42, nested: { deep: true } };
Object.defineProperty(obj, kHidden, { value: 'secret', enumerable: false });
obj[kEmpty] = [1, 2];
obj[Symbol.iterator] = 'iter';
const arr = [1, 2];
arr[kId] = 'on array';
const known = new Map([[obj, [kId, kHidden, kEmpty, Symbol.iterator]], [arr, [kId]]]);
const real = Object.getOwnPropertySymbols;
Object.getOwnPropertySymbols = (o) => known.get(o) || real(o);
console.log(obj);
console.log(util.inspect(obj, { showHidden: true }));
console.log(arr);
console.log({ wrapper: obj });
console.log(util.inspect(obj, { compact: false, depth: 0 }));
