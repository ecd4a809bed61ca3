// blocklist.js — net.SocketAddress and net.BlockList, as Node 20 (which keeps both in
// C++: SocketAddress wraps a sockaddr, BlockList a list of rules over them).
//
// An address is kept as its 16 bytes in IPv6 form (an IPv4 one as ::ffff:a.b.c.d), so
// an IPv4 rule matches the IPv4-mapped IPv6 address and the other way round, as Node's
// rules do; its text is what inet_ntop would print (libuv's uv_inet_ntop: lower-case
// hex, the longest run of two or more zero groups as ::, an embedded IPv4 address in
// dotted form for ::ffff:0:0/96 and the compatible ::a.b.c.d). Rules are checked and
// listed newest first, as Node's.
'use strict';

var errors = require('internal/errors');
var net = require('net');

var kInspect = 'nodejs.util.inspect.custom';

function hide(obj, key, val) {
  Object.defineProperty(obj, key, {
    value: val, writable: true, enumerable: false, configurable: true
  });
}

function validateString(v, name) {
  if (typeof v !== 'string')
    throw errors.withCodeInStack(errors.invalidArgType(name, 'string', v));
}

// 'a.b.c.d' → [a, b, c, d], or null
function parse4(s) {
  var parts = s.split('.');
  if (parts.length !== 4)
    return null;
  var out = [];
  for (var i = 0; i < 4; i++) {
    if (!/^\d{1,3}$/.test(parts[i]) || +parts[i] > 255)
      return null;
    out.push(+parts[i]);
  }
  return out;
}

// IPv6 text → 16 bytes, or null (no zone ids: inet_pton takes none)
function parse6(s) {
  if (!/^[0-9a-fA-F:.]+$/.test(s))
    return null;
  var halves = s.split('::');
  if (halves.length > 2)
    return null;
  function groups(part) {
    if (part === '')
      return [];
    var g = part.split(':'), out = [];
    for (var i = 0; i < g.length; i++) {
      if (i === g.length - 1 && g[i].indexOf('.') >= 0) {
        var v4 = parse4(g[i]);
        if (!v4)
          return null;
        out.push(v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g[i])) {
        out.push(parseInt(g[i], 16));
      } else {
        return null;
      }
    }
    return out;
  }
  var head = groups(halves[0]);
  var tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail)
    return null;
  var n = head.length + tail.length;
  if (halves.length === 2 ? n > 7 : n !== 8)
    return null;
  var words = head.concat(new Array(8 - n + 1).join('0').split('').map(Number), tail);
  var bytes = [];
  for (var i = 0; i < 8; i++)
    bytes.push(words[i] >> 8, words[i] & 255);
  return bytes;
}

function bytesOf4(v4) {
  return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255].concat(v4);
}

function format6(b) {
  var w = [], i;
  for (i = 0; i < 8; i++)
    w.push(b[2 * i] << 8 | b[2 * i + 1]);
  var best = { base: -1, len: 0 }, cur = { base: -1, len: 0 };
  for (i = 0; i < 8; i++) {
    if (w[i] === 0) {
      if (cur.base === -1)
        cur = { base: i, len: 1 };
      else
        cur.len++;
    } else if (cur.base !== -1) {
      if (best.base === -1 || cur.len > best.len)
        best = cur;
      cur = { base: -1, len: 0 };
    }
  }
  if (cur.base !== -1 && (best.base === -1 || cur.len > best.len))
    best = cur;
  if (best.base !== -1 && best.len < 2)
    best = { base: -1, len: 0 };
  var out = '';
  for (i = 0; i < 8; i++) {
    if (best.base !== -1 && i >= best.base && i < best.base + best.len) {
      if (i === best.base)
        out += ':';
      continue;
    }
    if (i !== 0)
      out += ':';
    if (i === 6 && best.base === 0 && (best.len === 6 ||
        (best.len === 7 && w[7] !== 1) || (best.len === 5 && w[5] === 0xffff))) {
      out += b[12] + '.' + b[13] + '.' + b[14] + '.' + b[15];
      break;
    }
    out += w[i].toString(16);
  }
  if (best.base !== -1 && best.base + best.len === 8)
    out += ':';
  return out;
}

