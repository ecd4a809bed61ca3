// tty — isatty() and the terminal stream classes (Node 20's lib/tty.js). The classes are
// the ones process.stdin, stdout and stderr are instances of on a terminal; they live in
// internal/stdio with the other stdio streams. Differences from Node: a tty.ReadStream
// reads only from fds 0-2, and neither class has net.Socket's extras (_handle...).
'use strict';

var stdio = require('internal/stdio');
var classes = stdio.ttyClasses();

exports.isatty = stdio.isatty;
exports.ReadStream = classes.ReadStream;
exports.WriteStream = classes.WriteStream;
