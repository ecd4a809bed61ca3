// _stream_passthrough — Node's legacy alias: require('stream').PassThrough itself.
'use strict';
module.exports = require('stream').PassThrough;
