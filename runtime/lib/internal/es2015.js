// es2015.js — what down-leveled code calls (runtime/downlevel/): installed once, the
// first time a file that needs it is compiled, as the non-enumerable global `__ls`,
// together with a Symbol shim when the engine has none. ES5, like every lib file.
//
// Symbols: Symbol() returns a frozen object whose conversion to a property key is a
// unique string starting with '\x01' — mujs hides such own properties from every key
// listing (patch 0010), so symbol-keyed properties stay out of for-in, Object.keys and
// JSON, as in Node. typeof a symbol is 'symbol': it is a userdata tagged "Symbol"
// (binding.symbolNew, mujs patch 0021). A conversion to a key (o[sym]) reads the hidden
// property '\x01key' (mujs patch 0115); sym.valueOf() is that key too, which is how the
// runtime's own files name symbol-keyed properties. String(sym), as in Node, is
// sym.toString(), "Symbol(desc)" (mujs patch 0112); every other conversion to a string
// or number (`${sym}`, '' + sym, +sym, [sym].join()) throws V8's TypeError (patch
// 0115). Object(sym) is a wrapper object holding the symbol (mujs patch 0122).
// Differences that remain: a symbol is an object to instanceof, and sym.valueOf() is
// the key, not sym (a wrapper's valueOf() is its symbol).
'use strict';
var global = (function () { return this; })() || Function('return this')();
var hasOwn = Object.prototype.hasOwnProperty;
var propIsEnum = Object.prototype.propertyIsEnumerable;
var toStr = Object.prototype.toString;
var defineProperty = Object.defineProperty;
var getProto = Object.getPrototypeOf;
var setProto = Object.setPrototypeOf;

