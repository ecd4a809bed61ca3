// TypeErrors whose V8 text depends on what mujs cannot tell apart after down-leveling
function msg(f) { try { f(); return 'no error'; } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
const o = { f() {}, g: () => 1 };
console.log(msg(() => new o.f()));
console.log(msg(() => new o.g()));
console.log(msg(() => new (() => {})()));
console.log(msg(() => Symbol() + 1));
console.log(msg(() => `${Symbol('t')}`));
console.log(msg(() => o.f.call.call(1)));
console.log(msg(() => structuredClone(() => 1)));
