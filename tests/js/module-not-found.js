// A missing module throws an Error with code MODULE_NOT_FOUND and message "Cannot find module '<id>'".
function firstLine(s) { return s.split('\n')[0]; }
try {
  require('./fixtures/module/no-such-file');
} catch (e) {
  console.log(e instanceof Error, e.code);
  console.log(firstLine(e.message));
}
try {
  require('no-such-package-xyz');
} catch (e) {
  console.log(e.code, firstLine(e.message));
}
try {
  require('./fixtures/module/requires-missing');
} catch (e) {
  console.log(e.code, firstLine(e.message));
}
try {
  require('./fixtures/module/throws-on-load');
} catch (e) {
  console.log('load error:', e.message, e.code);
}
var p = require('path');
console.log(p.resolve(__dirname, 'fixtures/module/throws-on-load.js') in require.cache);
