// other-string-field.js — a long-lived ChatSession object buffers its whole
// conversation in one string field (this.transcript) that each message appends to.
'use strict';

class ChatSession {
  constructor(room) {
    this.room = room;
    this.messages = 0;
    this.transcript = '';
  }
  say(user, text) {
    this.messages++;
    this.transcript += '[' + this.messages + '] ' + user + ': ' + text + '\n';
  }
}

const lobby = new ChatSession('lobby');
let next = 0;

function setup() {}

function action() {
  for (let i = 0; i < 150; i++) {
    const n = next++;
    lobby.say('user' + (n % 9), 'message number ' + n + ' about the weather and the build');
  }
  if (lobby.transcript.charCodeAt(0) !== 91) throw new Error('bad transcript');  // reads it
}

function teardown() {
  lobby.transcript = '';
}

module.exports = { setup, action, teardown };
