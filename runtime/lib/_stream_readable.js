// _stream_readable — Node's legacy alias: require('stream').Readable itself.
'use strict';
module.exports = require('stream').Readable;
