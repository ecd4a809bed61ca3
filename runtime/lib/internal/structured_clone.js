// internal/structured_clone — V8's serializer as Node 20 shows it, for structuredClone(),
// worker.postMessage() and MessagePort.postMessage():
//   - primitives are kept as they are (NaN, ±Infinity, -0, undefined and BigInts too); Boolean/
//     Number/String objects stay boxed;
//   - plain objects and class instances become plain objects of their own enumerable
//     string keys (getters are read); arrays keep their length, holes and extra keys;
//   - Date, RegExp (source and flags), Map, Set, ArrayBuffer are copied; a Buffer or
//     Uint8Array becomes a Uint8Array over new bytes;
//   - errors keep their name when it is a standard one (else 'Error'), message, stack
//     and cause; nothing else;
//   - an object reached twice is cloned once, so cycles survive;
//   - a function or a symbol (anywhere) throws a DataCloneError DOMException:
//     "<source> could not be cloned.".
//
// serialize(value, transfer) gives { json, blobs, ports }: JSON text of a tree of
// tagged nodes, the bytes of every Buffer/ArrayBuffer met (copies) and the handles of
// the MessagePorts in `transfer` (a port object has _lsTransfer(): its handle, detaching
// it). The text and bytes cross threads through C (runtime/message_port.c); nothing of
// one js_State is shared. deserialize(json, blobs, ports) rebuilds the value in the
// receiving runtime. Nodes: a string, boolean, number or null is itself; otherwise an
// array whose first element is a tag. Objects are numbered in the order they are first
// met (the deserializer creates them in the same order), and ['r', n] is a reference
// to object n.
// Not supported: transferring an ArrayBuffer (it is copied, not detached); views
// sharing one ArrayBuffer stay separate copies.
'use strict';

var errors = require('internal/errors');
var B = binding.buffer;
var objToString = Object.prototype.toString;
var errorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError'];

function cloneError(msg) {
  var DOMException = require('internal/domexception');
  return new DOMException(msg, 'DataCloneError');
}

function isMap(v) {
  return typeof Map === 'function' && v instanceof Map;
}

function isSet(v) {
  return typeof Set === 'function' && v instanceof Set;
}

