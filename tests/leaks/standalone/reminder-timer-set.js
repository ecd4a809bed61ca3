// reminder-timer-set.js — a reminder service schedules a one-hour reminder per booking
// with setTimeout (unref'd so the process can exit) and keeps the Timeout in a Set so
// that a cancelled booking can clear it. Cancelling calls clearTimeout but forgets to
// delete the Timeout from the Set, and cancelled bookings are the common case here, so
// the Set keeps every cancelled reminder and the booking its callback closes over.
// Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const reminderTimers = new Set();
let sent = 0;

function book(guest, slot) {
  const booking = { guest, slot, email: `${guest}@example.test`, notes: 'window seat, vegetarian' };
  const timer = setTimeout(() => {
    sent++;
    reminderTimers.delete(timer);
    return booking.email;
  }, 3600 * 1000);
  timer.unref();
  reminderTimers.add(timer);
  return { booking, cancel: () => clearTimeout(timer) };
}

for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 40; i++) book(`guest${round}x${i}`, `2026-12-0${1 + (i % 9)}T19:00`).cancel();
  snap('round ' + round);
}
console.log(reminderTimers.size, sent);
