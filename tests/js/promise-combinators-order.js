// all, allSettled, any and race interleaved with thenables, ticks and a reaction chain.
var log = [];
function L(x) { console.log(x); }
var th = { then: function (r) { L('thenable then'); r('T'); } };
Promise.all([1, Promise.resolve(2), th]).then(function (v) { L('all ' + v.join()); });
Promise.allSettled([Promise.reject(1), 2, th]).then(function (v) { L('settled ' + JSON.stringify(v)); });
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) { L('any ' + e.name + ' ' + e.errors.join()); });
Promise.any([Promise.reject(1), th, 3]).then(function (v) { L('any2 ' + v); });
Promise.all([]).then(function (v) { L('all empty ' + v.length); });
Promise.any([]).catch(function (e) { L('any empty ' + e.errors.length); });
Promise.all([Promise.reject(new Error('x')), 1]).catch(function (e) { L('all rej ' + e.message); });
Promise.race([th, 5]).then(function (v) { L('race ' + v); });
process.nextTick(function () { L('tick'); });
Promise.resolve().then(function () { L('m1'); }).then(function () { L('m2'); }).then(function () { L('m3'); });