function hide(obj, name, value) {
  defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

// ---- Symbol ----
// Symbol is a lazy accessor on the global (runtime/es_builtins.c) whose getter loads this
// file: only a data property is a Symbol already made.
var symDesc = Object.getOwnPropertyDescriptor(global, 'Symbol');
var Sym = symDesc && symDesc.value;
if (typeof Sym !== 'function') {
  var symCount = 0;
  var registry = Object.create(null);
  // Object.getOwnPropertySymbols maps an object's symbol keys back to symbols: a live
  // symbol through a WeakRef (the map must not keep symbols alive; its entry goes when
  // the symbol is collected), a collected one made again with the same key (nobody
  // holds the old one to tell them apart), a well-known one from wellKnownByKey.
  var byKey = Object.create(null), wellKnownByKey = Object.create(null);
  var dropKey = new FinalizationRegistry(function (key) {
    var ref = byKey[key];
    if (ref !== undefined && ref.deref() === undefined)
      delete byKey[key];
  });
  var makeSymbol = function (desc, key) {
    var s = binding.symbolNew(Sym.prototype);
    defineProperty(s, 'description', { value: desc, enumerable: false });
    defineProperty(s, '\x01key', { value: key });
    byKey[key] = new WeakRef(s);
    dropKey.register(s, key);
    return Object.freeze(s);
  };
  Sym = function Symbol() {	// (description): Symbol.length is 0
    var description = arguments[0];
    if (this instanceof Sym)
      throw new TypeError('Symbol is not a constructor');
    // ''.concat: ToString, which throws for a symbol (String(sym) would not)
    var desc = description === undefined ? undefined : ''.concat(description);
    return makeSymbol(desc, '\x01Symbol(' + (desc === undefined ? '' : desc) + ')@' + (++symCount));
  };
  // the symbols of an object's own symbol-keyed properties, in the order they were made
  var ownSymbols = function (o) {
    var keys = binding.symbolKeys(o), out = [];
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i], s = wellKnownByKey[key], ref = byKey[key];
      if (s === undefined && ref !== undefined)
        s = ref.deref();
      if (s === undefined) {	// '\x01Symbol(desc)@N'
        var desc = key.slice(8, key.lastIndexOf(')@'));
        s = makeSymbol(desc === '' ? undefined : desc, key);
      }
      out.push(s);
    }
    return out;
  };
  // thisSymbolValue: a symbol, or the one a Symbol wrapper object holds (Object(sym):
  // mujs patch 0122 keeps it in the wrapper's hidden '\x01symbol')
  var thisSymbol = function (v, what) {
    if (typeof v === 'symbol')
      return v;
    if (v !== null && typeof v === 'object' && hasOwn.call(v, '\x01symbol'))
      return v['\x01symbol'];
    throw new TypeError(what + " requires that 'this' be a Symbol");
  };
  // sym.toString() and String(sym) are "Symbol(desc)"; a conversion to a property key
  // (o[sym]) reads '\x01key' in C (mujs patch 0115)
  hide(Sym.prototype, 'toString', function toString() {
    var d = thisSymbol(this, 'Symbol.prototype.toString').description;
    return 'Symbol(' + (d === undefined ? '' : d) + ')';
  });
  // a symbol's valueOf() is its key (the runtime's files name symbol-keyed properties
  // with it); a wrapper's is its symbol, as in Node
  hide(Sym.prototype, 'valueOf', function valueOf() {
    var sym = thisSymbol(this, 'Symbol.prototype.valueOf');
    return sym === this ? sym['\x01key'] : sym;
  });
  // each symbol has its own 'description'; this getter serves wrappers
  defineProperty(Sym.prototype, 'description', {
    get: function () { return thisSymbol(this, 'Symbol.prototype.description').description; },
    enumerable: false, configurable: true
  });
  // the engine calls it for a wrapper, never for a symbol (a primitive to
  // ToPrimitive, patch 0115): `Object(sym) == sym`, o[Object(sym)]
  hide(Sym.prototype, '\x01Symbol(Symbol.toPrimitive)', function () {
    return thisSymbol(this, 'Symbol.prototype [ @@toPrimitive ]');
  });
  hide(Sym, 'for', function (key) {
    key = ''.concat(key);	// ToString: a symbol throws
    if (!(key in registry)) {
      registry[key] = Sym(key);
      // a registered symbol cannot be held weakly (mujs patch 0100 reads this)
      binding.weakSet(registry[key], '\x01registered', true);
    }
    return registry[key];
  });
  hide(Sym, 'keyFor', function (sym) {
    for (var k in registry)
      if (registry[k] === sym)
        return k;
    return undefined;
  });
  var wellKnown = ['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag',
    'species', 'isConcatSpreadable', 'unscopables', 'match', 'matchAll', 'replace', 'search', 'split'];
  for (var w = 0; w < wellKnown.length; w++) {
    var ws = binding.symbolNew(Sym.prototype);
    defineProperty(ws, 'description', { value: 'Symbol.' + wellKnown[w] });
    defineProperty(ws, '\x01key', { value: '\x01Symbol(Symbol.' + wellKnown[w] + ')' });
    defineProperty(Sym, wellKnown[w], { value: Object.freeze(ws) });
    wellKnownByKey['\x01Symbol(Symbol.' + wellKnown[w] + ')'] = ws;
  }
  defineProperty(Sym.prototype, '\x01Symbol(Symbol.toStringTag)', { value: 'Symbol', configurable: true });
  binding.nonConstructors(Sym);	// as V8's built-in methods (mujs patch 0122)
  binding.nonConstructors(Sym.prototype);
  hide(global, 'Symbol', Sym);
}
var ITER = Sym.iterator.valueOf();

// ---- iteration ----
// The iterators' state is in hidden ('\x01') properties and next() is non-enumerable,
// so, as in Node, an iterator lists no keys.
function ArrayIterator(a, kind) {
  this['\x01a'] = a;
  this['\x01i'] = 0;
  this['\x01kind'] = kind;
}
hide(ArrayIterator.prototype, 'next', function next() {
  var a = this['\x01a'], i = this['\x01i'];
  if (a === undefined || i >= a.length) {
    this['\x01a'] = undefined;
    return { value: undefined, done: true };
  }
  var kind = this['\x01kind'];
  this['\x01i'] = i + 1;
  return { value: kind === 1 ? a[i] : kind === 0 ? i : [i, a[i]], done: false };
});
hide(ArrayIterator.prototype, ITER, function () { return this; });
// Object.prototype.toString and inspect read the tag (mujs patch 0051)
function tag(proto, name) {
  defineProperty(proto, Sym.toStringTag.valueOf(), { value: name, configurable: true });
  hide(proto, 'constructor', Object);	// inspect prints Object [Array Iterator] {}
}
tag(ArrayIterator.prototype, 'Array Iterator');