function serialize(value, transfer) {
  var memo = null;		// source object -> its number
  var count = 0;
  var blobs = [];
  var ports = [];
  var portObjs = [];
  var i;
  transfer = transfer || [];
  for (i = 0; i < transfer.length; i++) {
    var t = transfer[i];
    if (t === null || (typeof t !== 'object' && typeof t !== 'function'))
      throw cloneError('Value not transferable');
  }
  var tree = enc(value);
  // detach the transferred ports only once the whole value serialized
  for (i = 0; i < transfer.length; i++) {
    if (transfer[i] && typeof transfer[i]._lsTransfer === 'function') {
      if (portObjs.indexOf(transfer[i]) < 0)
        portObjs.push(transfer[i]);
    }
  }
  for (i = 0; i < portObjs.length; i++)
    ports.push(portObjs[i]._lsTransfer());
  return { json: JSON.stringify(tree), blobs: blobs, ports: ports };

  function pairs(obj, keys) {
    var out = [];
    for (var k = 0; k < keys.length; k++)
      out.push(keys[k], enc(obj[keys[k]]));
    return out;
  }

  function enc(v) {
    switch (typeof v) {
    case 'undefined':
      return ['u'];
    case 'number':
      if (v !== v)
        return ['n', 'NaN'];
      if (v === Infinity || v === -Infinity)
        return ['n', v > 0 ? 'Infinity' : '-Infinity'];
      if (v === 0 && 1 / v < 0)
        return ['n', '-0'];
      return v;
    case 'string':
    case 'boolean':
      return v;
    case 'bigint':
      return ['g', String(v)];
    case 'function':
      throw cloneError(String(v) + ' could not be cloned.');
    case 'symbol':
      throw cloneError(v.toString() + ' could not be cloned.');
    }
    if (v === null)
      return null;
    if (memo === null)
      memo = new Map();
    else if (memo.has(v))
      return ['r', memo.get(v)];
    memo.set(v, count++);
    if (typeof v._lsTransfer === 'function') {
      var at = portObjs.indexOf(v);
      if (transfer.indexOf(v) < 0)
        throw cloneError('Object that needs transfer was found in message but not ' +
          'listed in transferList');
      if (at < 0) {
        at = portObjs.length;
        portObjs.push(v);
      }
      return ['p', at];
    }
    var kind = B.kind(v);
    if (kind === 1 || kind === 2) {
      blobs.push(v);
      return ['b', blobs.length - 1, kind];
    }
    if (kind === 3) {	// another typed array: its bytes, and its type's name
      blobs.push(B.viewOf(v, 0, v.byteLength, require('buffer').Uint8Array.prototype));
      return ['b', blobs.length - 1, kind, require('internal/typed_array').typeName(v)];
    }
    // a weak reference is not data (mujs patch 0100): V8's DataCloneError
    if (v instanceof WeakRef || v instanceof FinalizationRegistry)
      throw cloneError('#<' + objToString.call(v).slice(8, -1) + '> could not be cloned.');
    switch (objToString.call(v)) {
    case '[object Date]':
      return ['D', v.getTime()];
    case '[object RegExp]':
      return ['R', v.source, (v.global ? 'g' : '') + (v.ignoreCase ? 'i' : '') +
        (v.multiline ? 'm' : '')];
    case '[object Boolean]':
      return ['B', v.valueOf()];
    case '[object Number]':
      return ['N', enc(v.valueOf())];
    case '[object String]':
      return ['S', v.valueOf()];
    case '[object Array]':
      return ['A', v.length, pairs(v, Object.keys(v))];
    }
    if (isMap(v)) {
      var mp = [];
      v.forEach(function (val, key) { mp.push(enc(key), enc(val)); });
      return ['M', mp];
    }
    if (isSet(v)) {
      var st = [];
      v.forEach(function (val) { st.push(enc(val)); });
      return ['T', st];
    }
    // errors, and Error subclass instances mujs does not tag as errors (DOMException,
    // errors this runtime deserialized)
    if (objToString.call(v) === '[object Error]' || v instanceof Error) {
      var name = errorNames.indexOf(v.name) >= 0 ? v.name : 'Error';
      var msg = v.message !== undefined && v.message !== '' ? String(v.message) : null;
      var stack = typeof v.stack === 'string' ? v.stack : null;
      var hasCause = 'cause' in v;
      return ['e', name, msg, stack, hasCause ? 1 : 0, hasCause ? enc(v.cause) : null];
    }
    return ['o', pairs(v, Object.keys(v))];
  }
}

function hide(obj, key, val) {
  Object.defineProperty(obj, key, {
    value: val, writable: true, enumerable: false, configurable: true
  });
}

// A worker's uncaught exception for its parent's 'error' event, as Node's
// internal/error_serdes: an error whose prototype chain has a standard error
// constructor crosses as that constructor's name plus every non-function property
// found along the chain (the instance's last: a subclass's name, custom fields, stack),
// and comes back as an object of that standard prototype with those properties;
// anything else is structured-cloned, or, when it cannot be, sent as its inspect text.
function errorProperties(err) {
  var chain = [];
  for (var o = err; o !== null && o !== undefined; o = Object.getPrototypeOf(o))
    chain.unshift(o);
  var props = {};
  for (var i = 0; i < chain.length; i++) {
    var keys = Object.getOwnPropertyNames(chain[i]);
    for (var j = 0; j < keys.length; j++) {
      var key = keys[j], d;
      if (key === '__proto__')
        continue;
      try {
        d = Object.getOwnPropertyDescriptor(chain[i], key);
        if (d.get)
          d = { value: d.get.call(err), enumerable: d.enumerable };
      } catch (e) {
        continue;
      }
      if ('value' in d && typeof d.value !== 'function')
        props[key] = [d.value, d.enumerable ? 1 : 0];
    }
  }
  return props;
}

