// __filename and __dirname are absolute; their basenames are the script and its folder.
var path = require('path');
console.log(path.basename(__filename));
console.log(path.basename(__dirname));
console.log(path.isAbsolute(__filename), path.isAbsolute(__dirname));
console.log(path.dirname(__filename) === __dirname);
console.log(module.filename === __filename);
console.log(path.extname(__filename));
