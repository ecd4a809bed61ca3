// url.format() of objects, strings and WHATWG URLs; url.resolve()/resolveObject() on
// RFC 3986's examples and Node's own cases (non-slashed protocols, dots, protocol
// changes); urlToHttpOptions; domainToASCII/domainToUnicode.
var url = require('url');
console.log(url.format({ protocol: 'http', host: 'a', auth: 'a b%c@d:e!$&\'()*+,;=~', pathname: 'x?y#z', query: { a: [1, 2], b: 'c d' }, hash: 'h' }));
console.log(url.format({ protocol: 'mailto', pathname: 'a@b' }), url.format({ protocol: 'file', pathname: '/x' }),
  url.format({ hostname: '::1', port: 8 }), url.format({ search: 'q', protocol: 'https:', hostname: 'x' }),
  url.format({ protocol: 'http:', host: 'h', search: '?a#b', pathname: 'p' }));
console.log(url.format(new URL('http://u:p@a.com/x?y#z'), { fragment: false, auth: false, search: false }));
console.log(url.format(new URL('http://u:p@a.com/x?y#z')));
console.log(url.format('HTTP://A.com/x'));
try { url.format(5); } catch (e) { console.log(e.code, e.message); }
console.log(url.urlToHttpOptions(new URL('https://u:p%20w@[::1]:99/a?b#c')));
var R = [['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'],
  ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'],
  ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', 'g#s'],
  ['http://a/b/c/d;p?q', ';x'], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', '..'],
  ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', '/./g'], ['http://a/b/c/d;p?q', 'g.'], ['http://a/b/c/d;p?q', '..g'],
  ['http://a/b/c/d;p?q', ''], ['/one/two/three', 'four'], ['http://example.com/', '/one'],
  ['http://example.com/one', '/two'], ['mailto:a@b', 'c@d'], ['mailto:local1@domain1', '?x'],
  ['http://a/b', 'https://c/d'], ['http://a/b', 'mailto:x'], ['http://a/b', 'https:c'],
  ['/a/b/', '../..'], ['a/b', '../../c'], ['http://a', '.'], ['http://a/b/', 'c/./d/../e'],
  ['http://u:p@a/b', '//c/d'], ['http://u:p@a/b', '/c'], ['', 'http://x/y']];
R.forEach(function (r) { console.log(JSON.stringify(r[0]), '+', JSON.stringify(r[1]), '=>', url.resolve(r[0], r[1])); });
var ro = url.resolveObject('http://a/b?c', '../d?e#f');
console.log(ro.href, ro.pathname, ro.search, ro.hash, ro.host);
console.log(url.domainToASCII('München.DE'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')),
  url.domainToUnicode('xn--mnchen-3ya.de'), url.domainToUnicode('EXAMPLE.com'), url.domainToASCII('a..b'));