function StringIterator(s) {
  this['\x01s'] = s;
  this['\x01i'] = 0;
}
hide(StringIterator.prototype, 'next', function next() {
  var s = this['\x01s'], i = this['\x01i'];
  if (s === undefined || i >= s.length) {
    this['\x01s'] = undefined;
    return { value: undefined, done: true };
  }
  var c = s.charCodeAt(i);
  var n = (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length &&
    s.charCodeAt(i + 1) >= 0xDC00 && s.charCodeAt(i + 1) <= 0xDFFF) ? 2 : 1;
  this['\x01i'] = i + n;
  return { value: s.slice(i, i + n), done: false };
});
hide(StringIterator.prototype, ITER, function () { return this; });
tag(StringIterator.prototype, 'String Iterator');

// Array.prototype.values (runtime/es_builtins.c) is also Array.prototype[Symbol.iterator]
var arrayValues = Array.prototype.values ||
  function values() { return new ArrayIterator(Object(this), 1); };
if (!hasOwn.call(Array.prototype, ITER))
  hide(Array.prototype, ITER, arrayValues);
if (!Array.prototype.values)
  hide(Array.prototype, 'values', arrayValues);
if (!Array.prototype.keys)
  hide(Array.prototype, 'keys', function keys() { return new ArrayIterator(Object(this), 0); });
if (!Array.prototype.entries)
  hide(Array.prototype, 'entries', function entries() { return new ArrayIterator(Object(this), 2); });
if (!hasOwn.call(String.prototype, ITER))
  hide(String.prototype, ITER, function () { return new StringIterator(String(this)); });

// Map and Set (runtime/lib/internal/collections.js) become iterable, and so do their
// iterators.
(function () {
  var M = global.Map, S = global.Set;
  if (typeof M === 'function' && !hasOwn.call(M.prototype, ITER)) {
    hide(M.prototype, ITER, M.prototype.entries);
    var mi = getProto(new M().entries());
    if (mi && !(ITER in mi)) {
      hide(mi, ITER, function () { return this; });
      tag(mi, 'Map Iterator');
    }
  }
  if (typeof S === 'function' && !hasOwn.call(S.prototype, ITER)) {
    hide(S.prototype, ITER, S.prototype.values);
    var si = getProto(new S().values());
    if (si && !(ITER in si)) {
      hide(si, ITER, function () { return this; });
      tag(si, 'Set Iterator');
    }
  }
})();

