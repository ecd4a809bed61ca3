// url.parse(): Node's legacy parser with its quirks (trimming, backslashes, auth at the
// last @, host ending at characters a host cannot have, lower-cased and Punycode
// hostnames, escaped characters, parseQueryString, slashesDenoteHost).
var url = require('url');
console.log(Object.keys(url));
function P(s, q, sl) { console.log(JSON.stringify(s), JSON.stringify(url.parse(s, q, sl))); }
P('http://user:pass@Host.COM:8080/p/a/t/h?query=string&a=1#hash');
P('/p?x=1&x=2', true);
P('//foo/bar', false, true);
P('//foo/bar');
P('mailto:a@b.com');
P('HTTP://X.com');
P('http://x.com\\a\\b?c\\d');
P('javascript:alert(1)');
P('  http://a.com/ b ');
P('http://a.com:/x');
P('http://[::1]:3000/x');
P('file:///etc/passwd');
P('http://ex ample.com/');
P('http://a.com/?q=\'"<>`{}|');
P('x.com/path');
P('?a=1', true);
P('http://a.com#x');
P('http://ü.com/');
P('http://a_b.com/');
P('http://a.com@evil.com/');
var u = url.parse('http://a.com/x?y=1');
console.log(u instanceof url.Url, u.constructor.name, Object.keys(u).join(','));
console.log(url.parse('/p', true).query, url.parse('?a=1&a=2&b', true).query);
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }
