// path.matchesGlob and path.win32.matchesGlob: 300 patterns built from a fixed
// pseudo-random sequence of pieces in four families (wildcards and separators; classes;
// extglobs, nested and unclosed; braces), each tried on its family's paths. A line: the
// pattern, then one character per path for POSIX and one for win32 (1 match, 0 no
// match), or the error.
var path = require('path');
process.on('warning', function () {});
var families = [
  [['a', 'b', '.', '..', '/', '//', '*', '**', '?', 'x.js', '.x', '\\', 'c:', 'C:', '//?/', '-'],
   ['a', 'b', 'a/b', 'a/b/c', 'a/.x', '.x', 'x.js', 'a/x.js', '../a', 'a/../b', 'c:/a', 'C:\\a\\b',
    '//?/c:/a', 'a/', '/a', '', '-', 'ab']],
  [['[', ']', '!', '^', '-', 'a', 'c', 'z', '[:alpha:]', '[:digit:]', '[:space:]', '[:upper:]',
    '[:xdigit:]', '[:word:]', '*', '?'],
   ['a', 'A', 'z', '1', '_', '-', ' ', '\u00e9', '!', '.', '^', ']', '[', 'aa', 'a1', 'Az', '[a]']],
  [['!(', '@(', '+(', '*(', '?(', 'a', 'b', '|', ')', '.', '*', '/', '[!a]', '**', '?'],
   ['', 'a', 'b', 'ab', 'ba', 'aa', 'aab', 'abab', '.a', 'a.b', 'a/b', 'b/a', '..', '.', 'a.', 'x']],
  [['{', ',', '}', 'a', 'b', '..', '1', '2', '-', '$', '{a,b}', '{1..3}', '{a..c}', '{01..3}', 'x'],
   ['a', 'b', '1', '2', '3', 'ab', 'a1', 'x', '{a}', '{a,b}', 'a}', '{', '$x', '01', '-1', 'a/b']]
];
var seed = 7;
function rnd(n) {
  seed = seed * 16807 % 2147483647;
  return seed % n;
}
function gen(pieces) {
  var s = '';
  for (var n = rnd(6) + 1; n > 0; n--)
    s += pieces[rnd(pieces.length)];
  return s;
}
function results(flavour, files, pattern) {
  try {
    return files.map(function (f) { return flavour.matchesGlob(f, pattern) ? '1' : '0'; }).join('');
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
families.forEach(function (f, i) {
  console.log('-- family', i, 'paths', JSON.stringify(f[1]));
});
for (var i = 0; i < 300; i++) {
  var f = families[i % families.length];
  var pattern = gen(f[0]);
  console.log(i % families.length, JSON.stringify(pattern), results(path.posix, f[1], pattern),
    results(path.win32, f[1], pattern));
}
