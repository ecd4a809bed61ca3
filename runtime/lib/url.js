// url — Node 20's url module, in ES5: the WHATWG URL and URLSearchParams
// (internal/url), the file URL helpers, and the legacy API (url.parse, url.format,
// url.resolve, url.resolveObject, Url) with Node's lenient, quirky rules:
//   - parse() trims whitespace, turns backslashes before the query into slashes, takes
//     the protocol case-insensitively, splits auth at the last '@' before the host's
//     end, lower-cases and Punycode-encodes the hostname, moves what cannot be in a host
//     into the path (':' there warns DEP0170 once, as in Node), escapes the characters
//     Node escapes (space, quotes, <>, \, ^, `, {|}) and, with parseQueryString, parses
//     the query with querystring (null-prototype object);
//   - format() of an object writes auth with encodeURIComponent (':' kept), escapes '#'
//     and '?' in the pathname and '#' in the search, adds '//' for the slashed protocols;
//     of a WHATWG URL it honours { auth, fragment, search } (unicode: hosts are kept
//     as Punycode, see internal/url);
//   - resolve()/resolveObject() follow Node's algorithm, including the non-slashed
//     protocols (mailto:) whose first path part acts as the host.
// pathToFileURL/fileURLToPath are the POSIX ones (leakscope runs on Linux).
'use strict';

var errors = require('internal/errors');
var internal = require('internal/url');
var URL = internal.URL;
var querystring;

function qs() {
  if (querystring === undefined)
    querystring = require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

var protocolPattern = /^[a-z0-9.+-]+:/i;
var portPattern = /:[0-9]*$/;
var hostPattern = /^\/\/[^@\/]+@[^@\/]+/;
var simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var forbiddenHostChars = /[\0\t\n\r #%\/:<>?@\[\\\]^|]/;
var forbiddenHostCharsIpv6 = /[\0\t\n\r #%\/<>?@\\^|]/;
var hostnameMaxLen = 255;

function inSet(list) {
  var o = Object.create(null);
  for (var i = 0; i < list.length; i++)
    o[list[i]] = true;
  return function (k) { return typeof k === 'string' && o[k] === true; };
}
var unsafeProtocol = inSet(['javascript', 'javascript:']);
var hostlessProtocol = inSet(['javascript', 'javascript:']);
var slashedProtocol = inSet(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url)
    return url;
  var u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function isWs(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

var warnInvalidPort = true;

function isIpv6Hostname(h) {
  return h.charAt(0) === '[' && h.charAt(h.length - 1) === ']';
}

// Moves what follows an invalid hostname character into the path.
function getHostname(self, rest, hostname, url) {
  for (var i = 0; i < hostname.length; i++) {
    var code = hostname.charCodeAt(i);
    if (code === 0x2f || code === 0x5c || code === 0x23 || code === 0x3f || code === 0x3a) {
      if (warnInvalidPort && code === 0x3a) {
        warnInvalidPort = false;
        process.emitWarning('The URL ' + url + ' is invalid. Future versions of Node.js ' +
          'will throw an error.', 'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return '/' + hostname.slice(i) + rest;
    }
  }
  return rest;
}

var autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D'
};
var autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

function autoEscapeStr(rest) {
  return rest.replace(autoEscapeRe, function (ch) { return autoEscape[ch]; });
}

function toASCII(hostname) {
  if (!/[^\x00-\x7f]/.test(hostname))
    return hostname;
  var r = internal.domainToASCII(hostname);
  return r === null ? '' : r;
}

function invalidUrl(input) {
  var e = errors.makeNodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  e.input = input;
  return e;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string')
    throw errors.invalidArgType('url', 'string', url);

  // Trim, and turn backslashes before the first '?' or '#' into slashes.
  var hasHash = false, hasAt = false, start = -1, end = -1, rest = '', lastPos = 0;
  var i, code;
  for (var k = 0, inWs = false, split = false; k < url.length; k++) {
    code = url.charCodeAt(k);
    var ws = isWs(code);
    if (start === -1) {
      if (ws)
        continue;
      lastPos = start = k;
    } else if (inWs) {
      if (!ws) {
        end = -1;
        inWs = false;
      }
    } else if (ws) {
      end = k;
      inWs = true;
    }
    if (!split) {
      if (code === 0x40) {
        hasAt = true;
      } else if (code === 0x23) {
        hasHash = true;
        split = true;
      } else if (code === 0x3f) {
        split = true;
      } else if (code === 0x5c) {
        if (k - lastPos > 0)
          rest += url.slice(lastPos, k);
        rest += '/';
        lastPos = k + 1;
      }
    } else if (!hasHash && code === 0x23) {
      hasHash = true;
    }
  }
  if (start !== -1) {
    if (lastPos === start) {
      rest = end === -1 ? (start === 0 ? url : url.slice(start)) : url.slice(start, end);
    } else if (end === -1 && lastPos < url.length) {
      rest += url.slice(lastPos);
    } else if (end !== -1 && lastPos < end) {
      rest += url.slice(lastPos, end);
    }
  }

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    var simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) :
          this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }

  var proto = protocolPattern.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  var slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && hostlessProtocol(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol(lowerProto) &&
      (slashes || (proto && !slashedProtocol(proto)))) {
    // The host ends at the first '/', '?' or '#'; characters never allowed in a host
    // end it too unless an '@' follows them (they belong to the auth then).
    var hostEnd = -1, atSign = -1, nonHost = -1;
    for (i = 0; i < rest.length; i++) {
      switch (rest.charCodeAt(i)) {
      case 0x09: case 0x0a: case 0x0d: case 0x20: case 0x22: case 0x25: case 0x27:
      case 0x3b: case 0x3c: case 0x3e: case 0x5c: case 0x5e: case 0x60: case 0x7b:
      case 0x7c: case 0x7d:
        if (nonHost === -1)
          nonHost = i;
        break;
      case 0x23: case 0x2f: case 0x3f:
        if (nonHost === -1)
          nonHost = i;
        hostEnd = i;
        break;
      case 0x40:
        atSign = i;
        nonHost = -1;
        break;
      }
      if (hostEnd !== -1)
        break;
    }
    start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }

    this.parseHost();
    if (typeof this.hostname !== 'string')
      this.hostname = '';
    var hostname = this.hostname;
    var ipv6Hostname = isIpv6Hostname(hostname);
    if (!ipv6Hostname)
      rest = getHostname(this, rest, hostname, url);
    if (this.hostname.length > hostnameMaxLen)
      this.hostname = '';
    else
      this.hostname = this.hostname.toLowerCase();

    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (forbiddenHostCharsIpv6.test(this.hostname))
          throw invalidUrl(url);
      } else {
        this.hostname = toASCII(this.hostname);
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname))
          throw invalidUrl(url);
      }
    }

    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest.charAt(0) !== '/')
        rest = '/' + rest;
    }
  }

  if (!unsafeProtocol(lowerProto))
    rest = autoEscapeStr(rest);

  var questionIdx = -1, hashIdx = -1;
  for (i = 0; i < rest.length; i++) {
    code = rest.charCodeAt(i);
    if (code === 0x23) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (code === 0x3f && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    if (hashIdx === -1) {
      this.search = rest.slice(questionIdx);
      this.query = rest.slice(questionIdx + 1);
    } else {
      this.search = rest.slice(questionIdx, hashIdx);
      this.query = rest.slice(questionIdx + 1, hashIdx);
    }
    if (parseQueryString)
      this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }

  var useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  var firstIdx = useQuestionIdx ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0)
      this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol(lowerProto) && this.hostname && !this.pathname)
    this.pathname = '/';

  if (this.pathname || this.search)
    this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  var host = this.host;
  var port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':')
      this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host)
    this.hostname = host;
};

