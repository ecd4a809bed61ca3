// worker_threads — Worker, MessageChannel/MessagePort, parentPort, workerData, as Node 20.
//
// Each Worker is a runtime of its own on a thread of its own (runtime/worker.c); values
// cross between them only as bytes (internal/structured_clone's serializer) through
// MessagePort channels (runtime/message_port.c). A MessagePort here is an EventEmitter
// with addEventListener/removeEventListener and onmessage as well ('message' listeners
// get the value; addEventListener ones an event with .data). A port starts (and keeps
// the loop alive while ref'd) once it has a 'message' listener, as Node's.
// Not supported: SharedArrayBuffer/Atomics (mujs has no typed arrays), SHARE_ENV,
// stdin/stdout/stderr: true options (a worker's stdio goes straight to the process's
// descriptors), transferring ArrayBuffers (copied),
// markAsUntransferable, BroadcastChannel, worker.getHeapSnapshot, ESM workers.
'use strict';

var EventEmitter = require('events');
var errors = require('internal/errors');
var sc = require('internal/structured_clone');
var W = binding.worker;
var M = binding.messaging;

var isMainThread = !W.isWorker;
var threadId = W.threadId;

function invalidArg(name, expected, actual) {
  return errors.invalidArgType(name, expected, actual);
}

// ---- MessagePort

function MessagePort() {
  throw new TypeError('Illegal constructor');
}
MessagePort.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: MessagePort, writable: true, configurable: true }
});

function hide(obj, key, val) {
  Object.defineProperty(obj, key, {
    value: val, writable: true, enumerable: false, configurable: true
  });
}

// A MessagePort object over a C handle owned by this runtime.
function wrapPort(handle) {
  var port = Object.create(MessagePort.prototype);
  EventEmitter.call(port);
  hide(port, '_handle', handle);
  hide(port, '_domListeners', []);
  hide(port, '_onmessage', null);
  handle.onmessage = function (json, blobs, handles) {
    var ports = [];
    for (var i = 0; i < handles.length; i++)
      ports.push(wrapPort(handles[i]));
    var value;
    try {
      value = sc.deserialize(json, blobs, ports);
    } catch (e) {
      port.emit('messageerror', e);
      return;
    }
    port.emit('message', value);
  };
  handle.onclose = function () {
    port._handle = null;
    port.emit('close');
  };
  port.on('newListener', function (name) {
    if (name === 'message' && port._handle)
      port._handle.start();
  });
  port.on('removeListener', function (name) {
    if (name === 'message' && port._handle && port.listenerCount('message') === 0)
      port._handle.stop();
  });
  return port;
}

MessagePort.prototype._lsTransfer = function () {
  var h = this._handle;
  if (!h) {
    var DOMException = require('internal/domexception');
    throw new DOMException('MessagePort in transfer list is already detached',
      'DataCloneError');
  }
  this._handle = null;
  return h;
};

function transferListOf(options) {
  if (options === undefined || options === null)
    return [];
  if (Array.isArray(options))
    return options;
  if (typeof options !== 'object')
    throw invalidArg('options', 'Object', options);
  var t = options.transfer;
  if (t === undefined || t === null)
    return [];
  if (!Array.isArray(t))
    throw invalidArg('options.transfer', 'Array', t);
  return t;
}

function post(handle, value, transfer) {
  var s = sc.serialize(value, transfer);
  if (!handle)
    return;
  handle.postMessage(s.json, s.blobs, s.ports);
}

MessagePort.prototype.postMessage = function postMessage(value, transferList) {
  if (arguments.length === 0)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "message" argument must be specified');
  var transfer = transferListOf(transferList);
  for (var i = 0; i < transfer.length; i++) {
    if (transfer[i] === this) {
      var DOMException = require('internal/domexception');
      throw new DOMException('Transfer list contains source port', 'DataCloneError');
    }
  }
  post(this._handle, value, transfer);
};

MessagePort.prototype.start = function start() {
  if (this._handle)
    this._handle.start();
};

MessagePort.prototype.close = function close() {
  if (this._handle)
    this._handle.close();
};

MessagePort.prototype.ref = function ref() {
  if (this._handle)
    this._handle.ref();
  return this;
};

MessagePort.prototype.unref = function unref() {
  if (this._handle)
    this._handle.unref();
  return this;
};

MessagePort.prototype.hasRef = function hasRef() {
  return this._handle ? this._handle.hasRef() : false;
};

function MessageEvent(type, data, target) {
  this.type = type;
  this.data = data;
  this.target = target;
  this.ports = [];
}

