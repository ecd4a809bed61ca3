// http — HTTP/1.1 servers and clients (Node 20's `http`): the API surface over the
// _http_* modules (parsing on Debian's http-parser through binding.http).
'use strict';

var common = require('_http_common');
var incoming = require('_http_incoming');
var outgoing = require('_http_outgoing');
var server = require('_http_server');
var agent = require('_http_agent');
var client = require('_http_client');
var ClientRequest = client.ClientRequest;

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

var maxHeaderSize = 16384;

module.exports = {
  _connectionListener: server._connectionListener,
  METHODS: common.methods.slice().sort(),
  STATUS_CODES: server.STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest: ClientRequest,
  IncomingMessage: incoming.IncomingMessage,
  OutgoingMessage: outgoing.OutgoingMessage,
  Server: server.Server,
  ServerResponse: server.ServerResponse,
  createServer: server.createServer,
  validateHeaderName: outgoing.validateHeaderName,
  validateHeaderValue: outgoing.validateHeaderValue,
  get: get,
  request: request,
  setMaxIdleHTTPParsers: function () {}
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true, enumerable: true,
  get: function () { return maxHeaderSize; }
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true, enumerable: true,
  get: function () { return agent.globalAgent; },
  set: function (value) { agent.globalAgent = value; }
});
