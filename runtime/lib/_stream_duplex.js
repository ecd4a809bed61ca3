// _stream_duplex — Node's legacy alias: require('stream').Duplex itself.
'use strict';
module.exports = require('stream').Duplex;
