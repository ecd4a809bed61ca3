// require('./relative') loads a file relative to the requiring module, with or without the .js extension.
var h = require('./fixtures/module/relative-helper');
console.log(h.name, h.add(2, 3));
var h2 = require('./fixtures/module/relative-helper.js');
console.log(h === h2);
var h3 = require('./fixtures/../fixtures/module/relative-helper');
console.log(h === h3);
console.log(Object.keys(h).join(','));
