// String.prototype.localeCompare orders as Node's ICU root collation: base letters, then accents, then case (lower first); punctuation < digits < letters; numeric and sensitivity options
const words = ['b', 'a', 'C', 'A', 'é', 'e', 'z', 'Z', 'ä', 'résumé', 'resume', 'Resume', 'apple', 'Apple', 'apple2', 'apple10', '10', '9', ' x', '_x', '-x', 'x-y', 'xy', 'éclair', 'eclair', 'Émile', 'zebra', 'Zürich', 'zurich', 'ß', 'ss', 'a b', 'ab', ''];
console.log(words.slice().sort((x, y) => x.localeCompare(y)));
console.log(words.slice().sort((x, y) => x.localeCompare(y, undefined, { numeric: true })));
console.log(['file10', 'file2', 'file1', 'File3'].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
console.log('a'.localeCompare('A'), 'A'.localeCompare('a'), 'a'.localeCompare('á'), 'a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'accent' }), 'a'.localeCompare('A', undefined, { sensitivity: 'accent' }));
console.log('résumé'.localeCompare('resume'), 'b'.localeCompare('a'), 'a'.localeCompare('b'), 'abc'.localeCompare('abc'), ''.localeCompare('a'), String.prototype.localeCompare.length);
const people = [{ n: 'Émile' }, { n: 'eve' }, { n: 'Adam' }, { n: 'adam' }, { n: 'Zoë' }, { n: 'zoe' }];
console.log(people.sort((p, q) => p.n.localeCompare(q.n)).map(p => p.n).join(' '));
console.log(String.prototype.localeCompare.name, String.prototype.localeCompare.length, new String('b').localeCompare('a'), 'x'.localeCompare(1), 'A'.localeCompare('a', undefined), 'é'.localeCompare('f'));
const ascii = Array.from({ length: 300 }, (_, i) => ['Item', 'item', 'ITEM', 'it-em', 'it em'][i % 5] + ((i * 37) % 100));
const sorted = ascii.slice().sort((a, b) => a.localeCompare(b));
console.log(sorted.slice(0, 12).join(','), sorted.slice(-6).join(','));
try { String.prototype.localeCompare.call(null, 'a'); } catch (e) { console.log(e.name); }
