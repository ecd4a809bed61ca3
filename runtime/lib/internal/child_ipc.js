// child_ipc.js — the IPC channel between a parent and a forked leakscope process (Node's
// setupChannel in lib/internal/child_process.js), over an IPC pipe handle
// (runtime/process_wrap.c: ipcReadStart, writeHandle, onhandle).
//
// Wire format: Node's 'json' serialization, one JSON text per line (or, with
// serialization 'advanced', a structured clone per line: see encodeAdvanced). Messages whose cmd
// starts with NODE_ are internal: they are emitted as 'internalMessage' (cluster uses
// them), not 'message'. A message sent with a handle travels as
// {cmd: 'NODE_HANDLE', type: 'net.Socket' | 'net.Native', msg} written with the socket
// attached (uv_write2); the receiver pairs it with the next socket that came over the
// pipe and hands it on as a net.Socket ('net.Socket') or the raw TCP handle
// ('net.Native', cluster's accepted connections).
//
// setupChannel(target, pipe, serialization) adds to target (a ChildProcess, or process in the child):
// send(message[, handle][, options][, callback]), disconnect(), connected, channel
// (ref()/unref()), and emits 'message', 'internalMessage', 'disconnect'. It returns a
// control with refCounted()/unrefCounted(): the child's channel is unref'd and counted
// up for each 'message'/'disconnect' listener and each write in flight, as in Node.
'use strict';

var StringDecoder = require('string_decoder').StringDecoder;
var errors = require('internal/errors');

function writeError(code) {
  var info = binding.pipe.errInfo(code);
  var e = new Error('write ' + info[0]);
  e.errno = code;
  e.code = info[0];
  e.syscall = 'write';
  return e;
}

function channelClosed() {
  return errors.makeNodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
}

function Control(pipe) {
  this.pipe = pipe;
  this.refs = 0;
  this.refExplicitlySet = false;
}
Control.prototype.refCounted = function () {
  if (++this.refs === 1 && !this.refExplicitlySet && this.pipe)
    this.pipe.ref();
};
Control.prototype.unrefCounted = function () {
  if (--this.refs === 0 && !this.refExplicitlySet && this.pipe)
    this.pipe.unref();
};
Control.prototype.ref = function () {
  this.refExplicitlySet = true;
  if (this.pipe)
    this.pipe.ref();
};
Control.prototype.unref = function () {
  this.refExplicitlySet = true;
  if (this.pipe)
    this.pipe.unref();
};

// The 'advanced' serialization (Node: the V8 serializer): the structured clone of the
// message (internal/structured_clone: JSON text plus byte blobs) as one JSON line
// [text, [base64 blob...]]; both ends are this runtime, so only they need to agree.
function encodeAdvanced(message) {
  var s = require('internal/structured_clone').serialize(message, null);
  return JSON.stringify([s.json, s.blobs.map(function (b) {
    return (b instanceof ArrayBuffer ? Buffer.from(b) :
      Buffer.from(b.buffer, b.byteOffset, b.byteLength)).toString('base64');
  })]);
}

function decodeAdvanced(line) {
  var v = JSON.parse(line);
  return require('internal/structured_clone').deserialize(v[0], v[1].map(function (b) {
    return Buffer.from(b, 'base64');
  }), []);
}

