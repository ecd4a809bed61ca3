// span-tracer.js — helper of closure-required-tracer.js: a tracer factory whose spans
// live in the closure's own scope (no export, no property shows them).
'use strict';

function createTracer(service) {
  const finishedSpans = [];
  return {
    service: service,
    record: function recordSpan(name, ms) {
      finishedSpans.push({ name: name, ms: ms, service: service, tags: [name.length] });
    },
    count: function () {
      return finishedSpans.length;
    },
    reset: function () {
      finishedSpans.length = 0;
    }
  };
}

module.exports = { createTracer };