MessagePort.prototype.addEventListener = function addEventListener(type, fn) {
  var self = this;
  var wrapper = function (data) {
    var ev = new MessageEvent(type, data, self);
    if (typeof fn === 'function')
      fn.call(self, ev);
    else if (fn && typeof fn.handleEvent === 'function')
      fn.handleEvent(ev);
  };
  this._domListeners.push({ type: type, fn: fn, wrapper: wrapper });
  this.on(type, wrapper);
};

MessagePort.prototype.removeEventListener = function removeEventListener(type, fn) {
  var l = this._domListeners;
  for (var i = 0; i < l.length; i++) {
    if (l[i].type === type && l[i].fn === fn) {
      this.removeListener(type, l[i].wrapper);
      l.splice(i, 1);
      return;
    }
  }
};

// onmessage and onmessageerror: one listener each, null when none
['message', 'messageerror'].forEach(function (type) {
  var key = '_on' + type;
  Object.defineProperty(MessagePort.prototype, 'on' + type, {
    configurable: true,
    enumerable: true,
    get: function () { return this[key] ? this[key].fn : null; },
    set: function (fn) {
      if (this[key])
        this.removeEventListener(type, this[key].fn);
      hide(this, key, null);
      if (typeof fn === 'function') {
        this[key] = { fn: fn };
        this.addEventListener(type, fn);
      }
    }
  });
});

function MessageChannel() {
  if (!(this instanceof MessageChannel))
    throw new TypeError("Class constructor MessageChannel cannot be invoked without 'new'");
  var pair = M.createChannel();
  this.port1 = wrapPort(pair[0]);
  this.port2 = wrapPort(pair[1]);
}

// ---- the worker's side

var parentPort = null;
var workerData = null;
if (!isMainThread) {
  var ph = W.port();
  if (ph)
    parentPort = wrapPort(ph);
  var data = W.data();
  if (data) {
    var dports = [];
    for (var d = 0; d < data[2].length; d++)
      dports.push(wrapPort(data[2][d]));
    workerData = sc.deserialize(data[0], data[1], dports);
  }
}

// ---- Worker (the parent's side)

var kLimits = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
  'stackSizeMb'];

function resolveFilename(filename) {
  var path = require('path');
  if (typeof filename === 'object' && filename !== null && filename.href !== undefined) {
    if (filename.protocol !== 'file:')
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME',
        'The URL must be of scheme file');
    return require('url').fileURLToPath(filename);
  }
  if (typeof filename !== 'string')
    throw invalidArg('filename', ['string', 'an instance of URL'], filename);
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename))
    return path.resolve(filename);
  throw errors.makeNodeError(TypeError, 'ERR_WORKER_PATH',
    'The worker script or module filename must be an absolute path or a relative path ' +
    'starting with \'./\' or \'../\'. Received "' + filename + '"');
}

function envList(env) {
  var out = [];
  var keys = Object.keys(env);
  for (var i = 0; i < keys.length; i++) {
    var v = env[keys[i]];
    if (v !== undefined)
      out.push(keys[i] + '=' + String(v));
  }
  return out;
}

