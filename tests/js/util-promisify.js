// util.promisify: resolves with the first callback value, rejects with the error, honours util.promisify.custom.
var util = require('util');
function add(a, b, cb) { setImmediate(function () { cb(null, a + b, 'ignored'); }); }
function fail(cb) { cb(new Error('nope')); }
function many(cb) { cb(null, 1, 2, 3); }
var pAdd = util.promisify(add);
console.log(typeof pAdd, pAdd.name, pAdd.length);
pAdd(2, 3).then(function (v) { console.log('add:', v); });
util.promisify(fail)().catch(function (e) { console.log('fail:', e.message); });
util.promisify(many)().then(function (v) { console.log('many:', v); });
function withCustom(cb) { cb(null, 'original'); }
withCustom[util.promisify.custom] = function () { return Promise.resolve('custom'); };
var pc = util.promisify(withCustom);
console.log(pc === withCustom[util.promisify.custom], util.promisify(pc) === pc);
pc().then(function (v) { console.log('custom:', v); });
var obj = { v: 7, get: function (cb) { cb(null, this.v); } };
util.promisify(obj.get).call(obj).then(function (v) { console.log('this:', v); });
function throwsSync() { throw new Error('sync throw'); }
util.promisify(throwsSync)().catch(function (e) { console.log('sync:', e.message); });
function nullErr(cb) { cb(undefined, 'undefined err'); }
util.promisify(nullErr)().then(function (v) { console.log('falsy err resolves:', v); });
try { util.promisify('x'); } catch (e) { console.log(e.code, e.message); }
console.log(util.promisify.custom === require('util').promisify.custom);
