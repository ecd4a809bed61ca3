// Symbols are unique keys that do not show up in Object.keys or JSON.
const s1 = Symbol('desc'), s2 = Symbol('desc');
console.log(s1 === s2, s1.description);
const o = { visible: 1 };
o[s1] = 'hidden';
console.log(o[s1], o[s2], Object.keys(o), JSON.stringify(o));
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')));
console.log(typeof Symbol.iterator !== 'undefined');