function Worker(filename, options) {
  if (!(this instanceof Worker))
    throw new TypeError("Class constructor Worker cannot be invoked without 'new'");
  EventEmitter.call(this);
  options = options || {};
  if (typeof options !== 'object')
    throw invalidArg('options', 'Object', options);
  var opts = { argv: [], env: [] };
  if (options.eval) {
    if (typeof filename !== 'string')
      throw invalidArg('filename', 'string', filename);
    opts.eval = filename;
  } else {
    opts.filename = resolveFilename(filename);
  }
  if (options.argv !== undefined) {
    if (!Array.isArray(options.argv))
      throw invalidArg('options.argv', 'Array', options.argv);
    for (var i = 0; i < options.argv.length; i++)
      opts.argv.push(String(options.argv[i]));
  }
  var env = options.env;
  if (env === undefined || env === null)
    env = process.env;
  else if (typeof env !== 'object')
    throw invalidArg('options.env', 'Object', env);
  opts.env = envList(env);
  var limits = {};
  var rl = options.resourceLimits;
  if (rl !== undefined && rl !== null) {
    if (typeof rl !== 'object')
      throw invalidArg('options.resourceLimits', 'Object', rl);
    for (var k = 0; k < kLimits.length; k++) {
      if (typeof rl[kLimits[k]] === 'number' && rl[kLimits[k]] > 0)
        limits[kLimits[k]] = rl[kLimits[k]];
    }
  }
  opts.maxHeapMb = limits.maxOldGenerationSizeMb;
  opts.stackSizeMb = limits.stackSizeMb;
  var s = sc.serialize(options.workerData, transferListOf(options.transferList));
  opts.data = [s.json, s.blobs, s.ports];

  var h = W.create(opts);
  var self = this;
  hide(this, '_handle', h);
  hide(this, '_exited', false);
  hide(this, '_exitCode', undefined);
  hide(this, '_terminating', []);
  hide(this, '_limits', limits);
  this.threadId = h.threadId;
  var port = wrapPort(h.port);
  hide(this, '_port', port);
  port.on('message', function (v) { self.emit('message', v); });
  port.on('messageerror', function (e) { self.emit('messageerror', e); });
  port.unref();
  h.ononline = function () { self.emit('online'); };
  h.onerror = function (json, blobs, handles) {
    self.emit('error', sc.deserializeError(json, blobs));
  };
  h.onexit = function (code, oom) {
    // what the worker posted before it ended comes first, as in Node
    if (port._handle)
      port._handle.drain();
    port.close();
    self._exited = true;
    self._exitCode = code;
    self.threadId = -1;
    if (oom) {
      var e = errors.makeNodeError(Error, 'ERR_WORKER_OUT_OF_MEMORY',
        'Worker terminated due to reaching memory limit: JS heap out of memory');
      self.emit('error', e);
    }
    self.emit('exit', code);
    var waiting = self._terminating;
    self._terminating = [];
    for (var j = 0; j < waiting.length; j++)
      waiting[j](code);
  };
}
Worker.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: Worker, writable: true, configurable: true }
});

Worker.prototype.postMessage = function postMessage(value, transferList) {
  if (arguments.length === 0)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "message" argument must be specified');
  if (this._exited)
    return;
  post(this._port._handle, value, transferListOf(transferList));
};

Worker.prototype.terminate = function terminate(callback) {
  var self = this;
  var p = new Promise(function (resolve) {
    if (self._exited) {
      resolve(undefined);
      return;
    }
    self._terminating.push(resolve);
    self._handle.terminate();
  });
  if (typeof callback === 'function') {
    process.emitWarning('Passing a callback to worker.terminate() is deprecated. ' +
      'It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
    p.then(function (code) { callback(null, code); });
  }
  return p;
};

Worker.prototype.ref = function ref() {
  if (!this._exited)
    this._handle.ref();
};

Worker.prototype.unref = function unref() {
  if (!this._exited)
    this._handle.unref();
};

Object.defineProperty(Worker.prototype, 'resourceLimits', {
  configurable: true,
  enumerable: true,
  get: function () {
    if (this._exited)
      return {};
    return {
      maxYoungGenerationSizeMb: this._limits.maxYoungGenerationSizeMb || 0,
      maxOldGenerationSizeMb: this._limits.maxOldGenerationSizeMb || 0,
      codeRangeSizeMb: this._limits.codeRangeSizeMb || 0,
      stackSizeMb: this._limits.stackSizeMb || 4
    };
  }
});

var resourceLimits = {};
if (!isMainThread) {
  resourceLimits = {
    maxYoungGenerationSizeMb: 0,
    maxOldGenerationSizeMb: W.maxHeapMb,
    codeRangeSizeMb: 0,
    stackSizeMb: W.stackSizeMb
  };
}

// receiveMessageOnPort(port): { message } taken off port's queue now, or undefined
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort))
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "port" argument must be a MessagePort instance');
  if (!port._handle)
    return undefined;
  var r = port._handle.receive();
  if (r === undefined)
    return undefined;
  var ports = [];
  for (var i = 0; i < r[2].length; i++)
    ports.push(wrapPort(r[2][i]));
  return { message: sc.deserialize(r[0], r[1], ports) };
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}
function setEnvironmentData(key, value) {
  if (value === undefined)
    environmentData.delete(key);
  else
    environmentData.set(key, value);
}
var environmentData = new Map();

module.exports = {
  isMainThread: isMainThread,
  MessagePort: MessagePort,
  MessageChannel: MessageChannel,
  Worker: Worker,
  receiveMessageOnPort: receiveMessageOnPort,
  parentPort: parentPort,
  resourceLimits: resourceLimits,
  threadId: threadId,
  workerData: workerData,
  getEnvironmentData: getEnvironmentData,
  setEnvironmentData: setEnvironmentData,
  SHARE_ENV: typeof Symbol === 'function' ? Symbol.for('nodejs.worker_threads.SHARE_ENV') :
    'nodejs.worker_threads.SHARE_ENV'
};
