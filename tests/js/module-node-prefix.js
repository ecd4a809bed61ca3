// `node:`-prefixed built-ins are the same objects as the unprefixed ones.
console.log(require('node:path') === require('path'));
console.log(require('node:events') === require('events'));
console.log(require('node:util') === require('util'));
console.log(require('node:timers') === require('timers'));
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log(e.code);
}
