// Errors while binding an async function's parameters reject its promise instead of
// throwing at the call; a generator's parameters are bound at the call.
async function withDefault(a = missing()) { return a; }
async function withPattern({ x }) { return x; }
const p1 = withDefault();
console.log('call returned', p1 instanceof Promise);
p1.catch((e) => console.log('rejected:', e.constructor.name));
withPattern(null).catch((e) => console.log('pattern rejected:', e.constructor.name));
withPattern({ x: 'ok' }).then((v) => console.log('pattern ok', v));
function* gen(a = missing()) { yield a; }
try { gen(); } catch (e) { console.log('generator threw at the call:', e.constructor.name); }
const arrow = async ({ y } = {}) => y;
arrow().then((v) => console.log('arrow default', v));
