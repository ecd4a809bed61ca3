// path.matchesGlob and path.win32.matchesGlob (experimental in Node 20: one
// ExperimentalWarning, on the first call, even one that throws): '*', '?', '**' and the
// dot rules, '.' and '..' in patterns and paths, repeated and trailing separators,
// braces, classes, POSIX classes, extglobs, backslashes (separators in a pattern, and in
// a win32 path), drive letters and UNC roots on win32, '!' and '#' as plain characters,
// and the errors for non-strings, a pattern over 64 KiB and a regular expression V8
// rejects.
var path = require('path');
var warnings = [];
process.on('warning', function (w) { warnings.push(w.name + ': ' + w.message); });
try {
  path.matchesGlob(1, 'x');
} catch (e) {
  console.log('before any match:', e.code, e.message);
}
var cases = [
  ['a/b', 'a/*'], ['a/b/c', 'a/*'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['a/', 'a/**'], ['a/b', '**'],
  ['a/.b', 'a/*'], ['a/.b', 'a/.*'], ['a/.b', 'a/**'], ['a/.b/c', 'a/**/c'], ['a/x/y/c', 'a/**/c'],
  ['a/c', 'a/**/c'], ['.a', '*'], ['.a', '.*'], ['.', '*'], ['.', '.*'], ['..', '.*'], ['.', '.'],
  ['..', '..'], ['', ''], ['', '*'], ['a', ''], ['abc', 'a?c'], ['ac', 'a?c'], ['.bc', '?bc'],
  ['a/b', 'a?b'], ['x.js', '*.js'], ['.x.js', '*.js'], ['x.js', '*.*'], ['x', '*.*'], ['x.js', '??.js'],
  ['ab.js', '??.js'], ['a/../b', 'b'], ['b', 'a/../b'], ['a/../b', 'a/../b'], ['../b', '../*'],
  ['a/./b', 'a/b'], ['./a', 'a'], ['a', './a'], ['a//b', 'a/b'], ['a/b', 'a//b'], ['a/b/', 'a/b'],
  ['a/b', 'a/b/'], ['/a', '/*'], ['/a', '*'], ['/', '/'], ['/', '*'], ['//a', '/a'],
  ['a/b/c', '**/../b/c'], ['b/c', '**/../b/c'], ['x/y/b/c', '**/../b/c'], ['a/b', 'a/**/**/b'],
  ['#a', '#a'], ['!a', '!a'], ['b', '!a'], ['A/b', 'a/b'], ['a\\b', 'a/b'], ['a/b', 'a\\b'],
  ['x', '{x,y}'], ['y', '{x,y}'], ['z', '{x,y}'], ['{x}', '{x}'], ['a2', 'a{1..3}'], ['a4', 'a{1..3}'],
  ['a03', 'a{01..10}'], ['a3', 'a{01..10}'], ['c', '{a..e..2}'], ['b', '{a..e..2}'], ['-1', '{-1..1}'],
  ['a', 'a{,b}'], ['ab', 'a{,b}'], ['', '{,}'], ['{}', '{}'], ['a}', '{a},b}'], ['b', '{a},b}'],
  ['{a', '{{a,b}'], ['x/b', '{x,y}/{a,b}'], ['$x', '${x,y}'], ['${x,y}', '${x,y}'],
  ['x', '[a-z]'], ['X', '[a-z]'], ['b', '[!a]'], ['b', '[^a]'], ['a', '[!a]'], ['[', '['], ['a]', 'a]'],
  ['-', '[a-]'], ['d', '[a-c-e]'], ['e', '[a-c-e]'], ['x', '[z-a]'], ['.x', '[.]x'], ['.x', '[.a]x'],
  ['ab', '[a][b]'], ['a', '[]'], ['[]', '[]'], [']', '[]]'], ['x', '[[:alpha:]]'], ['\u00e9', '[[:alpha:]]'],
  ['5', '[[:digit:]]'], ['x', '[[:digit:]]'], [' ', '[[:space:]]'], ['F', '[[:xdigit:]]'], ['_', '[[:word:]]'],
  ['!', '[[:punct:]]'], ['A', '[[:upper:]]'], ['a', '[[:upper:]]'], ['a', '[![:upper:]]'], ['x', '[[:graph:]]'],
  [' ', '[[:graph:]]'], ['x', '[[:print:]]'], ['\u0001', '[[:cntrl:]]'], ['a', '[a-[:alpha:]]'],
  ['ab', 'a?(b)'], ['a', 'a?(b)'], ['abb', 'a?(b)'], ['abb', 'a+(b)'], ['a', 'a+(b)'], ['a', 'a*(b)'],
  ['abbb', 'a*(b)'], ['ac', 'a!(b)'], ['a', 'a!(b)'], ['ab', 'a!(b)'], ['ab', '!(a)b'], ['cb', '!(a)b'],
  ['x.js', '!(*.js)'], ['x.ts', '!(*.js)'], ['.x', '!(a)'], ['b', '@(a|b)'], ['ab', '@(a|b)'],
  ['.a', '@(.a)'], ['.a.a', '+(.a)'], ['a.a', '+(a|.a)'], ['.', '@(.)'], ['@()', '@()'], ['@', '@()'],
  ['a', '!()'], ['', '!()'], ['*(a', '*(a'], ['x', '*(a'], ['abc', '+(a|b|c)'], ['a', '*(|)'],
  ['aaa', '+(a)+(a)'], ['x/y', '@(x|y)/@(x|y)'], ['a.b', '*.!(js)'], ['a.js', '*.!(js)']
];
cases.forEach(function (c) {
  console.log(JSON.stringify(c[0]), JSON.stringify(c[1]), path.posix.matchesGlob(c[0], c[1]),
    path.win32.matchesGlob(c[0], c[1]));
});
var win = [
  ['c:/x', 'C:/x'], ['C:\\x', 'c:/*'], ['c:\\x\\y', 'c:/**'], ['d:/x', 'c:/x'], ['//?/c:/x', 'c:/x'],
  ['c:/x', '//?/C:/x'], ['//?/c:/x', '//?/C:/*'], ['//srv/sh/x', '//srv/sh/*'], ['/srv/sh/x', '//srv/sh/*'],
  ['\\\\srv\\sh\\x', '//srv/sh/*'], ['\\\\srv\\sh\\x', '\\\\srv\\sh\\*'], ['//srv/sh', '//*/*'],
  ['a/c:/x', '**/C:/x'], ['a\\b\\c', 'a/*/c'], ['a\\.b', 'a/*'], ['a\\..\\b', 'b'], ['C:', 'c:'],
  ['c:', '?:'], ['//x/y', '//*/y'], ['//x/y', '/*/y']
];
win.forEach(function (c) {
  console.log('win', JSON.stringify(c[0]), JSON.stringify(c[1]), path.posix.matchesGlob(c[0], c[1]),
    path.win32.matchesGlob(c[0], c[1]));
});
function tryIt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
tryIt('path number', function () { return path.matchesGlob(1, 'x'); });
tryIt('pattern null', function () { return path.win32.matchesGlob('x', null); });
tryIt('both bad', function () { return path.matchesGlob(undefined, {}); });
tryIt('pattern 64 KiB', function () { return path.matchesGlob('x', new Array(65537).join('x')); });
tryIt('pattern 64 KiB + 1', function () { return path.matchesGlob('x', new Array(65538).join('x')); });
tryIt('u flag escape', function () { return path.matchesGlob('a x', '[[:alpha:]] x'); });
tryIt('u flag escape 2', function () { return path.win32.matchesGlob('a-', '[[:digit:]]-'); });
tryIt('nothing to repeat', function () { return path.matchesGlob('a', '@(*())'); });
tryIt('length', function () { return path.matchesGlob.length + ' ' + path.win32.matchesGlob.length; });
setTimeout(function () {
  console.log('warnings', JSON.stringify(warnings));
}, 10);
