// URLSearchParams: construction from a string, a record, pairs or another instance;
// application/x-www-form-urlencoded parsing ('+', malformed escapes) and serializing;
// append/delete/get/getAll/has/set/sort/size; iterators with next(); forEach.
var p = new URLSearchParams('?a=1&b=2&a=3&c=%zz&d=%E2%82%AC+x&e&&=f');
console.log(p.toString(), p.size);
console.log(JSON.stringify(p.getAll('a')), p.get('zz'), p.get('d'), JSON.stringify(p.get('e')), p.get(''));
console.log(p.has('e'), p.has('a', '3'), p.has('a', '4'));
p.sort(); console.log('sorted', p.toString());
p.delete('a', '1'); console.log('delete value', p.toString());
p.delete('a'); console.log('delete', p.toString());
p.set('b', 'new'); p.set('z', 'last'); console.log('set', p.toString());
p.append('sp ace', "!'()~*&=+é"); console.log('append', p.toString());
console.log(new URLSearchParams({ x: '1', y: [2, 3], z: undefined }).toString());
console.log(new URLSearchParams([['k', 'v'], ['k', 'w']]).toString());
console.log(new URLSearchParams(new URLSearchParams('q=1')).toString());
console.log(new URLSearchParams().toString() === '', new URLSearchParams('').size);
try { new URLSearchParams([['a']]); } catch (e) { console.log(e.code, e.message); }
try { new URLSearchParams([1]); } catch (e) { console.log(e.code); }
try { p.append('x'); } catch (e) { console.log(e.code, e.message); }
try { p.get(); } catch (e) { console.log(e.code, e.message); }
var it = p.entries();
var r;
while (!(r = it.next()).done) console.log('entry', JSON.stringify(r.value));
console.log(JSON.stringify(p.keys().next()), JSON.stringify(p.values().next()));
p.forEach(function (v, k, o) { console.log('forEach', k, v, o === p); });
var s = new URLSearchParams('b=2&a=1&b=1&a=0');
s.sort(); console.log(s.toString());
console.log(new URLSearchParams('a=%F0%9F%98%80&b=%C3').get('a').length, new URLSearchParams('b=%C3').get('b').charCodeAt(0).toString(16));
console.log(Object.keys(URLSearchParams.prototype).join(','));
