// lib/event-factory.js — helper for helper-module-factory.js: builds the analytics event
// objects the app keeps. The allocating line of that app's leak is here.
'use strict';

let seq = 0;

function makeEvent(kind, user, props) {
  seq++;
  return { seq, kind, user, props: { ...props }, receivedAt: seq * 1000, schema: 'v3' };
}

module.exports = { makeEvent };
