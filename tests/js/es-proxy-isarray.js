// Array.isArray looks through proxies (of proxies) to the target, and throws Node's
// TypeError for a revoked one
const p = new Proxy([1, 2], {});
console.log(Array.isArray(p), Array.isArray(new Proxy({}, {})), Array.isArray(new Proxy(p, {})), Array.isArray([]), Array.isArray('a'), Array.isArray());
const r = Proxy.revocable([], {}); r.revoke();
try { Array.isArray(r.proxy); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Array.isArray.name, Array.isArray.length, Object.keys(Array), p.length, p[1]);
