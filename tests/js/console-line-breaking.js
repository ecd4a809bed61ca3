// Objects whose single-line form exceeds the width limit are broken onto multiple lines.
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13 });
console.log({ outer: { first: 'xxxxxxxxxxxxxxxxxxxx', second: 'yyyyyyyyyyyyyyyyyyyy', third: 'zzz' } });
console.log(['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc', 'dd']);
console.log({ short: 1 });
console.log({ s: 'a string that is quite long, long enough to pass the width limit on its own' });
