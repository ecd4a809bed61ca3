// querystring.parse: null-prototype result, repeated keys as arrays, '+' as space,
// malformed escapes kept, empty pairs, custom separators, maxKeys, custom decoder,
// unescape/unescapeBuffer.
var qs = require('querystring');
console.log(Object.keys(qs).join(','), qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(qs.parse('a=1&b=2&a=3&c&d=&=e&&f=g=h'));
console.log(qs.parse('sp+ace=a+b%20c&pct=%zz%41&u=%E2%82%AC&bad=%E2%82'));
console.log(qs.parse(''), qs.parse(5), qs.parse('__proto__=1&constructor=2'));
console.log(qs.parse('a:1;b:2;a:3', ';', ':'));
console.log(qs.parse('a==1||b==2', '||', '=='));
console.log(Object.keys(qs.parse('a=1&b=2&c=3&d=4', null, null, { maxKeys: 2 })).join(','));
console.log(Object.keys(qs.parse('a&&&b&c', null, null, { maxKeys: 3 })).join(','));
console.log(Object.keys(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 })).join(','));
console.log(qs.parse('a=x+y&b=%41', null, null, { decodeURIComponent: function (s) { return '<' + s + '>'; } }));
console.log(qs.parse('a=%41', null, null, { decodeURIComponent: function () { throw new Error('no'); } }));
console.log(qs.unescape('%41%zz+b'), qs.unescape('%E2%82'), qs.unescapeBuffer('%41+%42', true).toString(),
  Buffer.isBuffer(qs.unescapeBuffer('x')), qs.unescapeBuffer('%FF').length);
var r = qs.parse('x=1');
console.log(Object.getPrototypeOf(r), typeof r.hasOwnProperty);
