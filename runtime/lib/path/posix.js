// path/posix — the POSIX flavour of path, as require('path').posix (the same object).
'use strict';
module.exports = require('path').posix;
