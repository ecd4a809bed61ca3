// Promise.all resolves once every element settled, in input order, with non-promise values.
var slow = new Promise(function (resolve) { setTimeout(function () { resolve('slow'); }, 10); });
var fast = Promise.resolve('fast');
Promise.all([slow, fast, 42, 'str']).then(function (values) {
  console.log(values.length, values[0], values[1], values[2], values[3]);
});
Promise.all([]).then(function (values) { console.log('empty', values.length); });
Promise.resolve().then(function () { console.log('m1'); }).then(function () { console.log('m2'); })
  .then(function () { console.log('m3'); });
