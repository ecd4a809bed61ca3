// A promise rejected with a non-error and never handled reaches 'uncaughtException' as
// Node's UnhandledPromiseRejection: name, message, code, the stack's first line, keys.
const util = require('util');
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.name, err.code, err instanceof Error);
  console.log(err.message);
  console.log(err.stack.split('\n')[0]);
  console.log(Object.keys(err));
  console.log(util.inspect(err).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
});
Promise.reject(42);
setTimeout(() => Promise.reject({ an: 'object' }), 1);
setTimeout(() => Promise.reject(null), 2);