// V8's message for a value it cannot name
function notIterable(x) {
  var what = x === undefined ? 'undefined' : x === null ? 'object null' :
    typeof x === 'object' || typeof x === 'function' || typeof x === 'symbol' ? typeof x :
    typeof x + ' ' + String(x);
  return new TypeError(what + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}

// iter(x[, name]): name is how V8 names the expression in its TypeError (the down-leveler
// passes it for references, calls and literals)
function iter(x, name) {
  if (typeof x === 'string')
    return new StringIterator(x);
  if (x === undefined || x === null)
    throw name !== undefined ? new TypeError(name + ' is not iterable') : notIterable(x);
  var m = x[ITER];
  if (m === arrayValues)	// skip the C stub's hop into internal/es_array
    return new ArrayIterator(x, 1);
  if (typeof m === 'function') {
    var it = m.call(x);
    if (it === null || (typeof it !== 'object' && typeof it !== 'function'))
      throw new TypeError('Result of the Symbol.iterator method is not an object');
    return it;
  }
  if (toStr.call(x) === '[object Arguments]')
    return new ArrayIterator(x, 1);
  throw name !== undefined ? new TypeError(name + ' is not iterable') : notIterable(x);
}

var closing = null;	// the iterator whose return() a break or return is calling
function close(it) {
  var r = it['return'];
  if (typeof r === 'function') {
    closing = it;
    r.call(it);
    closing = null;
  }
}

// a for-of's body threw e: the iterator is closed unless it is done, its next() threw
// (step null) or e came from its own return() (closing); an error from return() is
// dropped, e is thrown
function closeThrow(it, step, e) {
  if (closing === it) {
    closing = null;
    throw e;
  }
  if (step !== null && step !== undefined && !step.done) {
    try {
      close(it);
    } catch (ignored) {
    }
  }
  throw e;
}

// toArray(v, n): n items of v's iteration (all when n < 0); arrays as they are
function toArray(v, n, name) {
  if (Array.isArray(v))
    return v;
  var it = iter(v, name), out = [], step;
  while (n < 0 || out.length < n) {
    step = it.next();
    if (step.done)
      return out;
    out.push(step.value);
  }
  close(it);
  return out;
}

// spread(v[, name[, call]]): the items of ...v; call: in a call's arguments (V8's
// messages differ there)
function spread(v, name, call) {
  if (call && !Array.isArray(v) && typeof v !== 'string') {
    if (v === undefined || v === null)
      throw name !== undefined ? new TypeError(name + ' is not iterable (cannot read property ' + v + ')') : notIterable(v);
    if (typeof v[ITER] !== 'function' && toStr.call(v) !== '[object Arguments]')
      throw new TypeError('Spread syntax requires ...iterable[Symbol.iterator] to be a function');
  }
  if (Array.isArray(v)) {
    var out = new Array(v.length);
    for (var i = 0; i < v.length; i++)
      out[i] = v[i];
    return out;
  }
  return toArray(v, -1, name).slice();
}

if (!String.raw)
  hide(String, 'raw', function raw(strings) {
    var r = Object(strings).raw, out = '';
    var n = r === undefined || r === null ? 0 : r.length >>> 0;
    for (var i = 0; i < n; i++) {
      out += String(r[i]);
      if (i + 1 < n && i + 1 < arguments.length)
        out += String(arguments[i + 1]);
    }
    return out;
  });

// ---- objects ----
// (o, k, v, named): `named` when v is a method or an anonymous function, arrow or class
// expression, which takes its name from the key (a symbol's as "[description]")
function defineProp(o, k, v, named) {
  if (named)
    setFunctionName(v, k);
  defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}

// prefix: 'get ' or 'set ' for an accessor ('get [Symbol.iterator]', 'set x')
function setFunctionName(fn, k, prefix) {
  if (typeof fn !== 'function' || (fn.name !== '' && !/^_ls\$/.test(fn.name)))
    return;
  var name = typeof k === 'symbol' ?
    (k.description === undefined ? '' : '[' + k.description + ']') : String(k);
  if (prefix !== undefined)
    name = prefix + name;
  defineProperty(fn, 'name', { value: name, writable: false, enumerable: false, configurable: true });
}

// `__proto__: v` in an object literal: the prototype, when v is an object or null
function protoProp(o, v) {
  if (v === null || typeof v === 'object' || typeof v === 'function')
    setProto(o, v);
}

// super in an object literal's method: the prototype of its home object (the literal),
// read when super is used, so Object.setPrototypeOf after creation is seen
function homeProto(home) {
  return getProto(home);
}

// super[k] read: the property found from base up, a getter called with this (receiver)
function superGet(base, k, receiver) {
  var o = base, d;
  if (o === null || o === undefined)
    throw new TypeError("Cannot read properties of " + o + " (reading '" + String(k) + "')");
  for (; o !== null; o = getProto(o)) {
    d = Object.getOwnPropertyDescriptor(o, k);
    if (d !== undefined)
      return d.get !== undefined || d.set !== undefined ? (d.get ? d.get.call(receiver) : undefined) : d.value;
  }
  return undefined;
}

// super[k] = v: a setter found from base up is called with this; else this gets the
// property (a read-only one found on the way throws, the code being strict or not)
function superSet(base, k, v, receiver) {
  var o = base, d;
  for (; o !== null && o !== undefined; o = getProto(o)) {
    d = Object.getOwnPropertyDescriptor(o, k);
    if (d === undefined)
      continue;
    if (d.get !== undefined || d.set !== undefined) {
      if (d.set === undefined)
        throw new TypeError('Cannot set property ' + String(k) + ' of ' + '#<Object> which has only a getter');
      d.set.call(receiver, v);
      return v;
    }
    if (!d.writable)
      throw new TypeError("Cannot assign to read only property '" + String(k) + "' of object");
    break;
  }
  d = Object.getOwnPropertyDescriptor(receiver, k);
  if (d !== undefined && d.get === undefined && d.set === undefined)
    receiver[k] = v;
  else if (d === undefined)
    defineProperty(receiver, k, { value: v, writable: true, enumerable: true, configurable: true });
  return v;
}

// the getter and setter the down-leveler made anonymous are named after k as in Node
// ('get x', 'set [Symbol.iterator]'): a class's accessors and an object literal's whose
// key is computed (mujs names those of a literal it compiles itself)
function defineAccessor(o, k, get, set, enumerable) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (get)
    setFunctionName(get, k, 'get ');
  if (set)
    setFunctionName(set, k, 'set ');
  defineProperty(o, k, {
    get: get || (d && d.get) || undefined,
    set: set || (d && d.set) || undefined,
    enumerable: enumerable !== false,
    configurable: true
  });
}

