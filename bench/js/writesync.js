// fs.writeSync of short strings: 100,000 lines to /dev/null.
var fs = require('fs');
var fd = fs.openSync('/dev/null', 'w');
for (var i = 0; i < 100000; i++) fs.writeSync(fd, 'line ' + i + '\n');
fs.closeSync(fd);
