// require('constants'): the frozen merge of os.constants (dlopen, errno, priority, signals)
// and fs.constants as old code reads it (Node's output).
const c = require('constants');
const fs = require('fs');
const os = require('os');
console.log(Object.isFrozen(c), c.O_RDONLY, c.O_WRONLY | c.O_CREAT, c.S_IFMT, c.S_IFDIR, c.SIGINT, c.SIGTERM, c.ENOENT, c.EACCES, c.RTLD_LAZY, c.PRIORITY_HIGH);
console.log(c.O_CREAT === fs.constants.O_CREAT, c.SIGKILL === os.constants.signals.SIGKILL, c.F_OK, c.R_OK, c.W_OK, c.X_OK, c.COPYFILE_EXCL);
console.log(Object.keys(c).slice(0, 8), require('node:constants') === c);
