// _http_client — http.ClientRequest (Node 20's lib/_http_client.js behaviour): a
// request is an OutgoingMessage whose head ("GET /path HTTP/1.1", Host, the caller's
// headers, Connection) is written when the body starts or ends; its socket comes from
// the agent (a new connection or a kept-alive one) a tick later; the response is
// parsed into an IncomingMessage for 'response' (dumped when nobody listens). When both
// the request and the response are done, a keep-alive socket goes back to the agent
// ('free'); otherwise it is closed. Failures before a response are 'error' on the
// request ("socket hang up", ECONNRESET; connect errors as net gives them).
'use strict';

var net = require('net');
var url = require('url');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var common = require('_http_common');
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;
var agentModule = require('_http_agent');
var Agent = agentModule.Agent;
var HTTPParser = common.HTTPParser;

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function nodeError(Ctor, code, message) {
  return errors.withCodeInStack(errors.makeNodeError(Ctor, code, message));
}

function copyInto(dst, src) {
  if (src) for (var k in src) if (Object.prototype.hasOwnProperty.call(src, k)) dst[k] = src[k];
  return dst;
}

var INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

function connResetException(msg) {
  var ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

function urlToOptions(u) {
  var options = {
    protocol: u.protocol,
    hostname: typeof u.hostname === 'string' && u.hostname.charAt(0) === '['
      ? u.hostname.slice(1, -1) : u.hostname,
    hash: u.hash,
    search: u.search,
    pathname: u.pathname,
    path: (u.pathname || '') + (u.search || ''),
    href: u.href
  };
  if (u.port !== '') options.port = Number(u.port);
  if (u.username || u.password)
    options.auth = decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password);
  return options;
}

// Node's getTimerDuration: a non-negative finite number of milliseconds
function timerDuration(msecs, name) {
  if (typeof msecs !== 'number')
    throw errors.withCodeInStack(errors.invalidArgType(name, 'number', msecs));
  if (msecs < 0 || !isFinite(msecs))
    throw errors.outOfRange(name, 'a non-negative finite number', msecs);
  return msecs;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string')
    throw errors.withCodeInStack(errors.invalidArgType('options.' + name,
      ['string', 'undefined', 'null'], host));
  return host;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToOptions(new url.URL(input));
  } else if (input instanceof url.URL) {
    input = urlToOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = copyInto(copyInto({}, input), options);
  }

  var agent = options.agent;
  var defaultAgent = options._defaultAgent || agentModule.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.defaultPort = options.defaultPort || (agent && agent.defaultPort);
  } else if (typeof agent.addRequest !== 'function') {
    throw errors.withCodeInStack(errors.invalidArgType('options.agent',
      ['Agent-like Object', 'undefined', 'false'], agent));
  }
  this.agent = agent;

  var protocol = options.protocol || defaultAgent.protocol;
  var expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (protocol !== expectedProtocol)
    throw nodeError(TypeError, 'ERR_INVALID_PROTOCOL',
      'Protocol "' + protocol + '" not supported. Expected "' + expectedProtocol + '"');

  var defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  var port = options.port = options.port || defaultPort || 80;
  var host = options.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  var setHost = options.setHost === undefined || Boolean(options.setHost);

  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');

  var method = options.method;
  var methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString)
    throw errors.withCodeInStack(errors.invalidArgType('options.method', 'string', method));
  if (methodIsString && method) {
    if (!common._checkIsHttpToken(method))
      throw nodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
        'Method must be a valid HTTP token ["' + method + '"]');
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }
  if (options.path) {
    var path = String(options.path);
    if (INVALID_PATH_REGEX.test(path))
      throw nodeError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  }
  this.path = options.path || '/';
  this.maxHeadersCount = options.maxHeadersCount === undefined ? null : options.maxHeadersCount;
  this.host = host;
  this.protocol = protocol;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.reusedSocket = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this._ended = false;

  if (cb) this.once('response', cb);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  var headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      var keys = Object.keys(options.headers);
      for (var i = 0; i < keys.length; i++) this.setHeader(keys[i], options.headers[keys[i]]);
    }
    if (host && !this.getHeader('host') && setHost) {
      var hostHeader = host;
      if (hostHeader.indexOf(':') !== -1 && hostHeader.charAt(0) !== '[') hostHeader = '[' + hostHeader + ']';
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization'))
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    if (this.getHeader('expect'))
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._headers);
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }

  var optsWithoutSignal = copyInto({}, options);
  delete optsWithoutSignal.signal;
  if (this.agent) {
    if (!this.agent.keepAlive && !isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
    this.agent.addRequest(this, optsWithoutSignal);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    var self = this;
    var oncreate = function (err, socket) {
      if (err) process.nextTick(function () { self.emit('error', err); });
      else self.onSocket(socket);
    };
    if (typeof options.createConnection === 'function') {
      var s = options.createConnection(optsWithoutSignal, oncreate);
      if (s) oncreate(null, s);
    } else {
      this.onSocket(net.createConnection(optsWithoutSignal));
    }
  }
  if (options.signal) {
    var req = this;
    var signal = options.signal;
    var onAbort = function () { req.destroy(abortError(signal)); };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort);
      this.once('close', function () { signal.removeEventListener('abort', onAbort); });
    }
  }
}
inherits(ClientRequest, OutgoingMessage);

