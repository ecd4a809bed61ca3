'use strict';
// internal/collections — ES2015 Map, Set, WeakMap, WeakSet for an ES5 engine.
//
// Module wrapper: function (exports, require, module, binding). bootstrap.js installs the
// four constructors as lazy globals.
//
// Map and Set keep their entries in plain arrays held by the collection under hidden
// own properties ('\x01keys', '\x01values': mujs patch 0010 leaves names starting with
// "\x01" out of every key listing), so a heap walker sees Map -> keys/values -> entry
// edges. A null-prototype dictionary maps a type-tagged key ('s:' + string, 'n:' + number
// with -0 as 0 and NaN as 'n:NaN' (SameValueZero), 'b:1'/'b:0', 'u', 'l' (null), 'o:' +
// binding.identity(object)) to the entry's index. An object's identity is its address;
// the collection holds its keys strongly, so the number of a key cannot be reused while
// the key is in it. delete() leaves a HOLE in the arrays; once holes are at least half of
// the slots they are squeezed out in place (amortised O(1)).
//
// Iterators (and forEach) hold an index into the arrays. So that they survive a
// compaction or clear(), the collection keeps a log node; a compaction that happens while
// an iterator may be on the current node records which slots it removed there and
// starts a new node; an iterator walks the chain on its next step and shifts its index
// down by the number of removed slots below it (clear() resets it to 0). Nodes no
// iterator refers to are garbage. Deleted entries are skipped; entries added during
// iteration are visited (ES2015 semantics).
//
// WeakMap and WeakSet do not reference their keys: wm.set(k, v) stores v on k itself,
// under a hidden property name unique to that WeakMap ('\x01wm' + n), through
// binding.weakSet (works on frozen keys too). Only k keeps v alive. (A WeakMap that is
// dropped leaves its values on keys that live on, until those keys die.)

var identity = binding.identity;
var weakHas = binding.weakHas;
var weakGet = binding.weakGet;
var weakSet = binding.weakSet;
var weakDelete = binding.weakDelete;
var isArray = Array.isArray;

var KEYS = '\x01keys';
var VALUES = '\x01values';
var MAP = '\x01map';      // Map state
var SET = '\x01set';      // Set state
var ITER = '\x01iter';    // iterator state
var WEAK = '\x01weak';    // WeakMap/WeakSet state

// Marks a deleted slot in the key array.
var HOLE = { hole: true };

function keyTag(k) {
  switch (typeof k) {
    case 'string': return 's:' + k;
    case 'number': return k === 0 ? 'n:0' : 'n:' + k;
    case 'boolean': return k ? 'b:1' : 'b:0';
    case 'bigint': return 'g:' + k;
    case 'undefined': return 'u';
    case 'object': if (k === null) return 'l';
      return 'o:' + identity(k);
    default: return 'o:' + identity(k);
  }
}

