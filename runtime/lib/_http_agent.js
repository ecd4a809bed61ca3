// _http_agent — http.Agent (Node 20's lib/_http_agent.js behaviour): sockets per
// host:port: name, at most maxSockets of them (requests beyond wait in `requests`),
// kept in freeSockets after a response when keepAlive is on (unref'd, so an idle pool
// never keeps the process alive; a free socket that errs or times out is dropped),
// reused last-in first-out by default. The global agent keeps sockets alive for 5 s, as
// Node 19+'s does.
'use strict';

var net = require('net');
var EventEmitter = require('events');

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function copyInto(dst, src) {
  if (src) for (var k in src) if (Object.prototype.hasOwnProperty.call(src, k)) dst[k] = src[k];
  return dst;
}

function freeSocketErrorListener(err) {
  var socket = this;
  socket.destroy();
  socket.emit('agentRemove');
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = copyInto({}, options);
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = {};
  this.sockets = {};
  this.freeSockets = {};
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.totalSocketCount = 0;

  var self = this;
  this.on('free', function (socket, options) {
    var name = self.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    var requests = self.requests[name];
    if (requests && requests.length) {
      var req = requests.shift();
      setRequestSocket(self, req, socket);
      if (requests.length === 0) delete self.requests[name];
      return;
    }
    var req2 = socket._httpMessage;
    if (!req2 || !req2.shouldKeepAlive || !self.keepAlive) {
      socket.destroy();
      return;
    }
    var freeSockets = self.freeSockets[name] || [];
    var freeLen = freeSockets.length;
    var count = freeLen;
    if (self.sockets[name]) count += self.sockets[name].length;
    if (self.totalSocketCount > self.maxTotalSockets || count > self.maxSockets ||
        freeLen >= self.maxFreeSockets || !self.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    self.freeSockets[name] = freeSockets;
    socket._httpMessage = null;
    self.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    freeSockets.push(socket);
  });
}
inherits(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function (options) {
  options = options || {};
  var name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  return name;
};

Agent.prototype.addRequest = function (req, options, port, localAddress) {
  if (typeof options === 'string') {
    options = { host: options, port: port, localAddress: localAddress };
  }
  options = copyInto(copyInto({}, options), this.options);
  if (options.socketPath) options.path = options.socketPath;
  var name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  var freeSockets = this.freeSockets[name];
  var socket;
  if (freeSockets) {
    while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
    socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    if (!freeSockets.length) delete this.freeSockets[name];
  }
  var freeLen = freeSockets ? freeSockets.length : 0;
  var sockLen = freeLen + this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(s, err);
      else setRequestSocket(this, req, s);
    }.bind(this));
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    req._agentOptions = options;
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function (req, options, cb) {
  options = copyInto(copyInto({}, options), this.options);
  if (options.socketPath) options.path = options.socketPath;	// this.options.path is null
  var name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  var self = this;
  var called = false;
  var oncreate = function (err, s) {
    if (called) return;
    called = true;
    if (err) return cb(err);
    if (!self.sockets[name]) self.sockets[name] = [];
    self.sockets[name].push(s);
    self.totalSocketCount++;
    installListeners(self, s, options);
    cb(null, s);
  };
  // what createConnection throws (a bad port) reaches the caller, as in Node
  var newSocket = this.createConnection(options, oncreate);
  if (newSocket) oncreate(null, newSocket);
};

function installListeners(agent, s, options) {
  function onFree() { agent.emit('free', s, options); }
  s.on('free', onFree);
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  s.on('close', onClose);
  function onTimeout() {
    var sockets = agent.freeSockets;
    for (var name in sockets) {
      if (sockets[name].indexOf(s) >= 0) {
        s.destroy();
        return;
      }
    }
  }
  s.on('timeout', onTimeout);
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function (s, options) {
  var name = this.getName(options);
  var sets = [this.sockets, this.freeSockets];
  for (var i = 0; i < sets.length; i++) {
    var list = sets[i][name];
    if (list) {
      var idx = list.indexOf(s);
      if (idx !== -1) {
        list.splice(idx, 1);
        if (list.length === 0) delete sets[i][name];
      }
    }
  }
  var requests = this.requests[name];
  if (requests && requests.length && (!this.sockets[name] ||
      this.sockets[name].length < this.maxSockets)) {
    var req = requests[0];
    var self = this;
    this.createSocket(req, req._agentOptions || options, function (err, socket) {
      if (err) req.onSocket(socket, err);
      else socket.emit('free');
    });
  }
};

Agent.prototype.keepSocketAlive = function (socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  var agentTimeout = this.options.timeout || 0;
  if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
  return true;
};

Agent.prototype.reuseSocket = function (socket, req) {
  req.reusedSocket = true;
  socket.removeListener('error', freeSocketErrorListener);
  socket.ref();
};

Agent.prototype.destroy = function () {
  var sets = [this.freeSockets, this.sockets];
  for (var s = 0; s < sets.length; s++) {
    for (var name in sets[s]) {
      var list = sets[s][name].slice();
      for (var i = 0; i < list.length; i++) list[i].destroy();
    }
  }
};

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  var agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

module.exports = {
  Agent: Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 })
};
