// Symbol-keyed properties are listed and copied as in Node: getOwnPropertySymbols and
// Reflect.ownKeys (in the order the keys were added), Object.assign, object spread and
// rest, getOwnPropertyDescriptors and defineProperties/create with symbol keys
const a = Symbol('a'), b = Symbol(), c = Symbol.for('c');
const o = { x: 1, [a]: 2 };
o[b] = 3;
Object.defineProperty(o, c, { value: 4, enumerable: false });
console.log(Object.getOwnPropertySymbols(o), Reflect.ownKeys(o));
console.log(Object.getOwnPropertySymbols(o)[0] === a, Object.getOwnPropertySymbols(o)[2] === c);
const assigned = Object.assign({}, o);
console.log(assigned, assigned[a], assigned[b], assigned[c], Object.getOwnPropertySymbols(assigned).length);
const spread = { ...o, y: 5 };
console.log(spread, Object.getOwnPropertySymbols(spread).length);
const { x, [a]: av, ...rest } = o;
console.log(x, av, rest, Object.getOwnPropertySymbols(rest).length);
const d = Object.getOwnPropertyDescriptors(o);
console.log(d[a], d[c], Object.getOwnPropertySymbols(d).length);
const cloned = Object.defineProperties({}, d);
console.log(cloned[a], cloned[b], cloned[c], Object.getOwnPropertySymbols(cloned).length);
const created = Object.create({ inherited: true }, { [a]: { value: 'made', enumerable: true } });
console.log(created[a], Object.getOwnPropertySymbols(created).length, created);
class C { [Symbol.iterator]() { return [][Symbol.iterator](); } }
console.log(Object.getOwnPropertySymbols(C.prototype), Object.getOwnPropertySymbols(new C()));
console.log(Object.getOwnPropertySymbols('str'), Object.getOwnPropertySymbols([]).length);
try { Object.getOwnPropertySymbols(null); } catch (e) { console.log(e.constructor.name, e.message); }
const many = [];
for (let i = 0; i < 3; i++) many.push({ [Symbol('k' + i)]: i });
console.log(many, many.map((m) => Object.getOwnPropertySymbols(m)[0].description));
console.log(JSON.stringify(o), Object.keys(o), Object.entries(o));
delete o[a];
console.log(Object.getOwnPropertySymbols(o), o);
