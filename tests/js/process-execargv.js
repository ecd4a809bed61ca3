// process.execArgv is an array (empty when no runtime flags are given).
console.log(Array.isArray(process.execArgv));
console.log(process.execArgv.length);
console.log(JSON.stringify(process.execArgv));