function encodeAuth(auth) {
  return encodeURIComponent(auth).replace(/%3A/g, ':');
}

Url.prototype.format = function format() {
  var auth = this.auth || '';
  if (auth)
    auth = encodeAuth(auth) + '@';
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = '';
  var query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') !== -1 && !isIpv6Hostname(this.hostname) ?
      '[' + this.hostname + ']' : this.hostname);
    if (this.port)
      host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object')
    query = qs().stringify(this.query);

  var search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a)
    protocol += ':';

  pathname = pathname.replace(/[#?]/g, function (ch) { return ch === '#' ? '%23' : '%3F'; });

  if (this.slashes || slashedProtocol(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f)
        pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23)
    hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 0x3f)
    search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw errors.invalidArgType('urlObject', ['Object', 'string'], urlObject);
  } else if (internal.isURL(urlObject)) {
    var fragment = true, search = true, auth = true;
    if (options !== undefined) {
      if (options === null || typeof options !== 'object')
        throw errors.invalidArgType('options', 'Object', options);
      if (options.fragment !== undefined && options.fragment !== null)
        fragment = Boolean(options.fragment);
      if (options.search !== undefined && options.search !== null)
        search = Boolean(options.search);
      if (options.auth !== undefined && options.auth !== null)
        auth = Boolean(options.auth);
    }
    var u = new URL(urlObject.href);
    if (!fragment)
      u.hash = '';
    if (!search)
      u.search = '';
    if (!auth) {
      u.username = '';
      u.password = '';
    }
    return u.href;
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source)
    return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function copyKeys(from, to, except) {
  var keys = Object.keys(from);
  for (var i = 0; i < keys.length; i++) {
    if (keys[i] !== except)
      to[keys[i]] = from[keys[i]];
  }
}

