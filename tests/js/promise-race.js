// Promise.race settles like the first element to settle.
var later = new Promise(function (resolve) { setTimeout(function () { resolve('later'); }, 300); });
var sooner = new Promise(function (resolve) { setTimeout(function () { resolve('sooner'); }, 5); });
Promise.race([later, sooner]).then(function (v) { console.log('race', v); });
Promise.race([later, Promise.reject('rej')]).catch(function (r) { console.log('race rejected', r); });
Promise.race([later, 7]).then(function (v) { console.log('race value', v); });