function compare(a, b) {
  for (var i = 0; i < 16; i++) {
    if (a[i] !== b[i])
      return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// ---- SocketAddress

function SocketAddress(options) {
  if (!(this instanceof SocketAddress))
    throw new TypeError("Class constructor SocketAddress cannot be invoked without 'new'");
  if (options === undefined)
    options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw errors.withCodeInStack(errors.invalidArgType('options', 'object', options));
  var family = options.family === undefined ? 'ipv4' : options.family;
  if (family !== null && family !== undefined && typeof family.toLowerCase === 'function')
    family = family.toLowerCase();
  if (family !== 'ipv4' && family !== 'ipv6')
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'options.family' is invalid. Received " +
      errors.inspectValue(options.family));
  var address = options.address === undefined ?
    (family === 'ipv4' ? '127.0.0.1' : '::') : options.address;
  var port = options.port === undefined ? 0 : options.port;
  var flowlabel = options.flowlabel === undefined ? 0 : options.flowlabel;
  validateString(address, 'options.address');
  port = net._validatePort(port, 'options.port');
  if (typeof flowlabel !== 'number')
    throw errors.withCodeInStack(errors.invalidArgType('options.flowlabel', 'number',
      flowlabel));
  if (flowlabel !== Math.floor(flowlabel) || flowlabel < 0 || flowlabel > 4294967295)
    throw errors.outOfRange('options.flowlabel',
      flowlabel === Math.floor(flowlabel) ? '>= 0 && <= 4294967295' : 'an integer',
      flowlabel);
  var bytes;
  if (family === 'ipv4') {
    var v4 = parse4(address);
    bytes = v4 && bytesOf4(v4);
  } else {
    bytes = parse6(address);
  }
  if (!bytes) {
    var err = new Error('Invalid socket address');
    err.code = 'ERR_INVALID_ADDRESS';
    throw err;
  }
  hide(this, '_bytes', bytes);
  hide(this, '_family', family);
  hide(this, '_address', family === 'ipv4' ? bytes.slice(12).join('.') : format6(bytes));
  hide(this, '_port', port);
  hide(this, '_flowlabel', family === 'ipv6' ? flowlabel : 0);
}

SocketAddress.isSocketAddress = function isSocketAddress(value) {
  return value instanceof SocketAddress;
};

['address', 'port', 'family', 'flowlabel'].forEach(function (k) {
  Object.defineProperty(SocketAddress.prototype, k, {
    get: function () { return this['_' + k]; }, enumerable: false, configurable: true
  });
});

SocketAddress.prototype.toJSON = function toJSON() {
  return { address: this.address, port: this.port, family: this.family,
    flowlabel: this.flowlabel };
};

hide(SocketAddress.prototype, kInspect, function (depth, options, inspect) {
  if (depth < 0)
    return this;
  var opts = Object.assign({}, options, {
    depth: options.depth == null ? null : options.depth - 1	// eslint-disable-line eqeqeq
  });
  return 'SocketAddress ' + inspect(this.toJSON(), opts);
});

// ---- BlockList

function toAddress(value, family, name) {
  if (value instanceof SocketAddress)
    return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family: family });
}

function label(a) {
  return (a.family === 'ipv4' ? 'IPv4 ' : 'IPv6 ') + a.address;
}

function BlockList() {
  if (!(this instanceof BlockList))
    throw new TypeError("Class constructor BlockList cannot be invoked without 'new'");
  hide(this, '_rules', []);
}

BlockList.prototype.addAddress = function addAddress(address, family) {
  var a = toAddress(address, family === undefined ? 'ipv4' : family, 'address');
  this._rules.unshift({ text: 'Address: ' + label(a), match: function (b) {
    return compare(a._bytes, b) === 0;
  } });
};

BlockList.prototype.addRange = function addRange(start, end, family) {
  if (family === undefined)
    family = 'ipv4';
  var s = toAddress(start, family, 'start');
  var e = toAddress(end, family, 'end');
  if (compare(s._bytes, e._bytes) > 0)
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'start' must come before end. Received " +
      require('internal/inspect').inspect(s));
  this._rules.unshift({ text: 'Range: ' + label(s) + '-' + e.address, match: function (b) {
    return compare(s._bytes, b) <= 0 && compare(b, e._bytes) <= 0;
  } });
};

BlockList.prototype.addSubnet = function addSubnet(network, prefix, family) {
  var n = toAddress(network, family === undefined ? 'ipv4' : family, 'network');
  var max = n.family === 'ipv4' ? 32 : 128;
  if (typeof prefix !== 'number')
    throw errors.withCodeInStack(errors.invalidArgType('prefix', 'number', prefix));
  if (prefix !== Math.floor(prefix))
    throw errors.outOfRange('prefix', 'an integer', prefix);
  if (prefix < 0 || prefix > max)
    throw errors.outOfRange('prefix', '>= 0 && <= ' + max, prefix);
  var bits = n.family === 'ipv4' ? prefix + 96 : prefix;
  this._rules.unshift({ text: 'Subnet: ' + label(n) + '/' + prefix, match: function (b) {
    for (var i = 0; i < 16; i++) {
      var take = Math.min(8, Math.max(0, bits - 8 * i));
      if (take === 0)
        return true;
      var mask = (0xff << (8 - take)) & 0xff;
      if ((n._bytes[i] & mask) !== (b[i] & mask))
        return false;
    }
    return true;
  } });
};

BlockList.prototype.check = function check(address, family) {
  var a;
  if (address instanceof SocketAddress) {
    a = address;
  } else {
    validateString(address, 'address');
    if (family === undefined)
      family = 'ipv4';
    validateString(family, 'family');
    try {
      a = new SocketAddress({ address: address, family: family });
    } catch (e) {
      return false;	// not a valid address: Node answers false
    }
  }
  for (var i = 0; i < this._rules.length; i++) {
    if (this._rules[i].match(a._bytes))
      return true;
  }
  return false;
};

Object.defineProperty(BlockList.prototype, 'rules', {
  get: function () {
    return this._rules.map(function (r) { return r.text; });
  }, enumerable: false, configurable: true
});

hide(BlockList.prototype, kInspect, function (depth, options, inspect) {
  if (depth < 0)
    return this;
  var opts = Object.assign({}, options, {
    depth: options.depth == null ? null : options.depth - 1	// eslint-disable-line eqeqeq
  });
  return 'BlockList ' + inspect({ rules: this.rules }, opts);
});

exports.SocketAddress = SocketAddress;
exports.BlockList = BlockList;
