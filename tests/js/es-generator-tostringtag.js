// generator objects carry Symbol.toStringTag 'Generator' / 'AsyncGenerator'
function* g() { yield 1; }
async function* ag() { yield 1; }
const it = g();
console.log(Object.prototype.toString.call(it), Object.prototype.toString.call(ag()), String(it), `${ag()}`);
console.log(it[Symbol.toStringTag], Object.getPrototypeOf(it)[Symbol.toStringTag] === 'Generator', Object.keys(it));
console.log([...it], Object.prototype.toString.call(it));