function setupChannel(target, pipe, serialization) {
  var advanced = serialization === 'advanced';
  var control = new Control(pipe);
  var decoder = new StringDecoder('utf8');
  var buffered = '';
  var handles = [];
  var pendingWrites = 0;
  var wantDisconnect = false;

  target.channel = control;
  target.connected = true;

  function emitMessage(msg, handle) {
    var internal = msg !== null && typeof msg === 'object' && typeof msg.cmd === 'string' &&
      msg.cmd.length > 5 && msg.cmd.slice(0, 5) === 'NODE_';
    process.nextTick(function () {
      target.emit(internal ? 'internalMessage' : 'message', msg, handle);
    });
  }

  function onLine(line) {
    var msg;
    try {
      msg = advanced ? decodeAdvanced(line) : JSON.parse(line);
    } catch (e) {
      return;
    }
    if (msg !== null && typeof msg === 'object' && msg.cmd === 'NODE_HANDLE') {
      var h = handles.shift();
      var handle = h;
      if (h && msg.type === 'net.Socket') {
        var net = require('net');
        handle = new net.Socket({ handle: h, readable: true, writable: true });
      }
      emitMessage(msg.msg, handle);
      return;
    }
    emitMessage(msg, undefined);
  }

  pipe.onhandle = function (h) {
    handles.push(h);
  };
  pipe.onread = function (nread, buf) {
    if (nread > 0) {
      buffered += decoder.write(buf);
      var nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        var line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line)
          onLine(line);
      }
      return;
    }
    // EOF or an error: the other side is gone
    target._disconnect();
  };
  pipe.ipcReadStart();

  target._disconnect = function () {
    if (!target.connected && !pipe)
      return;
    target.connected = false;
    if (pendingWrites > 0) {
      wantDisconnect = true;
      return;
    }
    finishDisconnect();
  };

  function finishDisconnect() {
    wantDisconnect = false;
    var p = pipe;
    pipe = null;
    control.pipe = null;
    if (!p)
      return;
    for (var i = 0; i < handles.length; i++)
      handles[i].close();
    handles = [];
    p.close();
    target.channel = null;
    process.nextTick(function () {
      target.emit('disconnect');
    });
  }

  target.disconnect = function () {
    if (!target.connected) {
      target.emit('error', errors.makeNodeError(Error, 'ERR_IPC_DISCONNECTED',
        'IPC channel is already disconnected'));
      return;
    }
    target._disconnect();
  };

  target._send = function (message, handle, callback, internal) {
    if (!target.connected || !pipe) {
      var ex = channelClosed();
      if (typeof callback === 'function')
        process.nextTick(callback, ex);
      else
        process.nextTick(function () { target.emit('error', ex); });
      return false;
    }
    if (message === undefined)
      throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        'The "message" argument must be specified');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean')
      throw errors.invalidArgType('message', ['string', 'object', 'number', 'boolean'],
        message);
    var raw = null;
    var socket = null;
    var type = null;
    if (handle !== undefined && handle !== null) {
      var net = require('net');
      if (handle instanceof net.Socket) {
        socket = handle;
        raw = handle._handle;
        type = 'net.Socket';
      } else if (handle instanceof net.Server) {
        throw new Error('child_process: passing a net.Server over the IPC channel is ' +
          'not supported by leakscope yet');
      } else if (internal && typeof handle.writeQueueSize === 'function') {
        raw = handle;
        type = 'net.Native';
      } else {
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE',
          'This handle type cannot be sent');
      }
      if (!raw) {
        process.nextTick(function () { if (typeof callback === 'function') callback(null); });
        return true;
      }
      message = { cmd: 'NODE_HANDLE', type: type, msg: message };
    }
    var text = (advanced ? encodeAdvanced(message) : JSON.stringify(message)) + '\n';
    pendingWrites++;
    control.refCounted();
    var err = pipe.writeHandle(text, raw, function (status) {
      pendingWrites--;
      control.unrefCounted();
      if (socket)
        socket.destroy();
      if (typeof callback === 'function')
        callback(status ? writeError(status) : null);
      if (wantDisconnect && pendingWrites === 0)
        finishDisconnect();
    });
    if (err) {
      pendingWrites--;
      control.unrefCounted();
      var e = writeError(err);
      if (typeof callback === 'function')
        process.nextTick(callback, e);
      else
        process.nextTick(function () { target.emit('error', e); });
      return false;
    }
    return true;
  };

  target.send = function (message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    return target._send(message, handle, callback, false);
  };

  return control;
}

exports.setupChannel = setupChannel;
