// _http_server — http.Server and ServerResponse (Node 20's lib/_http_server.js
// behaviour): one parser per connection, requests handed to 'request' as they are
// parsed, responses written in order (pipelined requests wait for the response before
// them), keep-alive unless the request or the response says close (an idle connection
// is closed after keepAliveTimeout), 'clientError' or a 400 for input that is not HTTP,
// a client resetting mid-body ending its request with 'aborted' and never the server.
// server.close() also closes idle connections, as Node 19+ does.
'use strict';

var net = require('net');
var EventEmitter = require('events');
var errors = require('internal/errors');
var common = require('_http_common');
var outgoing = require('_http_outgoing');
var OutgoingMessage = outgoing.OutgoingMessage;
var IncomingMessage = require('_http_incoming').IncomingMessage;
var HTTPParser = common.HTTPParser;
var listened = outgoing._listened;

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function nodeError(Ctor, code, message) {
  return errors.withCodeInStack(errors.makeNodeError(Ctor, code, message));
}

var STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict',
  410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
  421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required'
};

// ---------------------------------------------------------------------------
// ServerResponse

function ServerResponse(req, options) {
  outgoing._init(this, options);	// OutgoingMessage.call(this, options), one call less
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = common.chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
inherits(ServerResponse, OutgoingMessage);
outgoing._defaults(ServerResponse.prototype, {
  sendDate: true,
  _sent100: false,
  _expect_continue: false,
  statusCode: 200,
  statusMessage: undefined,
  _keepAliveTimeout: 5000	// the server's default: a response owns another value
});

// OutgoingMessage's itself (Node's only adds DTrace probes): one call per response less
ServerResponse.prototype._finish = OutgoingMessage.prototype._finish;

// A response of a server's connection knows the connection's state (_httpState): what
// it keeps back counts against the connection's, and its finish runs the server's work
// (resOnFinish) ahead of the 'finish' listeners. One made by hand has none. (Not
// enumerable: for-in lists what Node's does.)
outgoing._defaults(ServerResponse.prototype, {
  _httpState: null,
  _onPendingData: function (delta) {
    var state = this._httpState;
    if (state !== null) updateOutgoingData(state.socket, state, delta);
  },
  _onFinished: function () {
    var state = this._httpState;
    if (state !== null) resOnFinish(this.req, this, state.socket, state, state.server);
  }
});

function onServerResponseClose() {
  var msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function (socket) {
  if (socket._httpMessage)
    throw nodeError(Error, 'ERR_HTTP_SOCKET_ASSIGNED',
      'ServerResponse has an already assigned socket');
  socket._httpMessage = this;
  // A connection of this server has one 'close' listener for all its responses
  // (connectionListener): one on()/removeListener() less per request.
  if (!socket._httpState) socket.on('close', onServerResponseClose);
  this.socket = socket;
  var events = this._events;	// listened(this, 'socket'), inline: once per response
  if (events === undefined || events.socket !== undefined || this.emit !== emitterEmit)
    this.emit('socket', socket);
  // _flush() has nothing to do for a response with nothing kept back, not corked and
  // not ended (every response that gets its socket at once)
  if (this.outputData.length !== 0 || this.finished || this._corked !== 0) this._flush();
};

ServerResponse.prototype.detachSocket = function (socket) {
  if (!socket._httpState) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function (cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function (cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

// Node's validateLinkHeaderValue: a Link value, or an array of them joined with ', '
var linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
function invalidLink(value) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'hints' must be " +
    'an array or string of format "</styles.css>; rel=preload; as=style". Received ' +
    errors.inspectValue(value));
}
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    if (!linkValueRegExp.test(hints)) throw invalidLink(hints);
    return hints;
  }
  if (Array.isArray(hints)) {
    for (var i = 0; i < hints.length; i++) {
      if (typeof hints[i] !== 'string' || !linkValueRegExp.test(hints[i]))
        throw invalidLink(hints[i]);
    }
    return hints.join(', ');
  }
  throw invalidLink(hints);
}

// 103 Early Hints: a Link field (required) and the other hints, before the response
ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  if (hints === null || typeof hints !== 'object')
    throw errors.withCodeInStack(errors.invalidArgType('hints', 'object', hints));
  if (hints.link === null || hints.link === undefined) return;
  var link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  var head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + link + '\r\n';
  var keys = Object.keys(hints);
  for (var i = 0; i < keys.length; i++) {
    if (keys[i] !== 'link') head += keys[i] + ': ' + hints[keys[i]] + '\r\n';
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function () {
  this.writeHead(this.statusCode);
};

// The status line of the last response ('HTTP/1.1 200 OK\r\n'), kept with the code and
// the message it was made of (STATUS_CODES can be changed).
var lastStatusCode = 0;
var lastStatusMessage = '';
var lastStatusLine = '';

ServerResponse.prototype.writeHead = function (statusCode, reason, obj) {
  if (this._header)
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT',
      'Cannot write headers after they are sent to the client');
  var originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999)
    throw nodeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE',
      'Invalid status code: ' + originalStatusCode);
  var standard = STATUS_CODES[statusCode];
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = standard || 'unknown';
    obj = reason;
  }
  if (this.statusCode !== statusCode) this.statusCode = statusCode;	// 200: the prototype's
  var headers;
  var k, i;
  if (this._headers) {
    if (obj) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (i = 0; i < obj.length; i++) this.appendHeader(obj[i][0], obj[i][1]);
        } else {
          if (obj.length % 2 !== 0)
            throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
              "The argument 'headers' is invalid. Received " + errors.inspectValue(obj));
          for (i = 0; i < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
        }
      } else {
        for (k in obj) if (Object.prototype.hasOwnProperty.call(obj, k) && k) this.setHeader(k, obj[k]);
      }
    }
    headers = this._headers;
  } else {
    headers = obj;
  }
  var statusLine, message = this.statusMessage;
  if (message !== standard) {
    if (common._checkInvalidHeaderChar(message))
      throw nodeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
    statusLine = 'HTTP/1.1 ' + statusCode + ' ' + message + '\r\n';
  } else if (statusCode === lastStatusCode && message === lastStatusMessage) {
    statusLine = lastStatusLine;
  } else {
    statusLine = 'HTTP/1.1 ' + statusCode + ' ' + message + '\r\n';
    lastStatusCode = statusCode;
    lastStatusMessage = message;
    lastStatusLine = statusLine;
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199))
    this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---------------------------------------------------------------------------
