// URL as scripts use it: parts of a full URL, inspect, JSON, sorted/appended searchParams
// iterated, errors for bad input, relative resolution, setters, url.format forms,
// file URL helpers and the legacy url.parse (Node's output).
const u = new URL('https://user:pa ss@example.com:8080/p/a/t/h/../x?query=string&a=1&a=2#hash');
console.log(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(u);
console.log(JSON.stringify(u), String(u), u.toJSON());
const sp = u.searchParams;
sp.append('z', 'last'); sp.append('b', 'é &='); sp.sort();
console.log(sp.toString(), sp.getAll('a'), sp.get('nope'), sp.has('a'), sp.size);
for (const [k, v] of sp) console.log(k, v);
console.log([...sp.keys()], [...sp.values()]);
sp.delete('a'); console.log(u.search);
const p = new URLSearchParams({ x: '1', y: ['2', '3'] });
console.log(p.toString(), new URLSearchParams('?a=1&b=%20c+d').get('b'), new URLSearchParams([['q', 'v']]).toString());
console.log(p);
try { new URL('not a url'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { new URL('/path'); } catch (e) { console.log(e.code, e.message); }
console.log(new URL('/rel?x', 'http://h.com/a/b').href, new URL('../up', 'http://h.com/a/b/c').href, new URL('//other.org/p', 'https://h.com').href);
console.log(new URL('HTTP://EXAMPLE.COM:80/').href, new URL('https://x.com:443').port, new URL('file:///tmp/a b').pathname);
const m = new URL('http://a.com'); m.pathname = '/new path'; m.search = 'q=1'; m.hash = 'h'; m.port = '81'; m.hostname = 'b.org';
console.log(m.href);
const url = require('url');
console.log(url.format({ protocol: 'http', hostname: 'x.com', pathname: '/p', query: { a: 1, b: 'c d' } }));
console.log(url.format(new URL('http://u:p@h.com/p?q#f'), { auth: false, search: false, fragment: false }));
console.log(url.fileURLToPath('file:///tmp/x%20y'), url.pathToFileURL('/tmp/a b#c').href);
console.log(url.parse('http://user@host.com:8080/p?x=1#h'));
console.log(URL.canParse ? URL.canParse('http://x') : 'no canParse');
