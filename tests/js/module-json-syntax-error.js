// A .json module with a syntax error throws SyntaxError "<file>: <JSON.parse message>" and is not cached.
var path = require('path');
var file = path.join(__dirname, 'fixtures/module/json-bad/bad.json');
try {
  require('./fixtures/module/json-bad/bad.json');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
  console.log(e.message.split(file).join('<bad.json>'));
}
console.log(file in require.cache);
try {
  require('./fixtures/module/json-bad/bad');
} catch (e) {
  console.log('again:', e.name, e.message.indexOf('<bad.json>') < 0 && e.message.indexOf(file) === 0);
}
