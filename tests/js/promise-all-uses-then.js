// Promise.all and promise adoption call an overridden then(); catch() goes through then().
var thenCalls = 0;
var p = Promise.resolve(1);
p.then = function (f, r) { thenCalls++; console.log('patched then'); return Promise.prototype.then.call(this, f, r); };
Promise.resolve().then(function () { return p; }).then(function (v) { console.log('value', v, thenCalls); });
Promise.all([p]).then(function (v) { console.log('all', v[0], thenCalls); });
p.catch(function () {});
console.log('catch used then', thenCalls);
