// A syntax error in modern code is a SyntaxError with Node's message, and the module is not cached.
try {
  require('./fixtures/es6/bad-syntax.js');
} catch (e) {
  console.log(e.name, e.message, e instanceof SyntaxError);
}
console.log(Object.keys(require.cache).some(k => k.indexOf('bad-syntax.js') >= 0));
