// MODULE_NOT_FOUND from a nested require: the message lists the require stack innermost first, as does err.requireStack.
var path = require('path');
function rel(p) { return path.relative(__dirname, p); }
try {
  require('./fixtures/module/stack/a');
} catch (e) {
  console.log(e.code, e instanceof Error, Array.isArray(e.requireStack));
  console.log(e.message.split(__dirname + '/').join(''));
  console.log(e.requireStack.map(rel).join(' <- '));
}
try {
  require.resolve('./nope');
} catch (e) {
  console.log(e.message.split(__dirname + '/').join(''), e.requireStack.length);
}
console.log(Object.keys(require.cache).map(rel).join(','));
