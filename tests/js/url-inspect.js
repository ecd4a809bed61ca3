// util.inspect / console.log of URL and URLSearchParams, as Node prints them.
var u = new URL('http://u:p@a.com:8080/p/q?x=1&y=2#h');
console.log(u);
console.log(new URLSearchParams('a=1&b=two'));
console.log(new URLSearchParams(''));
console.log({ nested: new URL('https://example.org/') });
console.log(new URLSearchParams('aaaaaaaaaa=bbbbbbbbbbbbbbbb&cccccccccccc=dddddddddddddddd&eeeeeeeeeeee=ffffffffffffffff'));
console.log([new URLSearchParams('k=v')]);
