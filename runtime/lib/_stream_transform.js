// _stream_transform — Node's legacy alias: require('stream').Transform itself.
'use strict';
module.exports = require('stream').Transform;