function setPath(result) {
  if (result.pathname || result.search)
    result.path = (result.pathname || '') + (result.search || '');
}

// Node's legacy resolution: the source's parts overridden by the relative's, with
// dot segments removed (an absolute result stops at the root).
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    var rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  var result = new Url();
  copyKeys(this, result);
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  if (relative.slashes && !relative.protocol) {
    copyKeys(relative, result, 'protocol');
    if (slashedProtocol(result.protocol) && result.hostname && !result.pathname)
      result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!slashedProtocol(relative.protocol)) {
      copyKeys(relative, result);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !hostlessProtocol(relative.protocol)) {
      var relPath0 = (relative.pathname || '').split('/');
      while (relPath0.length && !(relative.host = relPath0.shift()));
      if (!relative.host)
        relative.host = '';
      if (!relative.hostname)
        relative.hostname = '';
      if (relPath0[0] !== '')
        relPath0.unshift('');
      if (relPath0.length < 2)
        relPath0.unshift('');
      result.pathname = relPath0.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    setPath(result);
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  var isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  var mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  var removeAllDots = mustEndAbs;
  var srcPath = (result.pathname && result.pathname.split('/')) || [];
  var relPath = (relative.pathname && relative.pathname.split('/')) || [];
  var noLeadingSlashes = result.protocol && !slashedProtocol(result.protocol);
  var authInHost;

  // A non-slashed URL (mailto:) keeps its host as the first path part meanwhile.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '')
        srcPath[0] = result.host;
      else
        srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '')
          relPath[0] = relative.host;
        else
          relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host)
        result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname)
        result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null)
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  var last = srcPath.slice(-1)[0];
  var hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  var up = 0;
  for (var i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--)
      srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/'))
    srcPath.unshift('');

  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/')
    srcPath.push('');

  var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute)
    srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null)
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

// ---- file URLs (POSIX)

function fileURLToPath(path) {
  if (typeof path === 'string')
    path = new URL(path);
  else if (!internal.isURL(path))
    throw errors.invalidArgType('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:')
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME',
      'The URL must be of scheme file');
  if (path.hostname !== '')
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on linux');
  var pathname = path.pathname;
  for (var n = 0; n < pathname.length; n++) {
    if (pathname.charAt(n) === '%') {
      var third = pathname.charCodeAt(n + 2) | 0x20;
      if (pathname.charAt(n + 1) === '2' && third === 102)
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
          'File URL path must not include encoded / characters');
    }
  }
  var decoded = internal.decodeURIComponentStrict(pathname);
  if (decoded === null)
    throw new URIError('URI malformed');
  return decoded;
}

function pathToFileURL(filepath) {
  var path = require('path');
  var resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f &&
      resolved.charAt(resolved.length - 1) !== '/')
    resolved += '/';
  var out = new URL('file://');
  out.pathname = resolved.replace(/[%\\\n\r\t]/g, function (ch) {
    return { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09' }[ch];
  });
  return out;
}

function urlToHttpOptions(url) {
  var options = Object.create(null);
  copyKeys(url, options);
  var hostname = url.hostname;
  options.protocol = url.protocol;
  options.hostname = hostname.charAt(0) === '[' ? hostname.slice(1, -1) : hostname;
  options.hash = url.hash;
  options.search = url.search;
  options.pathname = url.pathname;
  options.path = (url.pathname || '') + (url.search || '');
  options.href = url.href;
  if (url.port !== '')
    options.port = Number(url.port);
  if (url.username || url.password)
    options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
  return options;
}

// ---- domains

function domainToASCII(domain) {
  if (arguments.length < 1)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "domain" argument must be specified');
  var r = internal.parseHost(String(domain), false);
  return r === null ? '' : r;
}

function domainToUnicode(domain) {
  if (arguments.length < 1)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "domain" argument must be specified');
  var ascii = domainToASCII(domain);
  if (ascii === '')
    return '';
  return ascii.split('.').map(function (label) {
    if (label.slice(0, 4) !== 'xn--')
      return label;
    var u = internal.punycodeDecode(label.slice(4));
    return u === null ? label : u;
  }).join('.');
}

exports.Url = Url;
exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = urlResolveObject;
exports.format = urlFormat;
exports.URL = URL;
exports.URLSearchParams = internal.URLSearchParams;
exports.domainToASCII = domainToASCII;
exports.domainToUnicode = domainToUnicode;
exports.pathToFileURL = pathToFileURL;
exports.fileURLToPath = fileURLToPath;
exports.urlToHttpOptions = urlToHttpOptions;
