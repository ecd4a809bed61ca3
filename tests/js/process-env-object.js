// process.env: [object Object] to Object.prototype.toString, numbers stored as strings,
// undefined as the string, spread and JSON of it, own property descriptors.
console.log(Object.prototype.toString.call(process.env), typeof process.env, process.env instanceof Object);
const e = require('util').inspect(process.env); console.log(e.startsWith('{'), e.endsWith('}'));
console.log(Object.keys({ ...process.env }).length === Object.keys(process.env).length, JSON.parse(JSON.stringify(process.env)).HOME === process.env.HOME);
process.env.NUM = 5; process.env.UNDEF = undefined; console.log(process.env.NUM, typeof process.env.NUM, process.env.UNDEF, 'NUM' in process.env);
console.log(Object.getOwnPropertyDescriptor(process.env, 'NUM'));
