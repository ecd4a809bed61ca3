// es_globals.js — the ES2015+ globals runtime/es_builtins.c installs as lazy accessors
// (Symbol, Reflect, Proxy): the first read of one loads
// this file and replaces the accessor with exports[name]. ES5, like every lib file.
'use strict';
var global = (function () { return this; })() || Function('return this')();
var hasOwn = Object.prototype.hasOwnProperty;
var fnToString = Function.prototype.toString;
var getProto = Object.getPrototypeOf;

function es2015() {
  return global.__ls || require('internal/es2015');
}

function hide(o, name, value) {
  Object.defineProperty(o, name, { value: value, writable: true, configurable: true });
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// how V8 names a value in an error message (NoSideEffectsToString)
function describe(v) {
  if (typeof v === 'function')
    return Function.prototype.toString.call(v);
  if (v !== null && typeof v === 'object')
    return Array.isArray(v) ? '[object Array]' : '#<' + ctorName(v) + '>';
  return String(v);
}

function ctorName(o) {
  try {
    var c = o.constructor;
    if (typeof c === 'function' && c.name)
      return c.name;
  } catch (e) {}
  return 'Object';
}

// ---- Symbol: internal/es2015.js's shim, which replaces this accessor when it loads ----
Object.defineProperty(exports, 'Symbol', {
  enumerable: true,
  get: function () {
    es2015();
    return Object.getOwnPropertyDescriptor(global, 'Symbol').value;
  }
});

// ---- Reflect ----
var Reflect = {};

function target(o, name) {
  if (!isObject(o))
    throw new TypeError('Reflect.' + name + ' called on non-object');
  return o;
}

function listFromArrayLike(a) {
  if (!isObject(a))
    throw new TypeError('CreateListFromArrayLike called on non-object');
  var n = a.length >>> 0, out = new Array(n);
  for (var i = 0; i < n; i++)
    out[i] = a[i];
  return out;
}

function isNative(f) {
  return /\[native code\] \}$/.test(fnToString.call(f));
}

// new F(...args)
function construct(F, args) {
  switch (args.length) {
  case 0: return new F();
  case 1: return new F(args[0]);
  case 2: return new F(args[0], args[1]);
  case 3: return new F(args[0], args[1], args[2]);
  }
  return es2015().construct(F, args);
}

// Reflect.construct(F, args, newTarget): F runs on an object whose prototype is
// newTarget.prototype. A built-in made in C (Date, RegExp, Error, ...) makes its own
// object, which then gets that prototype (js_setprototype, mujs patch 0017).
function constructWith(F, args, newTarget) {
  if (newTarget === F)
    return construct(F, args);
  var proto = newTarget.prototype;
  if (!isObject(proto))
    proto = Object.prototype;
  if (isNative(F)) {
    var made = construct(F, args);
    Object.setPrototypeOf(made, proto);
    return made;
  }
  var self = Object.create(proto);
  var r = F.apply(self, args);
  return isObject(r) ? r : self;
}

// where key is found along o's prototype chain: its descriptor, or undefined
function lookup(o, key) {
  for (; o !== null; o = getProto(o)) {
    var d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined)
      return d;
  }
  return undefined;
}

