// sys — Node's deprecated alias of util (DEP0025): the same object, with the warning
// Node prints on first load.
'use strict';
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
