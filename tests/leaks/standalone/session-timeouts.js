// session-timeouts.js — each login schedules a session expiry one hour ahead with
// setTimeout and keeps no handle, so logout cannot clear it: the timer list holds every
// expiry closure and the session it captures. The timers are unref()'d so the process
// still exits. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

let expired = 0;

class SessionManager {
  login(user) {
    const session = { user, roles: ['reader'], createdAt: 0, csrf: 'x'.repeat(32) + user };
    setTimeout(() => {
      session.expired = true;
      expired++;
    }, 60 * 60 * 1000).unref();
    return session;
  }
}

const sessions = new SessionManager();
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 60; i++) sessions.login(`user${round}_${i}`);
  snap('round ' + round);
}
console.log('expired', expired);