function spreadProps(t, s) {
  if (s === null || s === undefined)
    return t;
  if (typeof s === 'string') {
    for (var i = 0; i < s.length; i++)
      defineProp(t, i, s.charAt(i));
    return t;
  }
  var keys = Object.keys(Object(s));
  for (var k = 0; k < keys.length; k++)
    defineProp(t, keys[k], s[keys[k]]);
  return typeof s === 'object' || typeof s === 'function' ? spreadSymbols(t, s, null) : t;
}

// the enumerable own symbol-keyed properties of s onto t, after its string keys, but
// those in skip (an object keyed like the properties: objectRest's pattern keys)
function spreadSymbols(t, s, skip) {
  var syms = helpers.ownSymbols(s);
  for (var i = 0; i < syms.length; i++)
    if (propIsEnum.call(s, syms[i]) && !(skip !== null && hasOwn.call(skip, syms[i])))
      defineProp(t, syms[i], s[syms[i]]);
  return t;
}

// (null or undefined, first key of the pattern): V8 names the value by its source text,
// which only the down-leveler has; this names it by its value
function destructureError(o, key) {
  if (key === undefined)
    throw new TypeError("Cannot destructure '" + o + "' as it is " + o + '.');
  throw new TypeError("Cannot destructure property '" + key + "' of '" + o + "' as it is " + o + '.');
}

function objectRest(o, keys) {
  if (o === null || o === undefined)
    throw new TypeError("Cannot destructure '" + o + "' as it is " + o + '.');
  var out = {}, own = Object.keys(Object(o)), skip = {};
  for (var i = 0; i < keys.length; i++)
    skip[typeof keys[i] === 'symbol' ? keys[i] : String(keys[i])] = true;	// a symbol: its key
  for (var k = 0; k < own.length; k++)
    if (!hasOwn.call(skip, own[k]))
      out[own[k]] = o[own[k]];
  return typeof o === 'object' || typeof o === 'function' ? spreadSymbols(out, o, skip) : out;
}

function tpl(cooked, raw) {
  defineProperty(cooked, 'raw', { value: Object.freeze(raw) });
  return Object.freeze(cooked);
}

// ---- bindings ----
function tdz(name) {
  throw new ReferenceError("Cannot access '" + name + "' before initialization");
}

function constAssign() {
  throw new TypeError('Assignment to constant variable.');
}

// ---- calls ----
// new F(...args); name: the callee as V8 prints it in the error, when the down-leveler
// could print it
function construct(F, args, name) {
  if (!binding.isConstructor(F))
    throw new TypeError((name !== undefined ? name : F) + ' is not a constructor');
  // mujs's bind makes the bound function F.prototype's constructor: put it back
  var proto = F.prototype;
  var d = proto !== null && typeof proto === 'object' ? Object.getOwnPropertyDescriptor(proto, 'constructor') : undefined;
  var Bound = Function.prototype.bind.apply(F, [null].concat(args));
  if (d !== undefined)
    defineProperty(proto, 'constructor', d);
  return new Bound();
}

