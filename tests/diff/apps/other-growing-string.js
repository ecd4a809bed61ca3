// other-growing-string.js — a debug trace appended to one string.
'use strict';

let trace = '';

module.exports = {
  action() { for (let i = 0; i < 100; i++) trace += 'step ' + i + ' done; '; },
  teardown() { trace = ''; }
};