function serializeError(er) {
  if (er !== null && typeof er === 'object' &&
      (objToString.call(er) === '[object Error]' || er instanceof Error)) {
    for (var o = er; o !== null; o = Object.getPrototypeOf(o)) {
      var d = Object.getOwnPropertyDescriptor(o, 'constructor');
      var name = d && typeof d.value === 'function' ? d.value.name : undefined;
      if (errorNames.indexOf(name) >= 0) {
        try {
          return serialize({ k: 'error', ctor: name, props: errorProperties(er) }, null);
        } catch (e) {
          break;
        }
      }
    }
  }
  try {
    return serialize({ k: 'value', value: er }, null);
  } catch (e) {
    return serialize({ k: 'text', text: require('internal/inspect').inspect(er) }, null);
  }
}

function deserializeError(json, blobs) {
  var v = deserialize(json, blobs, []);
  if (v.k === 'value')
    return v.value;
  if (v.k === 'text')
    return v.text;
  var o = Object.create((v.ctor === 'Error' ? Error : global[v.ctor]).prototype);
  for (var key in v.props) {
    Object.defineProperty(o, key, { value: v.props[key][0], writable: true,
      enumerable: v.props[key][1] === 1, configurable: true });
  }
  return o;
}

// ports: what to put where a port was (MessagePort objects of this runtime)
function deserialize(json, blobs, ports) {
  var objs = [];
  var U8;
  return dec(JSON.parse(json));

  function keep(o) {
    objs.push(o);
    return o;
  }

  function fill(obj, list) {
    for (var k = 0; k < list.length; k += 2)
      obj[list[k]] = dec(list[k + 1]);
    return obj;
  }

  function dec(n) {
    if (n === null || typeof n !== 'object')
      return n;
    var o, k, list;
    switch (n[0]) {
    case 'u':
      return undefined;
    case 'g':
      return BigInt(n[1]);
    case 'n':
      return n[1] === 'NaN' ? NaN : n[1] === 'Infinity' ? Infinity :
        n[1] === '-Infinity' ? -Infinity : -0;
    case 'r':
      return objs[n[1]];
    case 'p':
      return keep(ports[n[1]]);
    case 'b':
      var bytes = blobs[n[1]];
      if (n[2] === 2) {
        if (B.kind(bytes) === 2)	// structuredClone: the source itself
          return keep(bytes.slice(0));
        o = new ArrayBuffer(bytes.length);
        require('buffer').Buffer.from(o).set(bytes);
        return keep(o);
      }
      U8 = U8 || require('buffer').Uint8Array;
      if (n[2] === 3)
        return keep(new (require('internal/typed_array')[n[3]])(
          B.concat([bytes], bytes.byteLength, U8.prototype).buffer));
      return keep(B.concat([bytes], bytes.byteLength, U8.prototype));
    case 'D':
      return keep(new Date(n[1]));
    case 'R':
      return keep(new RegExp(n[1], n[2]));
    case 'B':
      return keep(new Boolean(n[1]));	// eslint-disable-line no-new-wrappers
    case 'N':
      return keep(new Number(dec(n[1])));	// eslint-disable-line no-new-wrappers
    case 'S':
      return keep(new String(n[1]));	// eslint-disable-line no-new-wrappers
    case 'e':
      var Ctor = n[1] === 'Error' ? Error : global[n[1]];
      o = keep(Object.create(Ctor.prototype));
      if (n[2] !== null)
        hide(o, 'message', n[2]);
      if (n[3] !== null)
        hide(o, 'stack', n[3]);
      if (n[4])
        hide(o, 'cause', dec(n[5]));
      return o;
    case 'A':
      return fill(keep(new Array(n[1])), n[2]);
    case 'M':
      o = keep(new Map());
      list = n[1];
      for (k = 0; k < list.length; k += 2)
        o.set(dec(list[k]), dec(list[k + 1]));
      return o;
    case 'T':
      o = keep(new Set());
      list = n[1];
      for (k = 0; k < list.length; k++)
        o.add(dec(list[k]));
      return o;
    case 'o':
      return fill(keep({}), n[1]);
    }
    throw new Error('structured clone: corrupt message');
  }
}

function structuredClone(value, options) {
  if (arguments.length === 0)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw errors.invalidArgType('options', 'Object', options);
  var s = serialize(value, null);
  return deserialize(s.json, s.blobs, []);
}

exports.structuredClone = structuredClone;
exports.serialize = serialize;
exports.deserialize = deserialize;
exports.serializeError = serializeError;
exports.deserializeError = deserializeError;
