// A synchronous throw in the executor rejects; a throw after resolve is ignored.
new Promise(function () { throw new Error('boom'); })
  .catch(function (e) { console.log('caught', e.message); });
new Promise(function (resolve) { resolve('ok'); throw new Error('ignored'); })
  .then(function (v) { console.log('resolved', v); }, function () { console.log('not reached'); });
new Promise(function (resolve, reject) { reject('first'); resolve('second'); reject('third'); })
  .then(null, function (r) { console.log('rejected', r); });
