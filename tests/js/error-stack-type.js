// err.stack is a string on every error (created, thrown by the engine, or a custom subclass) and mentions the file.
function check(e) { return typeof e.stack === 'string' && e.stack.length > 0; }
console.log(check(new Error('a')), check(new TypeError('b')));
try { null.p; } catch (e) { console.log(check(e)); }
try { JSON.parse('{'); } catch (e) { console.log(check(e)); }
function inner() { return new Error('deep'); }
function outer() { return inner(); }
var s = outer().stack;
console.log(s.indexOf('error-stack-type.js') >= 0);
console.log(s.indexOf('inner') >= 0, s.indexOf('outer') >= 0);
console.log(s.indexOf('inner') < s.indexOf('outer'));
var d = Object.getOwnPropertyDescriptor(new Error('x'), 'stack');
console.log(d !== undefined, d && d.enumerable);
var e = new Error('writable');
e.stack = 'custom';
console.log(e.stack);
console.log(Object.keys(new Error('k')).length);
