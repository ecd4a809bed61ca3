// url.searchParams is live: changing it rewrites the URL's query (and an emptied list
// removes the '?'); setting search or href refreshes the same searchParams object.
var u = new URL('https://a.com/p?x=1&y=2#h');
var sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
sp.append('z', 'é&= ');
console.log(u.href);
sp.delete('x');
console.log(u.search);
u.search = '?q=new';
console.log(sp.get('q'), sp.get('y'), sp.size, sp === u.searchParams);
u.href = 'https://b.com/?r=1&r=2';
console.log(JSON.stringify(sp.getAll('r')));
sp.delete('r');
console.log(u.href, JSON.stringify(u.search));
u.search = 'a=b c';
console.log(u.search, sp.get('a'));
sp.sort();
console.log(u.href);
var o = new URL('sc:opaque  ?x=1');
o.searchParams.delete('x');
console.log(JSON.stringify(o.href));
