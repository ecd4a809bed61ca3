// finally() waits for a promise returned by its callback; a throw or rejection overrides.
Promise.resolve(1).finally(function () {
  return new Promise(function (resolve) { setTimeout(function () { console.log('inner done'); resolve(); }, 5); });
}).then(function (v) { console.log('value kept', v); });
Promise.resolve(2).finally(function () { throw new Error('override'); })
  .then(function () { console.log('no'); }, function (e) { console.log('thrown', e.message); });
Promise.reject(3).finally(function () { return Promise.reject('rejected override'); })
  .catch(function (r) { console.log('reason', r); });
