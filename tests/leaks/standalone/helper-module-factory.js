// helper-module-factory.js — an analytics collector builds its events with a helper
// module's factory (lib/event-factory.js) and appends each to `unsentEvents`; the
// uploader drops the batch it sends from its own copy, never from this array. The
// objects are allocated in the helper, kept by the app. Snapshots taken by the app.
'use strict';

const { makeEvent } = require('./lib/event-factory');
const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const unsentEvents = [];
let uploaded = 0;

function track(kind, user, props) {
  unsentEvents.push(makeEvent(kind, user, props));
}

function upload() {
  const batch = unsentEvents.slice(); // meant to splice(0)
  uploaded += batch.length;
}

for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 60; i++) track(i % 3 ? 'click' : 'view', 'u' + (i % 9), { page: '/p/' + i, round });
  upload();
  snap('round ' + round);
}
console.log(uploaded, unsentEvents.length);