var reflect = {
  apply: function apply(f, thisArg, args) {
    if (typeof f !== 'function')
      throw new TypeError('Function.prototype.apply was called on ' + describe(f) + ', which is ' +
        (f === null ? 'null' : 'a' + (typeof f === 'object' ? 'n ' : ' ') + typeof f) +
        ' and not a function');
    return Function.prototype.apply.call(f, thisArg, listFromArrayLike(args));
  },
  construct: function construct(F, args) {
    if (!binding.isConstructor(F))	// not an arrow, method, ... (mujs patch 0116)
      throw new TypeError(describe(F) + ' is not a constructor');
    var newTarget = arguments.length > 2 ? arguments[2] : F;
    if (!binding.isConstructor(newTarget))
      throw new TypeError(describe(newTarget) + ' is not a constructor');
    return constructWith(F, listFromArrayLike(args), newTarget);
  },
  defineProperty: function defineProperty(o, key, attributes) {
    target(o, 'defineProperty');
    if (!isObject(attributes))
      throw new TypeError('Property description must be an object: ' + String(attributes));
    try {
      Object.defineProperty(o, key, attributes);
      return true;
    } catch (e) {
      if (e instanceof TypeError && !/^Invalid property descriptor|Getter must|Setter must/.test(e.message))
        return false;
      throw e;
    }
  },
  deleteProperty: function deleteProperty(o, key) {
    target(o, 'deleteProperty');
    try {
      return delete o[key];
    } catch (e) {
      if (e instanceof TypeError)
        return false;
      throw e;
    }
  },
  get: function get(o, key) {	// (o, key, receiver): Reflect.get.length is 2
    var receiver = arguments[2];
    target(o, 'get');
    if (arguments.length < 3 || receiver === o)
      return o[key];
    var d = lookup(o, key);
    if (d === undefined)
      return undefined;
    if (hasOwn.call(d, 'value'))
      return d.value;
    return d.get === undefined ? undefined : d.get.call(receiver);
  },
  getOwnPropertyDescriptor: function getOwnPropertyDescriptor(o, key) {
    return Object.getOwnPropertyDescriptor(target(o, 'getOwnPropertyDescriptor'), key);
  },
  getPrototypeOf: function getPrototypeOf(o) {
    return getProto(target(o, 'getPrototypeOf'));
  },
  has: function has(o, key) {
    return key in target(o, 'has');
  },
  isExtensible: function isExtensible(o) {
    return Object.isExtensible(target(o, 'isExtensible'));
  },
  ownKeys: function ownKeys(o) {
    var t = target(o, 'ownKeys');
    return Object.getOwnPropertyNames(t).concat(Object.getOwnPropertySymbols(t));
  },
  preventExtensions: function preventExtensions(o) {
    Object.preventExtensions(target(o, 'preventExtensions'));
    return true;
  },
  set: function set(o, key, value) {	// (o, key, value, receiver): length 3
    var receiver = arguments.length < 4 ? o : arguments[3];
    target(o, 'set');
    var d = lookup(o, key);
    if (d !== undefined && !hasOwn.call(d, 'value')) {
      if (d.set === undefined)
        return false;
      d.set.call(receiver, value);
      return true;
    }
    if (d !== undefined && !d.writable)
      return false;
    if (!isObject(receiver))
      return false;
    if (receiver === o) {
      try {
        o[key] = value;
      } catch (e) {
        if (e instanceof TypeError)
          return false;
        throw e;
      }
      return true;
    }
    var own = Object.getOwnPropertyDescriptor(receiver, key);
    // a proxy has no defineProperty trap here: its target's [[DefineOwnProperty]] runs
    // (Object.defineProperty on the proxy would come back as its set trap)
    var def = receiver, t;
    while ((t = binding.proxyTarget(def)) !== undefined) {
      if (t === null)
        throw new TypeError("Cannot perform 'defineProperty' on a proxy that has been revoked");
      def = t;
    }
    if (own !== undefined) {
      if (!hasOwn.call(own, 'value') || !own.writable)
        return false;
      Object.defineProperty(def, key, { value: value });
      return true;
    }
    if (!Object.isExtensible(def))
      return false;
    Object.defineProperty(def, key,
      { value: value, writable: true, enumerable: true, configurable: true });
    return true;
  },
  setPrototypeOf: function setPrototypeOf(o, proto) {
    target(o, 'setPrototypeOf');
    if (proto !== null && !isObject(proto))
      throw new TypeError('Object prototype may only be an Object or null: ' + String(proto));
    if (getProto(o) === proto)
      return true;
    try {
      Object.setPrototypeOf(o, proto);
      return true;
    } catch (e) {
      return false;
    }
  }
};
for (var name in reflect)
  hide(Reflect, name, reflect[name]);
