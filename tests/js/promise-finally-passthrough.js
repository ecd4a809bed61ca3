// finally() passes the value or reason through and runs later than a plain then().
Promise.resolve('val').finally(function () { console.log('finally 1'); return 'ignored'; })
  .then(function (v) { console.log('then after finally', v); });
Promise.reject('why').finally(function () { console.log('finally 2'); })
  .catch(function (r) { console.log('catch after finally', r); });
Promise.resolve().then(function () { console.log('t1'); }).then(function () { console.log('t2'); })
  .then(function () { console.log('t3'); }).then(function () { console.log('t4'); })
  .then(function () { console.log('t5'); });