// Server

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.withCodeInStack(errors.invalidArgType('options', 'Object', options));
  }
  this.IncomingMessage = options.IncomingMessage || IncomingMessage;
  this.ServerResponse = options.ServerResponse || ServerResponse;
  this.maxHeaderSize = options.maxHeaderSize;
  this.requireHostHeader = options.requireHostHeader !== false;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = !!options.rejectNonStandardBodyWrites;
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay === undefined ? true : options.noDelay,
    keepAlive: options.keepAlive, keepAliveInitialDelay: options.keepAliveInitialDelay });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = options.headersTimeout !== undefined ? options.headersTimeout : 60000;
  this.requestTimeout = options.requestTimeout !== undefined ? options.requestTimeout : 300000;
  this.keepAliveTimeout = options.keepAliveTimeout !== undefined ? options.keepAliveTimeout : 5000;
  this.connectionsCheckingInterval = options.connectionsCheckingInterval || 30000;
  this._httpConnections = [];
  this._checkTimer = null;
  this.on('listening', setupConnectionsTracking);
}
inherits(Server, net.Server);

function setupConnectionsTracking() {
  var server = this;
  if (server._checkTimer) clearInterval(server._checkTimer);
  if (server.headersTimeout <= 0 && server.requestTimeout <= 0) return;
  server._checkTimer = setInterval(function () { checkConnections(server); },
    server.connectionsCheckingInterval);
  server._checkTimer.unref();
}

