// assert/strict — the strict variant of assert, as require('assert').strict.
'use strict';
module.exports = require('assert').strict;