function abortError(signal) {
  var e = new Error('The operation was aborted');
  e.code = 'ABORT_ERR';
  e.name = 'AbortError';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}

Object.defineProperty(ClientRequest.prototype, 'path', {
  configurable: true, enumerable: true, writable: true, value: '/'
});

ClientRequest.prototype._finish = function () {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function () {
  if (this._header)
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT',
      'Cannot render headers after they are sent to the client');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._headers);
};

ClientRequest.prototype.abort = function () {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(emitAbortNT, this);
  this.destroy();
};

function emitAbortNT(req) { req.emit('abort'); }

ClientRequest.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this._destroyError = err;
  if (this.socket) this.socket.destroy(err);
  return this;
};

function emitErrorEvent(request, error) {
  request.emit('error', error);
}

function socketCloseListener() {
  var socket = this;
  var req = socket._httpMessage;
  var parser = socket.parser;
  var res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      emitErrorEvent(req, connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    common.freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  var socket = this;
  var req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    emitErrorEvent(req, err);
  }
  var parser = socket.parser;
  if (parser) {
    parser.finish();
    common.freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    emitErrorEvent(req, connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    common.freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnData(d) {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;
  if (!parser) return;
  var ret = parser.execute(d);
  if (ret instanceof Error) {
    common.prepareError(ret, parser, d);
    common.freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    emitErrorEvent(req, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // an upgrade (101) or the answer to CONNECT: the socket goes to the listener of
    // 'upgrade'/'connect' with the bytes after the head, detached from the request
    var res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    parser.finish();
    common.freeParser(parser, req, socket);
    var bodyHead = d.slice(ret, d.length);
    var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  }
}

function parserOnIncomingClient(res, shouldKeepAlive) {
  var socket = this.socket;
  var req = socket._httpMessage;
  if (req.res) {
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.upgrade) return 2;	// skip the body: an upgrade
  if (req.method === 'CONNECT') {	// the answer to CONNECT is handled as an upgrade
    res.upgrade = true;
    return 2;
  }
  if (res.statusCode >= 100 && res.statusCode < 200 && res.statusCode !== 101) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders
    });
    return 1;
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect)
    req.shouldKeepAlive = false;
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (req.method === 'HEAD') return 1;
  return 0;
}

function responseOnTimeout() {
  var req = this._httpMessage;
  if (!req) return;
  var res = req.res;
  if (!res) return;
  res.emit('timeout');
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

function responseKeepAlive(req) {
  var socket = req.socket;
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('timeout', responseOnTimeout);
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  socket.removeListener('drain', ondrain);
  var parser = socket.parser;
  if (parser) common.freeParser(parser, req, socket);
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

function responseOnEnd() {
  var req = this.req;
  var socket = req.socket;
  if (socket && req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  var req = this;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

function emitRequestTimeout() {
  var req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', emitRequestTimeout);
  } else {
    req.on('socket', function (socket) { socket.once('timeout', emitRequestTimeout); });
  }
}

function ondrain() {
  var msg = this._httpMessage;
  if (msg && !msg.finished && msg._needDrain) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

function tickOnSocket(req, socket) {
  var parser = HTTPParser(HTTPParser.RESPONSE);
  req.socket = socket;
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number' && req.maxHeadersCount > 0)
    parser.maxHeaderPairs = req.maxHeadersCount << 1;
  parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined ||
      (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

ClientRequest.prototype.onSocket = function (socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    var destroy = function (e) {
      if (!req.aborted && !e) e = connResetException('socket hang up');
      if (e) emitErrorEvent(req, e);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        socket.destroy(err || req._destroyError);
        socket.once('close', function () { destroy(err || req._destroyError); });
        return;
      }
    }
    destroy(err || req._destroyError);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

ClientRequest.prototype._deferToConnect = function (method, args) {
  var self = this;
  var call = function () {
    if (method) self.socket[method].apply(self.socket, args);
  };
  var onSocket = function () {
    if (self.socket.writable) call();
    else self.socket.once('connect', call);
  };
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setTimeout = function (msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  if (callback) this.once('timeout', callback);
  var setSocketTimeout = function (sock) {
    if (sock.connecting) sock.once('connect', function () { sock.setTimeout(msecs); });
    else sock.setTimeout(msecs);
  };
  if (this.socket) setSocketTimeout(this.socket);
  else this.once('socket', setSocketTimeout);
  return this;
};

ClientRequest.prototype.setNoDelay = function (noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function (enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function (cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest: ClientRequest };
