// package.json "exports": "." wins over "main", subpaths map through conditions (require) and * patterns; others throw.
var user = require('./fixtures/module/exports-field/user');
var path = require('path');
console.log(user.load('ls-exp-pkg'));
console.log(user.load('ls-exp-pkg/feature'));
console.log(user.load('ls-exp-pkg/utils/str'));
try {
  user.load('ls-exp-pkg/lib/other.js');
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message.split(path.join(__dirname, 'fixtures')).join('<fixtures>'));
}
