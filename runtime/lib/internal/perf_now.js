// internal/perf_now — the clock behind performance.now() and Event#timeStamp:
// milliseconds (fractional) since the runtime started, from the monotonic clock
// (binding.uptime counts from the same hrtime base as process.uptime()). timeOrigin is
// the wall-clock time of that start, in ms since the epoch, fixed when first asked.
'use strict';

var uptime = binding.uptime;
var origin;

exports.now = function now() {
  return uptime() * 1000;
};

exports.timeOrigin = function timeOrigin() {
  if (origin === undefined)
    origin = Date.now() - uptime() * 1000;
  return origin;
};
