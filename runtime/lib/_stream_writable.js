// _stream_writable — Node's legacy alias: require('stream').Writable itself.
'use strict';
module.exports = require('stream').Writable;
