// An exception while reading .then rejects the promise being resolved.
var bad = {};
Object.defineProperty(bad, 'then', { get: function () { throw new Error('getter'); } });
Promise.resolve(bad).catch(function (e) { console.log('rejected', e.message); });
var throwingThen = { then: function () { throw new Error('in then'); } };
Promise.resolve(throwingThen).catch(function (e) { console.log('rejected', e.message); });
var lateThrow = { then: function (ok) { ok('first'); throw new Error('ignored'); } };
Promise.resolve(lateThrow).then(function (v) { console.log('fulfilled', v); });
