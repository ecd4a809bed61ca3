// util/types — require('util').types under its own name, as in Node.
'use strict';
module.exports = require('util').types;