function isObject(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function describe(v) {
  if (isObject(v)) {
    var c = v.constructor;
    var name = typeof c === 'function' && typeof c.name === 'string' && c.name ? c.name : 'Object';
    return '#<' + name + '>';
  }
  return typeof v === 'string' ? v : String(v);
}

function incompatible(method, v) {
  return new TypeError('Method ' + method + ' called on incompatible receiver ' + describe(v));
}

function newLog() {
  return { used: false, cleared: false, removed: null, next: null };
}

function newState(self) {
  return { self: self, dict: Object.create(null), size: 0, holes: 0, log: newLog() };
}

function getState(v, name, method) {
  var st = isObject(v) ? v[name] : undefined;
  if (st === undefined || st.self !== v) throw incompatible(method, v);
  return st;
}

// Squeeze the holes out of keys (and values, if any) in place.
function compact(c, st, keys, values) {
  var n = keys.length, j = 0, i, k;
  var record = st.log.used;
  var removed = record ? [] : null;
  var dict = st.dict;
  for (i = 0; i < n; i++) {
    k = keys[i];
    if (k === HOLE) {
      if (record) removed.push(i);
      continue;
    }
    if (j !== i) {
      keys[j] = k;
      if (values) values[j] = values[i];
      dict[keyTag(k)] = j;
    }
    j++;
  }
  keys.length = j;
  if (values) values.length = j;
  st.holes = 0;
  if (record) {
    var cur = st.log;
    cur.removed = removed;
    cur.next = newLog();
    cur.next.used = true;   // iterators on cur will move to it
    st.log = cur.next;
  }
}

function deleteEntry(c, st, key, keys, values) {
  var tag = keyTag(key);
  var i = st.dict[tag];
  if (i === undefined) return false;
  delete st.dict[tag];
  keys[i] = HOLE;
  if (values) values[i] = undefined;
  st.size--;
  st.holes++;
  if (st.holes > 8 && st.holes * 2 >= keys.length) compact(c, st, keys, values);
  return true;
}

function clearEntries(st, keys, values) {
  keys.length = 0;
  if (values) values.length = 0;
  st.dict = Object.create(null);
  st.size = 0;
  st.holes = 0;
  if (st.log.used) {
    var cur = st.log;
    cur.cleared = true;
    cur.next = newLog();
    cur.next.used = true;
    st.log = cur.next;
  }
}

// Number of entries of the sorted array a that are below i.
function countBelow(a, i) {
  var lo = 0, hi = a.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (a[mid] < i) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// A cursor: { st, i, log }. Brings i up to date with compactions since it last moved.
function newCursor(st) {
  st.log.used = true;
  return { st: st, i: 0, log: st.log };
}

function syncCursor(cur) {
  var log = cur.log;
  while (log.next !== null) {
    cur.i = log.cleared ? 0 : cur.i - countBelow(log.removed, cur.i);
    log = log.next;
  }
  cur.log = log;
}

// Index of the next live slot at or after cur.i (advancing cur past it), or -1.
function advance(cur, keys) {
  syncCursor(cur);
  var n = keys.length;
  while (cur.i < n) {
    var i = cur.i++;
    if (keys[i] !== HOLE) return i;
  }
  return -1;
}

function checkCallback(cb) {
  if (typeof cb !== 'function') {
    var s = typeof cb === 'string' ? '"' + cb + '"' : isObject(cb) ? describe(cb) : String(cb);
    throw new TypeError(s + ' is not a function');
  }
}

function forEachOf(iterable, fn) {
  var i, r;
  if (isArray(iterable)) {
    for (i = 0; i < iterable.length; i++) fn(iterable[i]);
    return;
  }
  if (typeof iterable === 'string') {
    for (i = 0; i < iterable.length; i++) fn(iterable.charAt(i));
    return;
  }
  if (isObject(iterable)) {
    var it = null;
    if (iterable[MAP] !== undefined && iterable[MAP].self === iterable) it = iterable.entries();
    else if (iterable[SET] !== undefined && iterable[SET].self === iterable) it = iterable.values();
    else if (typeof iterable.next === 'function') it = iterable;
    else if (typeof Symbol === 'function' && typeof iterable[Symbol.iterator] === 'function')
      it = iterable[Symbol.iterator]();   // any iterable (Symbol is es2015.js's shim)
    if (it !== null) {
      while (!(r = it.next()).done) fn(r.value);
      return;
    }
  }
  var d = typeof iterable === 'object' || typeof iterable === 'function' || typeof iterable === 'symbol' ? typeof iterable :
    typeof iterable + ' ' + String(iterable);
  throw new TypeError(d + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}

function defineMethods(proto, methods) {
  for (var name in methods) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: false, configurable: true
    });
  }
}

function defineGetter(proto, name, get) {
  Object.defineProperty(proto, name, { get: get, enumerable: false, configurable: true });
}

// ---------------------------------------------------------------------------
// Iterators. kind: 0 keys, 1 values, 2 entries.