// ---- classes ----
function inherits(C, S) {
  if (S !== null && !binding.isConstructor(S))
    throw new TypeError('Class extends value ' + String(S) + ' is not a constructor or null');
  C.prototype = Object.create(S === null ? null : S.prototype, {
    constructor: { value: C, writable: true, configurable: true }
  });
  if (S === null)
    return;
  if (setProto) {
    setProto(C, S);
    return;
  }
  // no Object.setPrototypeOf: static members are copied
  var names = Object.getOwnPropertyNames(S);
  for (var i = 0; i < names.length; i++) {
    var n = names[i];
    if (n === 'prototype' || n === 'length' || n === 'name' || n === 'caller' || n === 'arguments' || hasOwn.call(C, n))
      continue;
    defineProperty(C, n, Object.getOwnPropertyDescriptor(S, n));
  }
}

// `this` in a derived constructor before super() (or no super() at all)
function noSuper() {
  throw new ReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
}

// (by the prototype chain when C has its own Symbol.hasInstance)
function classCheck(self, C) {
  if (!(self instanceof C) && !Object.prototype.isPrototypeOf.call(C.prototype, Object(self)))
    throw new TypeError('Class constructor ' + C.name + " cannot be invoked without 'new'");
}

// super(...args): the parent constructor runs on `self`. A constructor mujs implements in
// C (Error, Date, RegExp, Array, String, ...) ignores `this` and makes its own object, so
// it is called with `new` and that object becomes the instance: it gets the subclass's
// prototype (Object.setPrototypeOf, mujs patch 0017) and the subclass constructor
// returns it. A JS constructor that returns another object keeps it as `this` (as the
// spec says), except that one which is a plain instance of the parent (a runtime
// built-in such as ArrayBuffer making its object) is given the subclass's prototype.
// An error made by super() starts its stack where `new` was called, as V8's does: the
// frames of superCall and of the constructors up to new.target's are left out of
// mujs's stackTrace (found by name, as in Error.captureStackTrace).
function trimTrace(err, proto) {
  var t = err.stackTrace, C = proto.constructor;
  if (typeof t !== 'string' || typeof C !== 'function')
    return;
  var lines = t.split('\n\tat '), at = 2;
  for (var i = 1; i < lines.length; i++) {
    if (C.name && lines[i].indexOf(C.name + ' (') === 0) {
      at = i + 1;
      break;
    }
  }
  var d = Object.getOwnPropertyDescriptor(err, 'stackTrace');
  d.value = [''].concat(lines.slice(at)).join('\n\tat ');
  defineProperty(err, 'stackTrace', d);
}

var nativeCtors = [Object, Function, Array, String, Boolean, Number, Date, RegExp, Error,
  EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, WeakRef,
  FinalizationRegistry];
function superCall(self, S, args) {
  var proto = getProto(self), r;
  if (nativeCtors.indexOf(S) >= 0) {
    switch (args.length) {
    case 0: r = new S(); break;
    case 1: r = new S(args[0]); break;
    case 2: r = new S(args[0], args[1]); break;
    default: r = construct(S, Array.prototype.slice.call(args));
    }
    if (setProto) {
      setProto(r, proto);
      if (r instanceof Error)
        trimTrace(r, proto);
      return r;
    }
  } else {
    r = S.apply(self, args);
  }
  if (r !== self && r !== null && (typeof r === 'object' || typeof r === 'function')) {
    if (setProto) {
      if (getProto(r) === S.prototype)
        setProto(r, proto);
      return r;
    }
    var names = Object.getOwnPropertyNames(r);
    for (var i = 0; i < names.length; i++)
      defineProperty(self, names[i], Object.getOwnPropertyDescriptor(r, names[i]));
    if (r.stack !== undefined && !hasOwn.call(self, 'stack'))
      hide(self, 'stack', r.stack);
  }
  return self;
}

// a class's source text for Function.prototype.toString (mujs patch 0056); a class
// that got no name keeps the down-leveler's temp as its function's name: it has none
function classSource(C, src) {
  hide(C, '\x01src', src);
  if (/^_ls\$/.test(C.name))
    defineProperty(C, 'name', { value: '', writable: false, enumerable: false, configurable: true });
}

