// node:-prefixed and bare built-ins resolve to their names, are not in require.cache, and unknown node: names throw.
console.log(require.resolve('node:path'), require.resolve('path'), require.resolve('node:events'));
console.log('path' in require.cache, 'node:path' in require.cache);
console.log(require('node:events').EventEmitter === require('events'));
try {
  require('node:definitely-missing');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  require('definitely-missing-bare');
} catch (e) {
  console.log(e.name, e.code, e.message.split('\n')[0]);
}
