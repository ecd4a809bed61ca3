// Error properties extracted into objects print like any other values.
var err = new Error('boom');
console.log({ e: err.message, n: err.name });
var te = new TypeError('bad type');
console.log({ e: te.message, n: te.name, isErr: te instanceof Error });
console.log([err.message, te.message]);
console.log(String(err), String(te));
console.log(err.toString());
var re = new RangeError();
console.log({ m: re.message, s: String(re) });