// generator (1), async (2) and async generator (3) functions are ordinary functions
// once down-leveled: fnKind marks one with its kind (util.types.isAsyncFunction,
// util.inspect's [AsyncFunction: f]) and gives it Node's prototype for the kind
// (AsyncFunction.prototype: constructor.name 'AsyncFunction', its toStringTag); name:
// what mujs would have named an anonymous one, had it not been wrapped in the call.
// None of them is a constructor (mujs patch 0116); a generator's 'prototype' is an
// object of its own inheriting from %GeneratorPrototype% (internal/generator, loaded
// for it), what its generator objects inherit from
var fnKindProtos = [];
function fnKindProto(k) {
  if (!fnKindProtos[k]) {
    var name = ['', 'GeneratorFunction', 'AsyncFunction', 'AsyncGeneratorFunction'][k];
    var ctor = function () { throw new TypeError(name + ' is not supported by leakscope'); };
    defineProperty(ctor, 'name', { value: name, writable: false, enumerable: false, configurable: true });
    var proto = Object.create(Function.prototype);
    defineProperty(proto, 'constructor', { value: ctor, writable: false, enumerable: false, configurable: true });
    defineProperty(proto, Symbol.toStringTag.valueOf(), { value: name, writable: false, enumerable: false, configurable: true });
    defineProperty(ctor, 'prototype', { value: proto, writable: false, enumerable: false, configurable: false });
    fnKindProtos[k] = proto;
  }
  return fnKindProtos[k];
}
function fnKind(fn, k, name) {
  hide(fn, '\x01kind', k);
  if (name !== undefined && fn.name === '')	// the binding or key it is stored in
    defineProperty(fn, 'name', { value: name, writable: false, enumerable: false, configurable: true });
  if (setProto)
    setProto(fn, fnKindProto(k));
  if (k & 1) {
    if (!generatorsLoaded)
      loadGenerators();
    defineProperty(fn, 'prototype', { value: Object.create(fnKindProto(k).prototype), writable: true, enumerable: false, configurable: false });
  }
  return fn;
}

function method(o, k, fn, named) {
  if (named)
    setFunctionName(fn, k);
  hide(o, k, fn);
}

function accessor(o, k, get, set) {
  defineAccessor(o, k, get, set, false);
}

var helpers = {
  iter: iter, toArray: toArray, spread: spread, defineProp: defineProp, defineField: defineProp,
  defineAccessor: defineAccessor, spreadProps: spreadProps, protoProp: protoProp, destructureError: destructureError, objectRest: objectRest, tpl: tpl,
  tdz: tdz, constAssign: constAssign, construct: construct, inherits: inherits,
  classCheck: classCheck, superCall: superCall, method: method, accessor: accessor,
  classSource: classSource, fnKind: fnKind, fnKindProto: fnKindProto, homeProto: homeProto,
  superGet: superGet, superSet: superSet, noSuper: noSuper,
  ArrayIterator: ArrayIterator, close: close, closeThrow: closeThrow,
  // `123n` and `a ** b` (runtime/bigint.c)
  big: binding.bigLiteral, pow: binding.bigPow
};

// ---- generators and async functions: internal/generator, loaded on first use ----
// (through the binding compile.c passes in, the way bootstrap's requireNative loads)
var generatorNames = ['gen', 'async', 'agen', 'rejected', 'asyncIter', 'step', 'forIn'];
var generatorsLoaded = false;
function loadGenerators() {
  generatorsLoaded = true;
  var src = binding.nativeSource('internal/generator');
  var fn = binding.compile('(function (exports, require, module, binding) {' + src + '\n})',
    'node:internal/generator');
  var m = { exports: {} };
  fn.call(m.exports, m.exports, undefined, m, binding);
  for (var i = 0; i < generatorNames.length; i++)
    helpers[generatorNames[i]] = m.exports[generatorNames[i]];
}
function lazyGenerator(name) {
  return function () {
    loadGenerators();
    return helpers[name].apply(this, arguments);
  };
}
for (var gi = 0; gi < generatorNames.length; gi++)
  helpers[generatorNames[gi]] = lazyGenerator(generatorNames[gi]);
helpers.ownSymbols = ownSymbols || function () { return []; };	// (o): getOwnPropertySymbols
hide(global, '__ls', helpers);
module.exports = helpers;
