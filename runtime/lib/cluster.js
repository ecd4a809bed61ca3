// cluster — Node 20's cluster module (lib/internal/cluster/{primary,worker,
// round_robin_handle}.js) on child_process.fork's IPC channel (internal/child_ipc.js).
//
// A process is a worker when it was forked with NODE_UNIQUE_ID in its environment
// (internal/main.js requires this module at start-up then; the id is removed from
// process.env). The primary forks workers (setupPrimary's exec/args/execArgv/silent/
// stdio, fork(env)), keeps them in cluster.workers and emits 'fork', 'online',
// 'listening', 'message', 'disconnect', 'exit' on the cluster and the Worker.
//
// Servers: a worker's net.Server.listen (net.js _listen2) asks the primary
// (queryServer); the primary listens once per address:port (a RoundRobinHandle) and
// hands each accepted connection to the next free worker with a 'newconn' message
// carrying the socket (uv_write2); the worker's server gets it through a stand-in
// handle's onconnection and acknowledges it, which makes the worker free again. A
// worker that dies has its queued connections handed to the others.
// Control messages are {cmd: 'NODE_CLUSTER', act, seq | ack}, as in Node. Not
// supported: schedulingPolicy SCHED_NONE (shared listen sockets), listening on pipes.
'use strict';

var EventEmitter = require('events');
var inherits = require('util').inherits;

var isWorker = process.env.NODE_UNIQUE_ID !== undefined;
var cluster = new EventEmitter();
cluster.isWorker = isWorker;
cluster.isPrimary = !isWorker;
cluster.isMaster = !isWorker;
cluster.Worker = Worker;
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = cluster.SCHED_RR;

// ---- messages with acknowledgements

var seq = 0;
var callbacks = {};

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected)
    return false;
  message.cmd = 'NODE_CLUSTER';
  if (typeof cb === 'function') {
    message.seq = ++seq;
    callbacks[message.seq] = cb;
  }
  return proc._send(message, handle, null, true);
}

// internalMessage listener: answers to our requests go to their callbacks
function internalHandler(worker, onMessage) {
  return function (message, handle) {
    if (message.cmd !== 'NODE_CLUSTER')
      return;
    if (message.ack !== undefined && callbacks[message.ack] !== undefined) {
      var cb = callbacks[message.ack];
      delete callbacks[message.ack];
      cb(message, handle);
      return;
    }
    onMessage(worker, message, handle);
  };
}

// ---- Worker

function Worker(options) {
  if (!(this instanceof Worker))
    return new Worker(options);
  EventEmitter.call(this);
  options = options || {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    this.process = options.process;
    var self = this;
    this.process.on('error', function (code, signal) { self.emit('error', code, signal); });
    this.process.on('message', function (message, handle) {
      self.emit('message', message, handle);
    });
  }
}
inherits(Worker, EventEmitter);

Worker.prototype.send = function () {
  return this.process.send.apply(this.process, arguments);
};
Worker.prototype.isDead = function () {
  return this.process.exitCode != null || this.process.signalCode != null;
};
Worker.prototype.isConnected = function () {
  return this.process.connected;
};

// ---- primary

var ids = 0;
var handles = {};	// key -> RoundRobinHandle
var initialized = false;

function RoundRobinHandle(key, address, port, addressType, backlog) {
  this.key = key;
  this.all = {};
  this.free = [];
  this.handles = [];
  this.handle = null;
  this.server = require('net').createServer(function () {});
  var self = this;
  if (address)
    this.server.listen({ port: port, host: address, backlog: backlog });
  else
    this.server.listen({ port: port, backlog: backlog });
  this.server.once('listening', function () {
    self.handle = self.server._handle;
    self.handle.onconnection = function (err, h) { self.distribute(err, h); };
    self.server._handle = null;
    self.server = null;
  });
}

RoundRobinHandle.prototype.add = function (worker, send) {
  this.all[worker.id] = worker;
  var self = this;
  function done() {
    if (self.handle && self.handle.getsockname) {
      var out = {};
      var err = self.handle.getsockname(out);
      send(null, err ? null : out);
    } else {
      send(null, null);
    }
    self.handoff(worker);	// in case there are connections pending
  }
  if (this.server === null)
    return process.nextTick(done);
  this.server.once('listening', done);
  this.server.once('error', function (err) {
    send(err.errno, null);
  });
};

