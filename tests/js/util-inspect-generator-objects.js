// Generator and async generator objects print as Node prints them, wherever they
// appear, and util.types.isGeneratorObject knows them.
const util = require('util');

function* g() { yield 1; yield 2; }
async function* ag() { yield 1; }
class K { *values() { yield 0; } }

const it = g();
console.log(it);
it.next();
console.log(it, [it], { it });
console.log(ag());
console.log([g(), ag()], { gen: g(), agen: ag(), nested: { deep: [g()] } });
console.log(new K().values());
console.log(util.inspect(g()), util.format('%O', ag()), `${Object.prototype.toString.call(g())}`);
console.log(Object.prototype.toString.call(ag()));
console.log(util.types.isGeneratorObject(g()), util.types.isGeneratorObject(ag()),
  util.types.isGeneratorObject({}), util.types.isGeneratorObject(g));
console.log(typeof it.next, typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
