// class-timer-handles.js — a reminder service keeps the handle of every setTimeout it
// schedules in this.timers so that stop() could clear them; the handles are pushed
// but never taken out when their timer fires, so the array keeps every fired Timeout
// (and the reminder its callback closes over). Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class ReminderService {
  constructor() {
    this.timers = [];
    this.sent = 0;
  }
  remind(user, text, delay) {
    const reminder = { user, text, due: Date.now() + delay };
    this.timers.push(setTimeout(() => {
      this.sent++;
      reminder.delivered = true;
    }, delay));
  }
  stop() {
    for (const t of this.timers) clearTimeout(t);
  }
}

const reminders = new ReminderService();

async function main() {
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 50; i++) reminders.remind('user' + i, 'standup in 5 minutes #' + round, 1 + (i % 5));
    await new Promise((resolve) => setTimeout(resolve, 30));
    snap('round ' + round);
  }
}

main();
