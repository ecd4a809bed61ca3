// process.title is a string and can be assigned.
console.log(typeof process.title, process.title.length > 0);
process.title = 'leakscope-test';
console.log(typeof process.title);