Object.defineProperty(Reflect, (es2015() && global.Symbol.toStringTag).valueOf(),
  { value: 'Reflect', configurable: true });
binding.nonConstructors(Reflect);	// as V8's built-in methods (mujs patch 0122)
exports.Reflect = Reflect;

// ---- Proxy ----
// A proxy of an object is a userdata whose every property operation comes to dispatch()
// (runtime/es_builtins.c, mujs patch 0019): get, set, has (`in`), deleteProperty,
// ownKeys (for-in, Object.keys, getOwnPropertyNames, JSON.stringify) and
// getOwnPropertyDescriptor (also hasOwnProperty) traps work. Not trapped: defineProperty
// (Object.defineProperty on the proxy sets the value through the set trap),
// getPrototypeOf/setPrototypeOf (the proxy's prototype is the target's when the proxy
// is made), isExtensible/preventExtensions (they see the proxy itself); Array.isArray
// is false for a proxy of an array; keys reach traps as strings (a symbol key is its
// hidden name string); invariants are not checked. A proxy of a function is a function
// that runs the apply and construct traps, but reading or writing its properties does
// not go through the handler.
var OPS = ['get', 'has', 'getOwnPropertyDescriptor', 'set', 'deleteProperty', 'ownKeys',
  'ownKeys', 'getOwnPropertyDescriptor'];

function trapOf(handler, op) {
  var name = OPS[op];
  if (handler === null)
    throw new TypeError("Cannot perform '" + name + "' on a proxy that has been revoked");
  var f = handler[name];
  if (f === undefined || f === null)
    return undefined;
  if (typeof f !== 'function')
    throw new TypeError("'" + describe(f) + "' returned for property '" + name +
      "' of object '" + describe(handler) + "' is not a function");
  return f;
}

function ownKeysOf(handler, target, f) {
  var list = f.call(handler, target);
  if (!isObject(list))
    throw new TypeError('CreateListFromArrayLike called on non-object');
  var n = list.length >>> 0, out = [];
  for (var i = 0; i < n; i++) {
    var k = list[i];
    if (typeof k !== 'string' && !(isObject(k) && k instanceof global.Symbol))
      throw new TypeError(String(k) + ' is not a valid property name');
    out.push(String(k));
  }
  return out;
}

function describeKey(handler, target, key) {
  var f = trapOf(handler, 7);
  return f ? f.call(handler, target, key) : Object.getOwnPropertyDescriptor(target, key);
}

function dispatch(op, target, handler, proxy, key, value) {
  var f = trapOf(handler, op);
  switch (op) {
  case 0:	// get
    return f ? f.call(handler, target, key, proxy) : reflect.get(target, key, proxy);
  case 1:	// has
    return f ? !!f.call(handler, target, key) : key in target;
  case 2:	// hasOwnProperty
    return f ? f.call(handler, target, key) !== undefined : hasOwn.call(target, key);
  case 3:	// set
    return f ? !!f.call(handler, target, key, value, proxy) : reflect.set(target, key, value, proxy);
  case 4:	// deleteProperty
    return f ? !!f.call(handler, target, key) : reflect.deleteProperty(target, key);
  case 5:	// the enumerable own keys
    if (!f)
      return Object.keys(target);
    var all = ownKeysOf(handler, target, f), out = [];
    for (var i = 0; i < all.length; i++) {
      var d = describeKey(handler, target, all[i]);
      if (d !== undefined && d.enumerable)
        out.push(all[i]);
    }
    return out;
  case 6:	// all own keys
    return f ? ownKeysOf(handler, target, f) : Object.getOwnPropertyNames(target);
  case 7:	// getOwnPropertyDescriptor
    return f ? complete(f.call(handler, target, key)) : Object.getOwnPropertyDescriptor(target, key);
  }
}

// what a getOwnPropertyDescriptor trap returned, as a complete descriptor
function complete(d) {
  if (d === undefined)
    return undefined;
  if (!isObject(d))
    throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined");
  var out = {};
  if ('get' in d || 'set' in d) {
    out.get = d.get;
    out.set = d.set;
  } else {
    out.value = d.value;
    out.writable = !!d.writable;
  }
  out.enumerable = !!d.enumerable;
  out.configurable = !!d.configurable;
  return out;
}

