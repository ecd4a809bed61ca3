// chat-transcript-string.js — a chat room object keeps its whole transcript as one
// string that every message is appended to. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

class ChatRoom {
  constructor(name) {
    this.name = name;
    this.transcript = '';
  }
  post(user, text) {
    this.transcript += `[${user}] ${text}\n`;
  }
}

const lobby = new ChatRoom('lobby');
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 100; i++) lobby.post('user' + (i % 9), `message number ${round * 100 + i}`);
  snap('round ' + round);
}
console.log(lobby.transcript.length > 0);
