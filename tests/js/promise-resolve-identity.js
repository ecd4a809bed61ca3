// Promise.resolve returns a native promise unchanged; Promise.reject never unwraps.
var p = Promise.resolve(5);
console.log(String(Promise.resolve(p) === p));
var r = Promise.reject(p);
console.log(String(r === p));
r.catch(function (reason) { console.log('reason is the promise', String(reason === p)); });
var thenable = { then: function (f) { f('t'); } };
console.log(String(Promise.resolve(thenable) === thenable));
Promise.resolve(thenable).then(function (v) { console.log('thenable value', v); });
