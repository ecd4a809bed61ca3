// Reactions on one promise run in registration order; independent chains interleave tick by tick.
var log = [];
var p = Promise.resolve('v');
p.then(function () { console.log('a1'); }).then(function () { console.log('a2'); }).then(function () { console.log('a3'); });
p.then(function () { console.log('b1'); }).then(function () { console.log('b2'); });
p.then(function () { console.log('c1'); });
Promise.resolve().then(function () { console.log('d1'); }).then(function () { console.log('d2'); });
console.log('sync');