RoundRobinHandle.prototype.remove = function (worker) {
  if (this.all[worker.id] === undefined)
    return false;
  delete this.all[worker.id];
  var i = this.free.indexOf(worker);
  if (i >= 0)
    this.free.splice(i, 1);
  if (Object.keys(this.all).length !== 0)
    return false;
  for (var k = 0; k < this.handles.length; k++)
    this.handles[k].close();
  this.handles = [];
  if (this.handle)
    this.handle.close();
  else if (this.server)
    this.server.close();
  this.handle = null;
  return true;
};

RoundRobinHandle.prototype.distribute = function (err, handle) {
  if (err)
    return;
  this.handles.push(handle);
  var worker = this.free.shift();
  if (worker)
    this.handoff(worker);
};

RoundRobinHandle.prototype.handoff = function (worker) {
  if (this.all[worker.id] === undefined)
    return;	// the worker is gone
  var handle = this.handles.shift();
  if (handle === undefined) {
    if (this.free.indexOf(worker) < 0)
      this.free.push(worker);
    return;
  }
  var self = this;
  var message = { act: 'newconn', key: this.key };
  var sent = sendHelper(worker.process, message, handle, function (reply) {
    if (reply.accepted)
      handle.close();
    else
      self.distribute(0, handle);	// the worker is closing: another one takes it
    self.handoff(worker);
  });
  if (!sent)
    this.distribute(0, handle);
};

function primaryMessage(worker, message) {
  var fn = primaryActs[message.act];
  if (typeof fn === 'function')
    fn(worker, message);
}

var primaryActs = {
  online: function (worker) {
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
  },
  exitedAfterDisconnect: function (worker, message) {
    worker.exitedAfterDisconnect = true;
    sendHelper(worker.process, { ack: message.seq });
  },
  queryServer: function (worker, message) {
    if (worker.exitedAfterDisconnect)
      return;
    var key = message.address + ':' + message.port + ':' + message.addressType;
    var h = handles[key];
    if (h === undefined) {
      var address = message.address;
      if (message.port < 0 || message.addressType === -1)
        address = null;
      h = handles[key] = new RoundRobinHandle(key, address, message.port,
        message.addressType, message.backlog);
    }
    h.add(worker, function (errno, sockname) {
      if (errno)
        delete handles[key];
      sendHelper(worker.process, { errno: errno, key: key, ack: message.seq,
        sockname: sockname });
    });
  },
  listening: function (worker, message) {
    var info = { addressType: message.addressType, address: message.address,
      port: message.port };
    worker.state = 'listening';
    worker.emit('listening', info);
    cluster.emit('listening', worker, info);
  },
  close: function (worker, message) {
    var h = handles[message.key];
    if (h && h.remove(worker))
      delete handles[message.key];
  }
};

function removeHandlesForWorker(worker) {
  for (var key in handles) {
    if (handles[key].remove(worker))
      delete handles[key];
  }
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) {
    for (var key in handles)
      delete handles[key];
    initialized = false;
  }
}

cluster.settings = {};
cluster.setupPrimary = function (options) {
  var settings = Object.assign({
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false
  }, cluster.settings, options);
  cluster.settings = settings;
  if (initialized === true)
    return process.nextTick(function () { cluster.emit('setup', settings); });
  initialized = true;
  cluster.schedulingPolicy = cluster.SCHED_RR;
  process.nextTick(function () { cluster.emit('setup', settings); });
};
cluster.setupMaster = cluster.setupPrimary;

cluster.fork = function (env) {
  if (isWorker)
    throw new Error('cluster.fork() can only be called in the primary');
  cluster.setupPrimary();
  var id = ++ids;
  var settings = cluster.settings;
  var workerEnv = Object.assign({}, process.env, env, { NODE_UNIQUE_ID: String(id) });
  var proc = require('child_process').fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: settings.execArgv,
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid
  });
  var worker = new Worker({ id: id, process: proc });
  worker.on('message', function (message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', function (exitCode, signalCode) {
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', function () {
    removeHandlesForWorker(worker);
    if (worker.isDead())
      removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internalHandler(worker, primaryMessage));
  process.nextTick(function () { cluster.emit('fork', worker); });
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function (cb) {
  var workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    if (typeof cb === 'function')
      process.nextTick(cb);
    return;
  }
  for (var i = 0; i < workers.length; i++) {
    var w = cluster.workers[workers[i]];
    if (w.isConnected())
      w.disconnect();
  }
  if (typeof cb === 'function')
    cluster.once('disconnect', function check() {
      if (Object.keys(cluster.workers).some(function (k) {
        return cluster.workers[k].isConnected();
      }))
        return cluster.once('disconnect', check);
      cb();
    });
};

