// constants — Node's deprecated require('constants') (DEP0008, documentation-only): one
// frozen object holding os.constants.dlopen, errno, priority and signals and
// fs.constants, in Node's order. Node also merges crypto.constants (OpenSSL's option
// values), which this runtime does not have.
'use strict';

var os = require('os').constants;
var fs = require('fs').constants;

[os.dlopen, os.errno, os.priority, os.signals, fs].forEach(function (group) {
  Object.keys(group).forEach(function (key) {
    exports[key] = group[key];
  });
});
Object.freeze(exports);
