// A string's 'length' is its own property (non-writable, non-enumerable,
// non-configurable) on a primitive and on a String object; Object.keys/entries and `in`
// see the indices
const s = 'abc', S = new String('ab');
const hop = Object.prototype.hasOwnProperty;
console.log('1.1', s.hasOwnProperty('length'), s.hasOwnProperty(0), s.hasOwnProperty(3), s.hasOwnProperty('x'));
console.log('1.2', S.hasOwnProperty('length'), S.hasOwnProperty(1), S.hasOwnProperty(2), hop.call('', 'length'));
console.log('1.3', Object.hasOwn(s, 'length'), Object.hasOwn(S, 'length'), Object.hasOwn(s, 2), Object.hasOwn(s, 'slice'));
console.log('1.4', Object.getOwnPropertyDescriptor(s, 'length'), Object.getOwnPropertyDescriptor(S, 'length'));
console.log('1.5', Object.getOwnPropertyDescriptor(s, 1), Object.getOwnPropertyDescriptor(s, 3));
console.log('1.6', Object.getOwnPropertyNames('ab'), Object.getOwnPropertyNames(S), Reflect.ownKeys(S));
console.log('1.7', Object.keys(s), Object.entries(s), Object.values(s), Object.keys(S), Object.entries(S));
console.log('1.8', 'length' in S, 0 in S, '2' in S, 'slice' in S, Reflect.has(S, 'length'));
console.log('1.9', Object.prototype.propertyIsEnumerable.call(s, 'length'), S.propertyIsEnumerable('length'));
// assignment to length does nothing (TypeError in strict code)
S.length = 5;
console.log('2.1', S.length, (() => { 'use strict'; try { S.length = 5; return 'no throw'; } catch (e) { return e.constructor.name; } })());
console.log('2.2', delete S.length, S.length);
const T = new String('xy'); T.extra = 1;
console.log('2.3', Object.keys(T), T.hasOwnProperty('extra'), T.hasOwnProperty('length'));
