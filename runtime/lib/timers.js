'use strict';
// timers — the public module (Node's lib/timers.js surface); `timers.promises` is
// timers/promises, loaded on first use.

var internal = require('internal/timers');

var deprecationWarned = Object.create(null);

function deprecate(fn, msg, code) {
  return function () {
    if (!deprecationWarned[code]) {
      deprecationWarned[code] = true;
      if (typeof process !== 'undefined' && typeof process.emitWarning === 'function')
        process.emitWarning(msg, 'DeprecationWarning', code);
    }
    return fn.apply(this, arguments);
  };
}

exports.setTimeout = internal.setTimeout;
exports.clearTimeout = internal.clearTimeout;
exports.setImmediate = internal.setImmediate;
exports.clearImmediate = internal.clearImmediate;
exports.setInterval = internal.setInterval;
exports.clearInterval = internal.clearInterval;
exports._unrefActive = deprecate(internal.unrefActive,
  'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127');
exports.active = deprecate(internal.active,
  'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126');
exports.unenroll = deprecate(internal.unenroll,
  'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096');
exports.enroll = deprecate(internal.enroll,
  'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095');

// timers.promises is require('timers/promises'), loaded on first use.
Object.defineProperty(exports, 'promises', {
  get: function () { return require('timers/promises'); },
  enumerable: true,
  configurable: true
});
