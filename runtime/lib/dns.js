// dns — Node's dns.lookup on the system resolver (getaddrinfo on libuv's threadpool,
// binding.os.getaddrinfo), with Node 20's argument checks, result order ('verbatim':
// the resolver's), { all: true } lists, IP literals answered on the next tick, and
// errors as Node words them ("getaddrinfo ENOTFOUND host", errno, code, syscall,
// hostname). dns.promises.lookup, getServers and the error-code constants are there;
// the DNS protocol queries (resolve*, reverse, Resolver, setServers, lookupService)
// are not.
'use strict';

var errors = require('internal/errors');
var isIP = require('net').isIP;

var ADDRCONFIG = 1024;	// getaddrinfo's AI_* flags, as Node passes them
var V4MAPPED = 2048;
var ALL = 256;
var defaultOrder = 'verbatim';

function invalidValue(what, value, reason) {
  return errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    what + ' ' + reason + '. Received ' + errors.inspectValue(value));
}

// the flags Node accepts in hints, in glibc's values
var NODE_ADDRCONFIG = 32, NODE_V4MAPPED = 8, NODE_ALL = 16;

function dnsException(code, syscall, hostname) {
  var name = code === 'EAI_NONAME' || code === 'EAI_NODATA' ? 'ENOTFOUND' : code;
  var err = new Error(syscall + ' ' + name + (hostname ? ' ' + hostname : ''));
  err.errno = code === 'EAI_NONAME' ? -3008 : code === 'EAI_NODATA' ? -3007 : undefined;
  err.code = name;
  err.syscall = syscall;
  if (hostname)
    err.hostname = hostname;
  return err;
}

function GetAddrInfoReqWrap() {
}

var invalidHostnameWarned = false;

function lookup(hostname, options, callback) {
  var hints = 0, family = 0, all = false, order = defaultOrder;
  if (hostname && typeof hostname !== 'string')
    throw errors.invalidArgType('hostname', 'string', hostname);
  if (typeof options === 'function') {
    callback = options;
    family = 0;
  } else if (typeof options === 'number') {
    if (typeof callback !== 'function')
      throw errors.invalidArgType('callback', 'function', callback);
    if (options !== 0 && options !== 4 && options !== 6)
      throw invalidValue("The argument 'family'", options, 'must be one of: 0, 4, 6');
    family = options;
  } else if (options !== undefined && (options === null || typeof options !== 'object')) {
    if (typeof callback !== 'function')
      throw errors.invalidArgType('callback', 'function', arguments.length > 2 ? callback :
        options);
    throw errors.invalidArgType('options', ['integer', 'object'], options);
  } else {
    if (typeof callback !== 'function')
      throw errors.invalidArgType('callback', 'function', callback);
    if (options && options.hints != null) {
      hints = options.hints >>> 0;
      if ((hints & ~(NODE_ADDRCONFIG | NODE_ALL | NODE_V4MAPPED)) !== 0)
        throw invalidValue("The argument 'hints'", hints, 'is invalid');
    }
    if (options && options.family != null) {
      var f = options.family;
      if (f === 'IPv4') f = 4;
      else if (f === 'IPv6') f = 6;
      if (f !== 0 && f !== 4 && f !== 6)
        throw invalidValue("The property 'options.family'", options.family,
          'must be one of: 0, 4, 6');
      family = f;
    }
    if (options && options.all != null) {
      if (typeof options.all !== 'boolean')
        throw errors.invalidArgType('options.all', 'boolean', options.all);
      all = options.all;
    }
    if (options && options.verbatim != null) {
      if (typeof options.verbatim !== 'boolean')
        throw errors.invalidArgType('options.verbatim', 'boolean', options.verbatim);
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options && options.order != null) {
      if (['verbatim', 'ipv4first', 'ipv6first'].indexOf(options.order) < 0)
        throw invalidValue("The property 'options.order'", options.order,
          "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
      order = options.order;
    }
  }
  if (!hostname) {
    if (!invalidHostnameWarned) {	// once per process, as Node's
      invalidHostnameWarned = true;
      process.emitWarning('The provided hostname "' + String(hostname) + '" is not a ' +
        'valid hostname, and is supported in the dns module solely for compatibility.',
        'DeprecationWarning', 'DEP0118');
    }
    if (all)
      process.nextTick(callback, null, []);
    else
      process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  var matched = isIP(hostname);
  if (matched) {
    if (all)
      process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else
      process.nextTick(callback, null, hostname, matched);
    return {};
  }
  var flags = (hints & NODE_ADDRCONFIG ? ADDRCONFIG : 0) | (hints & NODE_V4MAPPED ? V4MAPPED : 0) |
    (hints & NODE_ALL ? ALL : 0);
  binding.os.getaddrinfo(hostname, family, flags, function (status, name, addresses, families) {
    if (status !== 0)
      return callback(dnsException(name, 'getaddrinfo', hostname));
    var list = [];
    for (var i = 0; i < addresses.length; i++) {
      var dup = false;
      for (var j = 0; j < list.length; j++)
        if (list[j].address === addresses[i] && list[j].family === families[i])
          dup = true;
      if (!dup)
        list.push({ address: addresses[i], family: families[i] });
    }
    if (order !== 'verbatim') {
      var first = order === 'ipv4first' ? 4 : 6;
      list = list.filter(function (a) { return a.family === first; })
        .concat(list.filter(function (a) { return a.family !== first; }));
    }
    if (list.length === 0)
      return callback(dnsException('EAI_NODATA', 'getaddrinfo', hostname));
    if (all)
      callback(null, list);
    else
      callback(null, list[0].address, list[0].family);
  });
  return new GetAddrInfoReqWrap();
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  if (['verbatim', 'ipv4first', 'ipv6first'].indexOf(order) < 0)
    throw invalidValue("The argument 'dnsOrder'", order,
      "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
  defaultOrder = order;
}

var codes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY',
  'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM',
  'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED',
  'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];

// getServers(): the resolver's name servers as c-ares reads them from
// /etc/resolv.conf ('nameserver ADDR' lines, in order; 127.0.0.1 when there are none)
function getServers() {
  var text = '';
  try {
    text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
  } catch (e) {
    // no resolv.conf: c-ares's default
  }
  var out = [];
  text.split('\n').forEach(function (line) {
    var m = /^\s*nameserver\s+([^\s#;]+)/.exec(line);
    if (m && isIP(m[1].replace(/%.*$/, '')) && out.indexOf(m[1]) < 0)
      out.push(m[1]);
  });
  return out.length ? out : ['127.0.0.1'];
}

// util.promisify(dns.lookup) resolves { address, family } (Node's customPromisifyArgs)
Object.defineProperty(lookup, require('util').promisify.customArgs, {
  value: ['address', 'family'], enumerable: false
});

exports.lookup = lookup;
exports.getServers = getServers;
exports.getDefaultResultOrder = getDefaultResultOrder;
exports.setDefaultResultOrder = setDefaultResultOrder;
exports.ADDRCONFIG = NODE_ADDRCONFIG;
exports.V4MAPPED = NODE_V4MAPPED;
exports.ALL = NODE_ALL;
codes.forEach(function (c) { exports[c] = 'E' + c; });
Object.defineProperty(exports, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () { return require('dns/promises'); }
});
