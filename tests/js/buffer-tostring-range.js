// buf.toString(encoding, start, end): clamping, coercion and empty results.
var b = Buffer.from('0123456789');
var cases = [[], ['utf8'], ['utf8', 2], ['utf8', 2, 5], ['utf8', -3, 2], ['utf8', 8, 100], ['utf8', 5, 2],
  ['utf8', 10], ['utf8', 11], [undefined, 3], ['hex', '2', '4'], ['utf8', null, 3], ['utf8', 3, null],
  ['utf8', 1.9, 3.9], ['utf8', NaN, 2], ['utf8', 2, NaN], ['latin1', 0, Infinity], ['base64', 0, 4]];
cases.forEach(function (args) {
  console.log(JSON.stringify(args), JSON.stringify(b.toString.apply(b, args)));
});
console.log(JSON.stringify(Buffer.from('h\u00e9llo').toString('utf8', 0, 2)), String(Buffer.from('str')), '' + Buffer.from('cat'));
console.log(b.toLocaleString() === b.toString(), Buffer.alloc(0).toString('hex') === '');