// Node's headersTimeout/requestTimeout: a connection that has not sent a whole head
// (or a whole request) in time gets a 408 and is closed.
function checkConnections(server) {
  var list = server._httpConnections.slice();
  for (var i = 0; i < list.length; i++) {
    var socket = list[i];
    var parser = socket.parser;
    if (!parser) continue;
    var age = parser.messageAge();
    if (age < 0) continue;
    var headersLate = server.headersTimeout > 0 && !parser.headersDone() &&
      age > server.headersTimeout;
    var requestLate = server.requestTimeout > 0 && age > server.requestTimeout;
    if (headersLate || requestLate) {
      if (!socket.destroyed && socket.writable && !socket._httpMessage)
        socket.write('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
      socket.destroy();
    }
  }
}

Server.prototype.setTimeout = function (msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.close = function () {
  this.closeIdleConnections();
  if (this._checkTimer) {
    clearInterval(this._checkTimer);
    this._checkTimer = null;
  }
  return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype.closeAllConnections = function () {
  var list = this._httpConnections.slice();
  for (var i = 0; i < list.length; i++) list[i].destroy();
};

Server.prototype.closeIdleConnections = function () {
  var list = this._httpConnections.slice();
  for (var i = 0; i < list.length; i++) {
    var st = list[i]._httpState;
    if (st && st.incoming.length === 0 && !list[i]._httpMessage) list[i].destroy();
  }
};

function connectionListener(socket) {
  var server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  var parser = HTTPParser(HTTPParser.REQUEST);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number' && server.maxHeadersCount > 0)
    parser.maxHeaderPairs = server.maxHeadersCount << 1;
  parser.joinDuplicateHeaders = server.joinDuplicateHeaders;

  var state = {
    outgoing: [],
    incoming: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    hwm: socket.writableHighWaterMark,	// fixed at the socket's construction
    resOptions: { highWaterMark: socket.writableHighWaterMark }
  };
  socket._httpState = state;
  server._httpConnections.push(socket);
  state.server = server;
  state.socket = socket;
  parser.onIncoming = parserOnIncoming;	// this: the parser (no closure per connection)
  state.onData = function (d) { socketOnData(server, socket, parser, state, d); };
  state.onEnd = function () { socketOnEnd(server, socket, parser, state); };
  state.onDrain = function () { socketOnDrain(socket, state); };
  // per connection, not per request: what each response's finish and pending output
  // call back
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', function () { socketOnClose(server, socket, parser, state); });
  socket.on('close', onServerResponseClose);
  socket.on('drain', state.onDrain);
  socket._onDirectDrain = state.onDrain;	// a response written around the Writable
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);
  socket._paused = false;
  // The parser reads the connection's bytes in C (Node's consume): no Buffer, 'data'
  // event or Readable per read; EOF and errors still come through the socket.
  if (socket._handle && typeof parser.consume === 'function') {
    parser.consume(socket._handle);
    parser._consumed = true;
    parser.onExecute = function (ret, d) {
      // the two calls only when there is something to do: a timer to refresh, an error
      // (an Error in place of a count) or an upgrade
      if (socket._timeoutTimer !== null) socket._unrefTimer();
      if (typeof ret !== 'number' || (parser.incoming && parser.incoming.upgrade))
        onParserExecuteCommon(server, socket, parser, state, ret, d);
    };
  }
}

function socketOnClose(server, socket, parser, state) {
  var i = server._httpConnections.indexOf(socket);
  if (i >= 0) server._httpConnections.splice(i, 1);
  socket._httpState = null;
  if (parser.socket) common.freeParser(parser, null, socket);
  abortIncoming(state.incoming);
}

function connResetException(msg) {
  var ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

function abortIncoming(incoming) {
  while (incoming.length) {
    var req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  var ret = parser.finish();
  if (ret instanceof Error) {
    common.prepareError(ret, parser);
    socketOnError.call(socket, ret);
    return;
  }
  if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  onParserExecuteCommon(server, socket, parser, state, parser.execute(d), d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret instanceof Error) {
    common.prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    var req = parser.incoming;
    var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' && req.headers.upgrade === undefined) return;
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('drain', state.onDrain);
    common.freeParser(parser, req, socket);
    var i = server._httpConnections.indexOf(socket);
    if (i >= 0) server._httpConnections.splice(i, 1);
    if (server.listenerCount(eventName) > 0) {
      var bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  }
}

var badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
var requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

function noop() {}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      var response = e.code === 'HPE_HEADER_OVERFLOW' ? requestHeaderFieldsTooLargeResponse
        : badRequestResponse;
      if (e.code && e.code.indexOf('HPE_') === 0) this.write(response);
    }
    this.destroy(e);
  }
}

function socketOnTimeout() {
  var req = this.parser && this.parser.incoming;
  var reqTimeout = req && !req.complete && req.emit('timeout', this);
  var res = this._httpMessage;
  var resTimeout = res && res.emit('timeout', this);
  var serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnDrain(socket, state) {
  var needPause = state.outgoingData > socket.writableHighWaterMark || socket._directQueued > 0;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.pause(false);
    socket.resume();
  }
  var msg = socket._httpMessage;
  if (msg && !msg.finished && msg._needDrain) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
}

function onSocketPause() {}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

// parser.onIncoming: a request's head is parsed (this: the connection's parser)
function parserOnIncoming(req, keepAlive) {
  var socket = this.socket;
  var state = socket._httpState;
  var server = state.server;
  // an upgrade (or CONNECT) someone listens for is handed over whole, without a response
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }
  if (state.keepAliveTimeoutSet) {
    // Node's resetSocketTimeout: the server's timeout again, in place of keep-alive's
    if (server.timeout) socket.setTimeout(server.timeout);
    else disarmKeepAlive(socket);
    state.keepAliveTimeoutSet = false;
  } else if (socket._timeoutTimer !== null) {
    socket._unrefTimer();	// the read that brought this head (a consumed socket's)
  }
  state.incoming.push(req);
  if (!socket._paused) {
    var ws = socket._writableState;
    if (socket._directQueued > 0 || state.outgoingData >= state.hwm ||
        ws.needDrain) {
      socket._paused = true;
      socket.pause();
    }
  }
  var res = new server.ServerResponse(req, state.resOptions);
  // what equals the prototype's default is left to it (one own property less each)
  if (res._keepAliveTimeout !== server.keepAliveTimeout)
    res._keepAliveTimeout = server.keepAliveTimeout;
  res._httpState = state;	// its connection's (_onPendingData, _onFinished)
  if (!keepAlive) {
    res.shouldKeepAlive = false;
    res._defaultKeepAlive = false;
  } else if (!res.shouldKeepAlive || !res._defaultKeepAlive) {
    res.shouldKeepAlive = true;
    res._defaultKeepAlive = true;
  }
  if (server.maxRequestsPerSocket > 0) {
    res._maxRequestsPerSocket = server.maxRequestsPerSocket;
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
  }
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  var http11 = req.httpVersionMajor === 1 && req.httpVersionMinor === 1;
  if (http11 && server.requireHostHeader && req.headers.host === undefined) {
    // RFC 7230 5.4, as Node: an HTTP/1.1 request without Host
    res.writeHead(400, ['Connection', 'close']);
    res.end();
  } else if (http11 && server.maxRequestsPerSocket > 0 &&
      state.requestsCount > server.maxRequestsPerSocket) {
    server.emit('dropRequest', req, socket);
    res.writeHead(503);
    res.end();
  } else if (http11 && req.headers.expect !== undefined) {
    if (common.continueExpression.test(req.headers.expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    emitRequest(server, req, res);
  }
  return 0;
}

// server.emit('request', req, res) for the common server: one listener, EventEmitter's
// emit and no captureRejections (which would watch the listener's promise). The listener
// is called as emit would call it, without emit's arguments object and scope.
var emitterEmit = EventEmitter.prototype.emit;
function emitRequest(server, req, res) {
  var events = server._events;
  var listener = events !== undefined ? events.request : undefined;
  if (typeof listener === 'function' && server.emit === emitterEmit &&
      !server['events.kCapture'])
    listener.call(server, req, res);
  else
    server.emit('request', req, res);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    var events = self._events;	// listened(self, 'close'), inline: once per response
    if (events === undefined || events.close !== undefined || self.emit !== emitterEmit)
      self.emit('close');
  }
  var req = self.req;	// req._lazyDone(), inline
  if (req && req._lazy === 3 /* LAZY_DUMPED */) req._lazy = 4;	/* LAZY_DONE */
}

function resOnFinish(req, res, socket, state, server) {
  var incoming = state.incoming;
  if (incoming.length === 1 && incoming[0] === req) {
    incoming.length = 0;	// no pipelining: no indexOf/splice
  } else {
    var i = incoming.indexOf(req);
    if (i >= 0) incoming.splice(i, 1);
  }
  if (!req._consuming && (req._lazy || !req._readableState.resumeScheduled)) {
    // _dumpLazy()'s common case inline: a complete request nobody read owes its resume()
    if (req._lazy === 2 /* LAZY_ENDED */ && !req._dumped) {
      req._dumped = true;
      req._lazy = 3;	/* LAZY_DUMPED */
    } else {
      req._dumpLazy();
    }
  }
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // longer than the Keep-Alive header says, as Node's (fewer ECONNRESET for a client
      // that reuses the connection right at the advertised end)
      armKeepAlive(socket, server.keepAliveTimeout + KEEP_ALIVE_TIMEOUT_BUFFER);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    var m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

// socket.setTimeout(0) before a request and socket.setTimeout(keepAliveTimeout) after
// its response, with what net's setTimeout does in the common case inline (unless the
// socket's setTimeout is another): the armed timer disarmed and kept as the spare, then
// the spare armed again with its duration, only its new start recorded (refreshLazy).
// A timer or spare exists only on a socket that is not destroyed (destroy clears both).
var netSetTimeout = net.Socket.prototype.setTimeout;
var KEEP_ALIVE_TIMEOUT_BUFFER = 1000;	// Node 20's HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER
var refreshLazy = require('internal/timers').refreshLazy;

function disarmKeepAlive(socket) {
  var timer = socket._timeoutTimer;
  if (timer !== null && socket.setTimeout === netSetTimeout) {
    socket.timeout = 0;
    timer._onTimeout = null;
    socket._timeoutTimer = null;
    socket._spareTimer = timer;
  } else {
    socket.setTimeout(0);
  }
}

function armKeepAlive(socket, msecs) {
  var timer = socket._spareTimer;
  if (timer && socket._timeoutTimer === null && timer._idleTimeout === msecs &&
      socket.setTimeout === netSetTimeout) {
    socket.timeout = msecs;
    socket._spareTimer = null;
    timer._onTimeout = timer._socketTimeout;
    refreshLazy(timer);
    socket._timeoutTimer = timer;
  } else {
    socket.setTimeout(msecs);
  }
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

module.exports = {
  STATUS_CODES: STATUS_CODES,
  Server: Server,
  ServerResponse: ServerResponse,
  createServer: createServer,
  _connectionListener: connectionListener
};
