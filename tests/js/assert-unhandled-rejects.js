// A failing assert.rejects() nobody handles is an unhandled rejection: the process exits with code 1
// after the rest of the current turn; its own then() never runs.
var assert = require('assert');
process.on('exit', function (code) { console.log('exit', code); });
console.log('before');
assert.rejects(Promise.resolve('fine')).then(function () { console.log('not reached'); });
console.log('after');
