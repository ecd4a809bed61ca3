// fs/promises — require('fs/promises'), the same object as require('fs').promises
// (internal/fs/promises).
'use strict';

module.exports = require('fs').promises;
