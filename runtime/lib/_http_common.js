// _http_common — what the http server and client share: the parser glue between
// binding.http (runtime/http_parser.c, Debian's http-parser) and IncomingMessage, the
// method list, and header name/value checks with Node's rules.
//
// A parser is made per connection (no free list: mujs allocates small objects cheaply
// and a pooled parser would keep a dead connection's state reachable). Its callbacks run
// inside parser.execute(data), called from the socket's 'data' listener: headers make
// an IncomingMessage handed to parser.onIncoming (the server's or the client's), body
// pieces are pushed into it (a full buffer pauses the socket), the message's end pushes
// null and resumes the socket.
'use strict';

var H = binding.http;
var IncomingMessage = require('_http_incoming').IncomingMessage;
var presetHeaders = require('_http_incoming')._presetHeaders;

var methods = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK',
  'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY',
  'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND',
  'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK',
  'UNSUBSCRIBE'];

var REQUEST = 0;
var RESPONSE = 1;

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
  statusCode, statusMessage, upgrade, shouldKeepAlive, headersObject) {
  var parser = this;
  var socket = parser.socket;
  var n = headers.length;
  // the parser's headers object is what _addHeaderLines would make, when every field
  // counts and duplicates follow the default rules: the message starts with it
  var preset = headersObject !== undefined && !parser.joinDuplicateHeaders &&
    !(parser.maxHeaderPairs > 0 && parser.maxHeaderPairs < n);
  if (preset) {
    presetHeaders.raw = headers;
    presetHeaders.headers = headersObject;
  }
  var incoming = parser.incoming = new IncomingMessage(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 ? (versionMinor === 1 ? '1.1' :
    versionMinor === 0 ? '1.0' : '1.' + versionMinor) : versionMajor + '.' + versionMinor;
  if (parser.joinDuplicateHeaders !== false)
    incoming.joinDuplicateHeaders = parser.joinDuplicateHeaders;
  incoming.url = url;
  incoming.upgrade = upgrade;
  if (!preset) {
    if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
    incoming._addHeaderLines(headers, n);
  }
  if (typeof method === 'string') {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  var stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    if (!stream.push(b)) readStop(this.socket);
  }
}

function parserOnMessageComplete(trailers) {
  var parser = this;
  var stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    if (trailers !== undefined) {
      // a complete message's header lines are its trailers (Node: kOnHeaders first)
      stream.complete = true;
      stream._addHeaderLines(trailers, trailers.length);
    }
    // _complete()'s case for a message whose body nobody has touched, inline
    if (stream._lazy === 1 /* LAZY_OPEN */) {
      stream.complete = true;
      stream._lazy = 2;	/* LAZY_ENDED */
    } else {
      stream._complete();
    }
  }
  // readStart() has nothing to do for a paused socket or one whose reads this parser
  // consumes and that reads already
  var socket = parser.socket;
  if (socket && !socket._paused && !(parser._consumed && socket.parser === parser &&
      socket._handle && socket._handle.reading))
    readStart(socket);
}

function HTTPParser(kind) {
  var p = H.create(kind);
  p.kind = kind;
  p.socket = null;
  p.incoming = null;
  p.outgoing = null;
  p.maxHeaderPairs = 2000;
  p.joinDuplicateHeaders = false;
  p.onIncoming = null;
  p.onHeadersComplete = parserOnHeadersComplete;
  p.onBody = parserOnBody;
  p.onMessageComplete = parserOnMessageComplete;
  return p;
}
HTTPParser.REQUEST = REQUEST;
HTTPParser.RESPONSE = RESPONSE;

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser.onIncoming = null;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function readStop(socket) {
  if (socket) socket.pause();
}

function readStart(socket) {
  // a consumed socket whose handle reads already needs nothing (the server's common
  // case: one resume() less per request)
  if (socket && !socket._paused && !(socket._handle && socket._handle.reading &&
      socket.parser && socket.parser._consumed) && socket.readable)
    socket.resume();
}

// Node's error for input that is not HTTP: "Parse Error: <reason>", code HPE_*.
function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || null;
  if (typeof err.reason === 'string')
    err.message = 'Parse Error: ' + err.reason;
}

var tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

var headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser: freeParser,
  methods: methods,
  HTTPParser: HTTPParser,
  prepareError: prepareError,
  readStart: readStart,
  readStop: readStop,
  kIncomingMessage: '_incomingMessageClass',
  isLenient: function () { return false; }
};
