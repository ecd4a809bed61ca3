// A bare specifier is looked up in node_modules folders walking up from the requiring file's folder.
var viaNested = require('./fixtures/module/deep/nested/user.js');
console.log(viaNested.name, viaNested.version);
try {
  require('ls-walkup-pkg');
  console.log('found from tests/js (wrong)');
} catch (e) {
  console.log('not found from here:', e.code);
}
