// util.inspect prints a proxy as its target without running a trap, Proxy [ target, handler ]
// with showProxy, <Revoked Proxy> once revoked; util.types.isProxy tells proxies apart
const util = require('util');
const target = { a: 1, nested: [1, 2] };
const p = new Proxy(target, { get(t, k) { return k === 'a' ? 99 : t[k]; } });
console.log(p, util.inspect(p, { showProxy: true }), p.a);
console.log(new Proxy([1, 2, 3], {}), util.types.isProxy(p), util.types.isProxy(target), util.types.isProxy([]));
const r = Proxy.revocable({ x: 1 }, {}); r.revoke(); console.log(r.proxy, util.types.isProxy(r.proxy));
console.log({ inner: new Proxy({ deep: true }, {}) }, [new Proxy(function named() {}, {})]);
console.log(util.inspect(new Proxy(new Proxy({ z: 1 }, {}), {}), { showProxy: true }));