function MapIterator() {
  throw new TypeError('Illegal constructor');
}
function SetIterator() {
  throw new TypeError('Illegal constructor');
}

function makeIterator(Ctor, c, st, isSet, kind) {
  var it = Object.create(Ctor.prototype);
  it[ITER] = { self: it, c: c, cur: newCursor(st), isSet: isSet, kind: kind };
  return it;
}

function iterNext(it, name) {
  var s = isObject(it) ? it[ITER] : undefined;
  if (s === undefined || s.self !== it) throw incompatible(name, it);
  if (s.c === null) return { value: undefined, done: true };
  var keys = s.c[KEYS];
  var i = advance(s.cur, keys);
  if (i < 0) {
    s.c = null;
    s.cur = null;
    return { value: undefined, done: true };
  }
  var k = keys[i];
  var v = s.isSet ? k : s.c[VALUES][i];
  if (s.kind === 0) return { value: k, done: false };
  if (s.kind === 1) return { value: v, done: false };
  return { value: [k, v], done: false };
}

defineMethods(MapIterator.prototype, {
  next: function next() { return iterNext(this, 'Map Iterator.prototype.next'); }
});
defineMethods(SetIterator.prototype, {
  next: function next() { return iterNext(this, 'Set Iterator.prototype.next'); }
});

// Remaining items of an iterator without moving it (for util.inspect).
function iteratorPreview(it) {
  var s = it[ITER];
  var out = [];
  if (s.c === null) return { entries: out, isKeyValue: s.kind === 2 };
  var keys = s.c[KEYS];
  var values = s.isSet ? keys : s.c[VALUES];
  syncCursor(s.cur);
  for (var i = s.cur.i; i < keys.length; i++) {
    if (keys[i] === HOLE) continue;
    if (s.kind === 2) out.push(keys[i], values[i]);
    else out.push(s.kind === 0 ? keys[i] : values[i]);
  }
  return { entries: out, isKeyValue: s.kind === 2 };
}

// ---------------------------------------------------------------------------
// Map

// The constructors' AddEntriesFromIterable: each element of `iterable` goes through the
// instance's own set(key, value) (entries) or add(value), as the spec requires, so a
// subclass's override is honoured.
function addFromIterable(self, iterable, entries) {
  if (iterable === undefined || iterable === null) return;
  var adder = entries ? self.set : self.add;
  checkCallback(adder);
  forEachOf(iterable, entries ? function (entry) {
    if (!isObject(entry)) {
      throw new TypeError('Iterator value ' + (typeof entry === 'string' ? entry : String(entry)) +
        ' is not an entry object');
    }
    adder.call(self, entry[0], entry[1]);
  } : function (v) { adder.call(self, v); });
}

function Map() {
  if (!(this instanceof Map) || this[MAP] !== undefined) {
    throw new TypeError("Constructor Map requires 'new'");
  }
  var st = newState(this);
  this[KEYS] = [];
  this[VALUES] = [];
  this[MAP] = st;
  addFromIterable(this, arguments[0], true);
}

function mapState(m, method) {
  return getState(m, MAP, 'Map.prototype.' + method);
}

