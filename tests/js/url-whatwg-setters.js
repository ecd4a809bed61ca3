// URL setters: each runs its part of the parser and leaves the URL unchanged when the
// value is not acceptable; getters serialize (host with port, search/hash without the
// empty '?'/'#'), origin, toString/toJSON, URL.canParse.
var u = new URL('http://u:p@a.com:8080/p/q?x=1&y=2#h');
function show(label) { console.log(label, u.href); }
u.hostname = 'b:1'; show('hostname with port ignored');
u.host = 'c:99'; show('host');
u.port = ''; show('port empty');
u.port = '0080x'; console.log('port', JSON.stringify(u.port)); show('default port');
u.port = 'abc'; show('port not a number');
u.port = '99999'; show('port too big');
u.port = 21; show('port number');
u.protocol = 'ftp'; show('protocol ftp');
u.protocol = 'foo'; show('protocol to non-special refused');
u.protocol = 'https:x'; show('protocol with junk');
u.pathname = 'a b/c/../d'; show('pathname');
u.search = 'a=b c#d'; show('search');
u.hash = 'x y'; show('hash');
u.hash = ''; show('hash empty');
u.search = '?'; console.log('search', JSON.stringify(u.search)); show('search ?');
u.search = ''; show('search empty');
u.username = 'us er@'; u.password = 'p:w'; show('credentials');
u.username = ''; u.password = ''; show('no credentials');
u.host = ''; show('empty host refused');
u.href = 'https://new.example/x'; show('href');
try { u.href = 'not a url'; } catch (e) { console.log(e.code, e.message, e.input); }
var f = new URL('file:///tmp/x');
f.username = 'u'; f.port = '1'; f.host = 'h'; console.log('file', f.href);
f.protocol = 'http'; console.log('file to http refused', f.href);
var m = new URL('mailto:a@b');
m.pathname = 'c@d'; m.host = 'x'; m.hostname = 'y'; console.log('opaque', m.href, m.pathname, m.host);
var d = new URL('data:text/plain,a  #frag');
d.hash = ''; console.log('opaque path trailing spaces', JSON.stringify(d.href));
console.log(new URL('file:///tmp/a').origin, new URL('blob:https://a.com/x').origin,
  new URL('foo://a/x').origin, new URL('https://a.com:444/').origin, new URL('ws://A:80').origin);
console.log(URL.canParse('x'), URL.canParse('x', 'http://a'), URL.canParse('http://a', 'bad'));
console.log(JSON.stringify({ u: new URL('http://a') }), String(new URL('http://a?b')), new URL('http://a').toJSON());
try { new URL(); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(URL.prototype).join(','));
