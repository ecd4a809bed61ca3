// process.argv0 is a non-empty string (the original argv[0], which is not necessarily execPath).
console.log(typeof process.argv0);
console.log(process.argv0.length > 0);
console.log(typeof process.execPath, process.execPath.charAt(0) === '/');
console.log(Object.prototype.hasOwnProperty.call(process, 'argv0'));
