// util.callbackify: resolves → cb(null, value); rejects → cb(reason); a falsy reason becomes ERR_FALSY_VALUE_REJECTION with .reason.
var util = require('util');
function ok(x) { return Promise.resolve(x * 2); }
function bad() { return Promise.reject(new Error('rejected')); }
function rejectNull() { return Promise.reject(null); }
function rejectZero() { return Promise.reject(0); }
var cbOk = util.callbackify(ok);
console.log(typeof cbOk, cbOk.name, cbOk.length);
cbOk(21, function (err, v) { console.log('ok:', err, v); });
util.callbackify(bad)(function (err, v) { console.log('bad:', err.message, v); });
util.callbackify(rejectNull)(function (err) {
  console.log('null:', err instanceof Error, err.code, err.message, err.reason);
});
util.callbackify(rejectZero)(function (err) {
  console.log('zero:', err.code, err.reason);
});
console.log('before callbacks');
try { util.callbackify(ok)(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { util.callbackify(42); } catch (e) { console.log(e.name, e.code, e.message); }
