// process.argv is [execPath, absolute script path, ...args]; argv[1] ends with the script name.
var argv = process.argv;
console.log(Array.isArray(argv), argv.length);
console.log(typeof argv[0], argv[0].length > 0);
console.log(typeof argv[1], argv[1].charAt(0) === '/');
console.log(/[\/\\]process-argv-shape\.js$/.test(argv[1]));
console.log(argv[1] === __filename);
console.log(argv.slice(2).length);
console.log(argv[0] === process.execPath);
