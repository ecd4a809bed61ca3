// util.format with every specifier: %s %d %i %f %j %o %O %c %%.
var util = require('util');
console.log(util.format('%s|%s|%s|%s', 'str', 42, null, undefined));
console.log(util.format('%s', { a: 1, b: { c: [1, 2] } }));
console.log(util.format('%s %s', -0, [1, [2, [3, [4]]]]));
console.log(util.format('%d|%d|%d|%d|%d', 42, '42.5', '0x10', 'abc', -0));
console.log(util.format('%d', {}), util.format('%d', []), util.format('%d', true));
console.log(util.format('%i|%i|%i|%i', 42.9, '-7.5', '12abc', 'x'));
console.log(util.format('%f|%f|%f|%f', 1.5, '1.5e3', 'abc', '  3.25  '));
console.log(util.format('%j|%j|%j', { a: [1, 'x'] }, 'str', undefined));
var circ = { name: 'c' };
circ.self = circ;
console.log(util.format('%j', circ));
// A strict function: V8 gives sloppy ones own [arguments] and [caller] properties, which mujs functions do not have.
console.log(util.format('%o', { a: 1, f: function foo() { 'use strict'; } }));
console.log(util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.format('%o', [1, 2]));
console.log(util.format('%c%s%c', 'color: red', 'styled', 'font-weight: bold'));
console.log(util.format('100%% sure, %s%%', 50));
console.log(util.format('%% %s'));
console.log(util.format('%x %s', 'one'));
console.log(util.format('%s'), util.format('%d'), util.format('trailing %'));