defineMethods(Map.prototype, {
  get: function get(key) {
    var st = mapState(this, 'get');
    var i = st.dict[keyTag(key)];
    return i === undefined ? undefined : this[VALUES][i];
  },
  set: function set(key, value) {
    var st = mapState(this, 'set');
    var tag = keyTag(key);
    var i = st.dict[tag];
    var values = this[VALUES];
    if (i !== undefined) {
      values[i] = value;
      return this;
    }
    var keys = this[KEYS];
    i = keys.length;
    keys[i] = key === 0 ? 0 : key;
    values[i] = value;
    st.dict[tag] = i;
    st.size++;
    return this;
  },
  has: function has(key) {
    return mapState(this, 'has').dict[keyTag(key)] !== undefined;
  },
  'delete': function (key) {
    var st = mapState(this, 'delete');
    return deleteEntry(this, st, key, this[KEYS], this[VALUES]);
  },
  clear: function clear() {
    clearEntries(mapState(this, 'clear'), this[KEYS], this[VALUES]);
  },
  forEach: function forEach(cb, thisArg) {
    var st = mapState(this, 'forEach');
    checkCallback(cb);
    var cur = newCursor(st);
    var keys = this[KEYS], values = this[VALUES], i;
    while ((i = advance(cur, keys)) >= 0) cb.call(thisArg, values[i], keys[i], this);
  },
  keys: function keys() {
    return makeIterator(MapIterator, this, mapState(this, 'keys'), false, 0);
  },
  values: function values() {
    return makeIterator(MapIterator, this, mapState(this, 'values'), false, 1);
  },
  entries: function entries() {
    return makeIterator(MapIterator, this, mapState(this, 'entries'), false, 2);
  }
});
defineGetter(Map.prototype, 'size', function () { return mapState(this, 'size').size; });

// ---------------------------------------------------------------------------
// Set

function Set() {
  if (!(this instanceof Set) || this[SET] !== undefined) {
    throw new TypeError("Constructor Set requires 'new'");
  }
  var st = newState(this);
  this[KEYS] = [];
  this[SET] = st;
  addFromIterable(this, arguments[0], false);
}

function setState(s, method) {
  return getState(s, SET, 'Set.prototype.' + method);
}

function setValues() {
  return makeIterator(SetIterator, this, setState(this, 'values'), true, 1);
}

defineMethods(Set.prototype, {
  has: function has(value) {
    return setState(this, 'has').dict[keyTag(value)] !== undefined;
  },
  add: function add(value) {
    var st = setState(this, 'add');
    var tag = keyTag(value);
    if (st.dict[tag] !== undefined) return this;
    var keys = this[KEYS];
    var i = keys.length;
    keys[i] = value === 0 ? 0 : value;
    st.dict[tag] = i;
    st.size++;
    return this;
  },
  'delete': function (value) {
    return deleteEntry(this, setState(this, 'delete'), value, this[KEYS], null);
  },
  clear: function clear() {
    clearEntries(setState(this, 'clear'), this[KEYS], null);
  },
  entries: function entries() {
    return makeIterator(SetIterator, this, setState(this, 'entries'), true, 2);
  },
  forEach: function forEach(cb, thisArg) {
    var st = setState(this, 'forEach');
    checkCallback(cb);
    var cur = newCursor(st);
    var keys = this[KEYS], i;
    while ((i = advance(cur, keys)) >= 0) cb.call(thisArg, keys[i], keys[i], this);
  },
  values: setValues,
  keys: setValues
});
defineGetter(Set.prototype, 'size', function () { return setState(this, 'size').size; });

// ---------------------------------------------------------------------------
// WeakMap, WeakSet

var weakCounter = 0;

function WeakMap() {
  if (!(this instanceof WeakMap) || this[WEAK] !== undefined) {
    throw new TypeError("Constructor WeakMap requires 'new'");
  }
  this[WEAK] = { self: this, name: '\x01wm' + (++weakCounter), set: false };
  addFromIterable(this, arguments[0], true);
}

function WeakSet() {
  if (!(this instanceof WeakSet) || this[WEAK] !== undefined) {
    throw new TypeError("Constructor WeakSet requires 'new'");
  }
  this[WEAK] = { self: this, name: '\x01ws' + (++weakCounter), set: true };
  addFromIterable(this, arguments[0], false);
}

function weakName(w, isSet, method) {
  var st = isObject(w) ? w[WEAK] : undefined;
  if (st === undefined || st.self !== w || st.set !== isSet) {
    throw incompatible((isSet ? 'WeakSet' : 'WeakMap') + '.prototype.' + method, w);
  }
  return st.name;
}