function primaryDisconnect() {
  this.exitedAfterDisconnect = true;
  sendHelper(this.process, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
}

function primaryDestroy(signo) {
  this.process.kill(signo || 'SIGTERM');
}

// ---- worker

var servers = {};	// key -> the net.Server listening through the primary

function workerMessage(worker, message, handle) {
  if (message.act === 'newconn')
    onNewConn(message, handle);
  else if (message.act === 'disconnect')
    workerDisconnect.call(worker, true);
}

function onNewConn(message, handle) {
  var server = servers[message.key];
  var accepted = server !== undefined && server._handle !== null;
  sendHelper(process, { ack: message.seq, accepted: accepted });
  if (accepted)
    server._handle.onconnection(0, handle);
  else if (handle)
    handle.close();
}

// net.Server#_listen2 in a worker: the primary listens, this server gets a stand-in
// handle whose onconnection the primary's connections arrive at.
cluster._listenInWorker = function (server, address, port, addressType, backlog,
    onconnection) {
  var message = { act: 'queryServer', address: address, port: port,
    addressType: addressType, backlog: backlog };
  sendHelper(process, message, null, function (reply) {
    if (reply.errno) {
      var info = binding.pipe.errInfo(reply.errno);
      var where = (address || (addressType === 6 ? '::' : '0.0.0.0')) + ':' + port;
      var e = new Error('listen ' + info[0] + ': ' + info[1] + ' ' + where);
      e.code = info[0];
      e.errno = reply.errno;
      e.syscall = 'listen';
      e.address = address || (addressType === 6 ? '::' : '0.0.0.0');
      e.port = port;
      server.emit('error', e);
      return;
    }
    var key = reply.key;
    var sockname = reply.sockname;
    var refd = true;
    var handle = {
      owner: server,
      onconnection: null,
      close: function (cb) {
        if (servers[key] === server) {
          delete servers[key];
          sendHelper(process, { act: 'close', key: key });
        }
        if (typeof cb === 'function')
          process.nextTick(cb);
      },
      getsockname: function (out) {
        if (!sockname)
          return -22;
        for (var k in sockname)
          out[k] = sockname[k];
        return 0;
      },
      ref: function () { refd = true; },
      unref: function () { refd = false; },
      hasRef: function () { return refd; }
    };
    servers[key] = server;
    server._handle = handle;
    handle.onconnection = onconnection;
    server._connectionKey = addressType + ':' + address + ':' + port;
    // Node tells the primary from a 'listening' listener added after the user's
    // listen() callback, and emits 'listening' on the next tick (emitListeningNT)
    server.once('listening', function () {
      sendHelper(process, { act: 'listening', address: address, port: sockname ?
        sockname.port : port, addressType: addressType });
    });
    process.nextTick(function () {
      if (server._handle === handle)
        server.emit('listening');
    });
  });
};

function workerDisconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  var keys = Object.keys(servers);
  var waiting = keys.length;
  var self = this;
  function checkWaitingCount() {
    waiting--;
    if (waiting === 0) {
      if (primaryInitiated) {
        process.disconnect();
      } else {
        sendHelper(process, { act: 'exitedAfterDisconnect' }, null, function () {
          process.disconnect();
        });
      }
    }
  }
  for (var i = 0; i < keys.length; i++) {
    var server = servers[keys[i]];
    server.once('close', checkWaitingCount);
    server.close();
  }
  waiting++;
  checkWaitingCount();
  return self;
}

function workerDestroy() {
  if (!process.connected)
    process.exit(0);
  var self = this;
  this.exitedAfterDisconnect = true;
  if (Object.keys(servers).length === 0) {
    process.once('disconnect', function () { process.exit(0); });
    process.disconnect();
    return;
  }
  workerDisconnect.call(self, false);
  process.once('disconnect', function () { process.exit(0); });
}

if (isWorker) {
  var worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process: process,
    state: 'online' });
  delete process.env.NODE_UNIQUE_ID;
  cluster.worker = worker;
  worker.disconnect = workerDisconnect;
  worker.destroy = workerDestroy;
  worker.kill = workerDestroy;
  process.once('disconnect', function () {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect)
      process.exit(0);	// the primary went away
  });
  process.on('internalMessage', internalHandler(worker, workerMessage));
  sendHelper(process, { act: 'online' });
  cluster.setupPrimary = cluster.setupMaster = function () {};
} else {
  cluster.workers = {};
  Worker.prototype.disconnect = primaryDisconnect;
  Worker.prototype.destroy = primaryDestroy;
  Worker.prototype.kill = primaryDestroy;
}

module.exports = cluster;
