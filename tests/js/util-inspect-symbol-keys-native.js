// Symbol-keyed properties as console.log shows them, without help from the script:
// enumerable ones after the string keys, non-enumerable ones only with showHidden, and
// Object.getOwnPropertySymbols / Reflect.ownKeys listing them.
const util = require('util');
const kId = Symbol('id');
const obj = { name: 'x', [kId]: 42 };
Object.defineProperty(obj, Symbol('hidden'), { value: 'secret', enumerable: false });
class Session { constructor() { this.user = 'ann'; this[kId] = 7; } }
console.log(obj);
console.log(util.inspect(obj, { showHidden: true }));
console.log(new Session());
console.log(Object.getOwnPropertySymbols(obj).length, Reflect.ownKeys(obj).length);