defineMethods(WeakMap.prototype, {
  'delete': function (key) {
    var name = weakName(this, false, 'delete');
    return isObject(key) ? weakDelete(key, name) : false;
  },
  get: function get(key) {
    var name = weakName(this, false, 'get');
    return isObject(key) ? weakGet(key, name) : undefined;
  },
  set: function set(key, value) {
    var name = weakName(this, false, 'set');
    if (!isObject(key)) throw new TypeError('Invalid value used as weak map key');
    weakSet(key, name, value);
    return this;
  },
  has: function has(key) {
    var name = weakName(this, false, 'has');
    return isObject(key) ? weakHas(key, name) : false;
  }
});

defineMethods(WeakSet.prototype, {
  'delete': function (value) {
    var name = weakName(this, true, 'delete');
    return isObject(value) ? weakDelete(value, name) : false;
  },
  has: function has(value) {
    var name = weakName(this, true, 'has');
    return isObject(value) ? weakHas(value, name) : false;
  },
  add: function add(value) {
    var name = weakName(this, true, 'add');
    if (!isObject(value)) throw new TypeError('Invalid value used in weak set');
    weakSet(value, name, true);
    return this;
  }
});

// ---------------------------------------------------------------------------
// util.inspect / util.types

function isMap(v) { var s = v[MAP]; return s !== undefined && s.self === v; }
function isSet(v) { var s = v[SET]; return s !== undefined && s.self === v; }
function isWeak(v, set) { var s = v[WEAK]; return s !== undefined && s.self === v && s.set === set; }
function isIter(v, Ctor) {
  var s = v[ITER];
  return s !== undefined && s.self === v && v instanceof Ctor;
}

function mapEntries(m) {
  var keys = m[KEYS], values = m[VALUES], out = [];
  for (var i = 0; i < keys.length; i++) if (keys[i] !== HOLE) out.push([keys[i], values[i]]);
  return out;
}
function setEntries(s) {
  var keys = s[KEYS], out = [];
  for (var i = 0; i < keys.length; i++) if (keys[i] !== HOLE) out.push(keys[i]);
  return out;
}
function size(c) { return (c[MAP] || c[SET]).size; }

var inspect = require('internal/inspect');
inspect.registerType(isMap, { type: 'Map', kind: 'map', size: size, entries: mapEntries });
inspect.registerType(isSet, { type: 'Set', kind: 'set', size: size, values: setEntries });
inspect.registerType(function (v) { return isWeak(v, false); }, { type: 'WeakMap', kind: 'weakmap' });
inspect.registerType(function (v) { return isWeak(v, true); }, { type: 'WeakSet', kind: 'weakset' });
inspect.registerType(function (v) { return isIter(v, MapIterator); },
  { type: 'Map Iterator', kind: 'iterator', preview: iteratorPreview });
inspect.registerType(function (v) { return isIter(v, SetIterator); },
  { type: 'Set Iterator', kind: 'iterator', preview: iteratorPreview });

// their methods are not constructors and have no 'prototype', as V8's (mujs patch 0122)
[Map, Set, WeakMap, WeakSet, MapIterator, SetIterator].forEach(function (C) {
  binding.nonConstructors(C);
  binding.nonConstructors(C.prototype);
});

exports.Map = Map;
exports.Set = Set;
exports.WeakMap = WeakMap;
exports.WeakSet = WeakSet;

// Object.prototype.toString's tags ([object Map], [object Set Iterator], ...): each
// prototype's Symbol.toStringTag, under the Symbol shim's key (mujs patch 0051 reads it)
[[Map, 'Map'], [Set, 'Set'], [WeakMap, 'WeakMap'], [WeakSet, 'WeakSet'],
  [MapIterator, 'Map Iterator'], [SetIterator, 'Set Iterator']].forEach(function (pair) {
  Object.defineProperty(pair[0].prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: pair[1], writable: false, enumerable: false, configurable: true
  });
});
