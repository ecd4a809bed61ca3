// Non-function then() arguments pass values and reasons through.
Promise.resolve('v').then(null).then(undefined, 5).then(function (v) { console.log('value', v); });
Promise.reject('r').then(function () { console.log('no'); }).then(null, 'x')
  .catch(function (r) { console.log('reason', r); });
Promise.resolve().then(function () { throw new Error('thrown'); })
  .then(function () { console.log('skipped'); })
  .catch(function (e) { console.log('caught', e.message); return 'recovered'; })
  .then(function (v) { console.log(v); });