// a proxy of a function: a function running the apply and construct traps
function functionProxy(target, handler) {
  var state = { target: target, handler: handler };
  var p = function () {
    var h = state.handler, args = Array.prototype.slice.call(arguments), f;
    if (this instanceof p) {
      if (h === null)
        throw new TypeError("Cannot perform 'construct' on a proxy that has been revoked");
      f = h.construct;
      if (f === undefined || f === null)
        return reflect.construct(state.target, args);
      var made = f.call(h, state.target, args, p);
      if (!isObject(made))
        throw new TypeError('proxy [[Construct]] must return an object');
      return made;
    }
    if (h === null)
      throw new TypeError("Cannot perform 'apply' on a proxy that has been revoked");
    f = h.apply;
    if (f === undefined || f === null)
      return state.target.apply(this, args);
    return f.call(h, state.target, this, args);
  };
  try {
    Object.defineProperty(p, 'name', { value: target.name, configurable: true });
    Object.defineProperty(p, 'length', { value: target.length, configurable: true });
  } catch (e) {}
  p.prototype = target.prototype;
  Object.setPrototypeOf(p, getProto(target));
  Object.defineProperty(p, '\x01proxyState', { value: state });
  return p;
}

function makeProxy(target, handler) {
  if (!isObject(target) || !isObject(handler))
    throw new TypeError('Cannot create proxy with a non-object as target or handler');
  if (typeof target === 'function')
    return functionProxy(target, handler);
  return binding.proxyNew(target, handler, getProto(target), Array.isArray(target));
}

binding.proxyInit(dispatch, makeProxy);
var Proxy = binding.proxyConstructor();
hide(Proxy, 'revocable', function revocable(target, handler) {
  var p = makeProxy(target, handler);
  return {
    proxy: p,
    revoke: function () {
      if (typeof p === 'function')
        p['\x01proxyState'].handler = p['\x01proxyState'].target = null;
      else
        binding.proxyRevoke(p);
    }
  };
});
binding.nonConstructors(Proxy);
exports.Proxy = Proxy;

// Intl: internal/es_intl.js, read when the global is first used
Object.defineProperty(exports, 'Intl', {
  enumerable: true,
  get: function () { return require('internal/es_intl'); }
});

// ---- Annex B: escape and unescape (globals defined lazily by bootstrap.js) ----
var ESCAPE_KEEP = /[A-Za-z0-9@*_+\-.\/]/;
function hex(n, width) {
  var h = n.toString(16).toUpperCase();
  while (h.length < width)
    h = '0' + h;
  return h;
}

function escape(string) {
  var s = ''.concat(string), out = '', c;	// ToString (a symbol throws)
  for (var i = 0; i < s.length; i++) {
    c = s.charCodeAt(i);
    if (c < 128 && ESCAPE_KEEP.test(s.charAt(i)))
      out += s.charAt(i);
    else if (c < 256)
      out += '%' + hex(c, 2);
    else
      out += '%u' + hex(c, 4);
  }
  return out;
}

function unescape(string) {
  var s = ''.concat(string), out = '', c;	// ToString (a symbol throws)
  for (var i = 0; i < s.length; i++) {
    c = s.charAt(i);
    if (c === '%') {
      if (s.charAt(i + 1) === 'u' && /^[0-9a-fA-F]{4}$/.test(s.substr(i + 2, 4))) {
        out += String.fromCharCode(parseInt(s.substr(i + 2, 4), 16));
        i += 5;
        continue;
      }
      if (/^[0-9a-fA-F]{2}$/.test(s.substr(i + 1, 2))) {
        out += String.fromCharCode(parseInt(s.substr(i + 1, 2), 16));
        i += 2;
        continue;
      }
    }
    out += c;
  }
  return out;
}
exports.escape = escape;
exports.unescape = unescape;
