// querystring, string_decoder and path edge cases together: repeated keys, empty values,
// custom separators, bad escapes, maxKeys; split UTF-8 and hex/base64 decoders; join,
// resolve, normalize, basename/extname/dirname/relative/parse corner cases (Node's output).
const qs = require('querystring');
console.log(qs.parse('a=1&b=2&a=3&c&d=&e=%20x+y&f=%E2%82%AC'));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: '', d: null, e: undefined, f: true, g: 'é/?' }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.parse('a:1;b:2', ';', ':'));
console.log(qs.escape('a b&c'), qs.unescape('%41%zz'), qs.parse('a=%zz'));
console.log(qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }));
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
console.log(JSON.stringify(d.write(euro.slice(0, 1))), JSON.stringify(d.write(euro.slice(1))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
const h = new StringDecoder('hex'); console.log(h.write(Buffer.from('ab')), h.end(Buffer.from('c')));
const b = new StringDecoder('base64'); console.log(b.write(Buffer.from('abcd')), b.end());
const path = require('path');
console.log(path.join('/a/b', '../c', './d', ''), path.join(''), path.resolve('/x', 'y', '..', 'z'), path.normalize('a//b/../../..'));
console.log(path.basename('/a/b.tar.gz', '.gz'), path.extname('.bashrc'), path.extname('a.'), path.extname('a.b.c'), path.dirname('/a'), path.dirname('a'), path.dirname('/'));
console.log(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a'), path.parse('/home/u/f.txt'), path.format({ dir: '/x', name: 'n', ext: 'e' }));
console.log(path.isAbsolute('./x'), path.sep, path.delimiter, path.posix === path, path.toNamespacedPath('/x'));
console.log(path.normalize(''), path.normalize('/..'), path.join('a', '/b/'), path.basename('/a/b/'), path.basename('file.js', 'file.js'));
