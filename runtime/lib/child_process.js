// child_process — spawn/exec/execFile and their Sync forms, as Node 20 (lib/child_process.js
// and lib/internal/child_process.js), on runtime/process_wrap.c.
//
// A ChildProcess is an EventEmitter: 'spawn', 'exit' (code, signal), 'close' (code,
// signal) once the child has exited and its stdio pipes have closed, 'error' (a failed
// spawn, as Node: ENOENT & co. on the next tick, then 'close' with the negative code).
// stdio 'pipe' entries are net.Sockets over libuv pipes (binding.pipe), so they are
// streams with backpressure. fork() runs execPath (this leakscope binary) with an IPC
// channel (stdio 'ipc': an IPC pipe whose fd the child finds in NODE_CHANNEL_FD;
// lib/internal/child_ipc.js: send/'message'/disconnect, 'json' serialization, sockets
// passed with messages; 'advanced' serialization as a structured clone per line).
// Not supported yet: passing a net.Server, shell: a path other than /bin/sh, windows*
// options.
'use strict';

var EventEmitter = require('events');
var errors = require('internal/errors');
var P = binding.process;
var Buffer = require('buffer').Buffer;	// Buffers made in C get its prototype

function signals() {
  return require('os').constants.signals;
}

function signalName(n) {
  var s = signals();
  for (var k in s)
    if (s[k] === n)
      return k;
  return null;
}

function signalNumber(sig) {
  if (sig === undefined || sig === null)
    return signals().SIGTERM;
  if (typeof sig === 'number') {
    if (signalName(sig) === null && sig !== 0)
      throw errors.makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
    return sig;
  }
  if (typeof sig === 'string') {
    var n = signals()[sig.toUpperCase()];
    if (n === undefined)
      throw errors.makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
    return n;
  }
  throw errors.invalidArgType('signal', ['string', 'number'], sig);
}

function uvException(code, syscall, path, spawnargs) {
  var name = P.errname(code);
  var e = new Error(syscall + (path ? ' ' + path : '') + ' ' + name);
  e.errno = code;
  e.code = name;
  e.syscall = syscall + (path ? ' ' + path : '');
  if (path !== undefined)
    e.path = path;
  if (spawnargs !== undefined)
    e.spawnargs = spawnargs;
  return e;
}

// ---- arguments (Node's normalizeSpawnArguments)

function normalizeSpawnArguments(file, args, options) {
  if (typeof file !== 'string')
    throw errors.invalidArgType('file', 'string', file);
  if (file.length === 0)
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'file' cannot be empty. Received ''");
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw errors.invalidArgType('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined || options === null)
    options = {};
  else if (typeof options !== 'object')
    throw errors.invalidArgType('options', 'Object', options);
  var cwd = options.cwd;
  if (cwd !== undefined && cwd !== null) {
    if (typeof cwd === 'object' && cwd.href !== undefined)
      cwd = require('url').fileURLToPath(cwd);
    else if (typeof cwd !== 'string')
      throw errors.invalidArgType('options.cwd', ['string', 'an instance of URL'], cwd);
  } else {
    cwd = undefined;
  }
  for (var i = 0; i < args.length; i++)
    args[i] = String(args[i]);
  if (options.shell) {
    var command = args.length ? file + ' ' + args.join(' ') : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  var argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  var env = options.env || process.env;
  var envPairs = [];
  var keys = Object.keys(env);
  for (var k = 0; k < keys.length; k++) {
    var v = env[keys[k]];
    // a recording's link to its forks: only fork() passes it on, fresh (below)
    if (v !== undefined && keys[k] !== 'LEAKSCOPE_RECORD_CHILD')
      envPairs.push(keys[k] + '=' + String(v));
  }
  return {
    file: file,
    args: [argv0].concat(args),
    cwd: cwd,
    envPairs: envPairs,
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    options: options
  };
}

// stdio option → [{type, fd?}] for three or more descriptors
function stdioTypes(stdio) {
  if (stdio === undefined || stdio === null)
    stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (stdio !== 'pipe' && stdio !== 'ignore' && stdio !== 'inherit' &&
        stdio !== 'overlapped')
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'stdio' is invalid. Received '" + stdio + "'");
    stdio = [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio))
    throw errors.invalidArgType('options.stdio', ['string', 'Array'], stdio);
  var out = [];
  var ipc = false;
  for (var i = 0; i < Math.max(3, stdio.length); i++) {
    var s = stdio[i];
    if (s === undefined || s === null)
      s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped')
      out.push({ type: 'pipe' });
    else if (s === 'ignore')
      out.push({ type: 'ignore' });
    else if (s === 'inherit')
      out.push({ type: 'fd', fd: i });
    else if (typeof s === 'number')
      out.push({ type: 'fd', fd: s });
    else if (s === 'ipc') {
      if (ipc)
        throw errors.makeNodeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
      ipc = true;
      out.push({ type: 'pipe', ipc: true });
    }
    else if (s && typeof s === 'object' && typeof s.fd === 'number')
      out.push({ type: 'fd', fd: s.fd });
    else
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'stdio' is invalid. Received " + require('util').inspect(s));
  }
  return out;
}

// ---- ChildProcess

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
  this.spawnargs = [];
  this.pid = undefined;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = [];
}
ChildProcess.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: ChildProcess, writable: true, configurable: true }
});

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded)
    child.emit('close', child.exitCode, child.signalCode);
}

ChildProcess.prototype.spawn = function spawn(opts) {
  var self = this;
  var net = require('net');
  var types = stdioTypes(opts.options.stdio);
  var i;
  var ipcIndex = -1;
  var serialization = opts.options.serialization || 'json';
  if (serialization !== 'json' && serialization !== 'advanced')
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'options.serialization' must be one of: undefined, 'json', " +
      "'advanced'. Received " + errors.inspectValue(serialization));
  for (i = 0; i < types.length; i++) {
    if (types[i].type === 'pipe')
      types[i].handle = binding.pipe.create(!!types[i].ipc);
    if (types[i].ipc) {
      ipcIndex = i;
      opts.envPairs.push('NODE_CHANNEL_FD=' + i);
      opts.envPairs.push('NODE_CHANNEL_SERIALIZATION_MODE=' + serialization);
      // under --record the forked leakscope records into the same file as our child
      var rec = P.recordChild();
      if (rec !== undefined)
        opts.envPairs.push('LEAKSCOPE_RECORD_CHILD=' + rec);
    }
  }
  var handle = P.create();
  this._handle = handle;
  this.spawnfile = opts.file;
  this.spawnargs = opts.args;
  handle.onexit = function (exitCode, signo) {
    if (signo)
      self.signalCode = signalName(signo);
    else
      self.exitCode = exitCode;
    if (self.stdin)
      self.stdin.destroy();
    handle.close();
    self._handle = null;
    if (exitCode < 0) {
      var e = uvException(exitCode, 'spawn', self.spawnfile, self.spawnargs.slice(1));
      self.emit('error', e);
    } else {
      self.emit('exit', self.exitCode, self.signalCode);
    }
    process.nextTick(function () { maybeClose(self); });
  };
  var err = handle.spawn({
    file: opts.file, args: opts.args, cwd: opts.cwd, envPairs: opts.envPairs,
    detached: opts.detached, uid: opts.uid, gid: opts.gid, stdio: types
  });
  if (err) {
    for (i = 0; i < types.length; i++)
      if (types[i].handle)
        types[i].handle.close();
    this._handle = null;
    process.nextTick(function () { handle.onexit(err, 0); });
    return err;
  }
  this.pid = handle.pid();
  for (i = 0; i < types.length; i++) {
    var stream = null;
    if (i === ipcIndex) {
      this._closesNeeded++;
      require('internal/child_ipc').setupChannel(this, types[i].handle, serialization);
      this.once('disconnect', function () { maybeClose(self); });
    } else if (types[i].handle) {
      stream = new net.Socket({ handle: types[i].handle, readable: i > 0 });
      if (i > 0) {
        this._closesNeeded++;
        stream.on('close', function () { maybeClose(self); });
      } else {
        stream.readable = false;
      }
    }
    this.stdio.push(stream);
  }
  this.stdin = this.stdio[0];
  this.stdout = this.stdio[1];
  this.stderr = this.stdio[2];
  process.nextTick(function () { self.emit('spawn'); });
  return 0;
};

ChildProcess.prototype.kill = function kill(sig) {
  var n = signalNumber(sig);
  if (this._handle) {
    var err = this._handle.kill(n);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err !== P.ESRCH)
      this.emit('error', uvException(err, 'kill'));
  }
  return false;
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle)
    this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle)
    this._handle.unref();
};


// Node's abortChildProcess: kill with killSignal, then 'error' with an AbortError
function abortChildProcess(child, killSignal, reason) {
  try {
    if (child.kill(killSignal))
      child.emit('error', new (require('internal/streams/errors').AbortError)(undefined,
        { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var signal = opts.options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' ||
      !('aborted' in signal)))
    throw errors.withCodeInStack(errors.invalidArgType('options.signal', 'AbortSignal',
      signal));
  var child = new ChildProcess();
  child.spawn(opts);
  if (signal) {
    var killSignal = opts.options.killSignal;
    var onAbort = function () {
      abortChildProcess(child, killSignal, signal.reason);
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', function () { signal.removeEventListener('abort', onAbort); });
    }
  }
  if (opts.options.timeout > 0) {
    var timer = setTimeout(function () {
      child.kill(opts.options.killSignal);
    }, opts.options.timeout);
    child.once('exit', function () { clearTimeout(timer); });
  }
  return child;
}

// ---- exec / execFile

function normalizeExecArgs(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options: options, callback: callback };
}

function exec(command, options, callback) {
  var o = normalizeExecArgs(command, options, callback);
  return execFile(o.file, o.options, o.callback);
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = {};
  } else if (args !== null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  options = Object.assign({
    encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM',
    cwd: null, env: null, shell: false
  }, options);
  args = args || [];
  var child = spawn(file, args, {
    cwd: options.cwd, env: options.env, shell: options.shell, uid: options.uid,
    gid: options.gid, argv0: options.argv0, detached: options.detached,
    signal: options.signal
  });
  var encoding = options.encoding === 'buffer' ? null : options.encoding;
  var stdoutChunks = [];
  var stderrChunks = [];
  var stdoutLen = 0;
  var stderrLen = 0;
  var killed = false;
  var exited = false;
  var ex = null;
  var timer = null;
  var cmd = file + (args.length ? ' ' + args.join(' ') : '');
  if (options.shell)
    cmd = file + (args.length ? ' ' + args.join(' ') : '');

  function collect(chunks) {
    var b = Buffer.concat(chunks);
    return encoding ? b.toString(encoding) : b;
  }

  function exithandler(code, signal) {
    if (exited)
      return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback)
      return;
    var stdout = collect(stdoutChunks);
    var stderr = collect(stderrChunks);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    var e = ex;
    if (!e) {
      e = new Error('Command failed: ' + cmd + '\n' + stderr);
      e.code = code < 0 ? P.errname(code) : code;
      e.killed = child.killed || killed;
      e.signal = signal;
    }
    e.cmd = cmd;
    callback(e, stdout, stderr);
  }

  function kill() {
    if (child.stdout)
      child.stdout.destroy();
    if (child.stderr)
      child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(function () {
      kill();
      timer = null;
    }, options.timeout);
  }
  function onData(chunks, which) {
    return function (chunk) {
      var len = chunk.length;
      if (which === 1)
        stdoutLen += len;
      else
        stderrLen += len;
      if ((which === 1 ? stdoutLen : stderrLen) > options.maxBuffer) {
        ex = errors.makeNodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
          (which === 1 ? 'stdout' : 'stderr') + ' maxBuffer length exceeded');
        chunks.push(chunk.slice(0, len - ((which === 1 ? stdoutLen : stderrLen) -
          options.maxBuffer)));
        kill();
        return;
      }
      chunks.push(chunk);
    };
  }
  if (child.stdout)
    child.stdout.on('data', onData(stdoutChunks, 1));
  if (child.stderr)
    child.stderr.on('data', onData(stderrChunks, 2));
  child.addListener('close', exithandler);
  child.addListener('error', function (e) {
    ex = e;
    if (child.stdout)
      child.stdout.destroy();
    if (child.stderr)
      child.stderr.destroy();
    exithandler();
  });
  return child;
}

// ---- sync

function spawnSync(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  options = opts.options;
  var types = stdioTypes(options.stdio);
  var input = options.input;
  if (input !== undefined && input !== null) {
    if (typeof input === 'string')
      input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ?
        options.encoding : 'utf8');
    else if (!Buffer.isBuffer(input) && !(input instanceof Uint8Array))
      throw errors.invalidArgType('options.input',
        ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  } else {
    input = null;
  }
  var r = P.spawnSync({
    file: opts.file, args: opts.args, cwd: opts.cwd, envPairs: opts.envPairs,
    detached: opts.detached, uid: opts.uid, gid: opts.gid, stdio: types,
    input: input, timeout: options.timeout, maxBuffer: options.maxBuffer === undefined ?
      1024 * 1024 : options.maxBuffer, killSignal: signalNumber(options.killSignal)
  });
  var encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
  var output = r.output;
  if (encoding) {
    for (var i = 0; i < output.length; i++)
      if (output[i])
        output[i] = output[i].toString(encoding);
  }
  var result = {
    status: r.signal ? null : r.status,
    signal: r.signal ? signalName(r.signal) : null,
    output: r.pid || !r.error ? output : null,
    pid: r.pid,
    stdout: r.pid || !r.error ? output[1] : null,
    stderr: r.pid || !r.error ? output[2] : null
  };
  if (r.error) {
    result.error = uvException(r.error, 'spawnSync', opts.file, opts.args.slice(1));
    if (!r.pid)
      result.status = null;
  }
  // reorder as Node prints it
  var out = {};
  if (result.error)
    out.error = result.error;
  out.status = result.status;
  out.signal = result.signal;
  out.output = result.output;
  out.pid = result.pid;
  out.stdout = result.stdout;
  out.stderr = result.stderr;
  return out;
}

function checkExecSyncError(ret, args, cmd) {
  var err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    var msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0)
      msg += '\n' + ret.stderr.toString();
    err = new Error(msg);
    err.status = ret.status;
    err.signal = ret.signal;
    err.output = ret.output;
    err.pid = ret.pid;
    err.stdout = ret.stdout;
    err.stderr = ret.stderr;
  }
  return err;
}

function inheritStderr(options) {
  options = Object.assign({}, options);
  if (options.stdio === undefined)
    options.stdio = ['pipe', 'pipe', 'inherit'];
  return options;
}

function execSync(command, options) {
  options = inheritStderr(options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  var ret = spawnSync(command, [], options);
  if (ret.stderr && options.stdio[2] === 'inherit') {
    // Node writes what it captured; with 'inherit' the child wrote it itself
  }
  var err = checkExecSyncError(ret, [], command);
  if (err)
    throw err;
  return ret.stdout;
}

function execFileSync(file, args, options) {
  if (args !== null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = inheritStderr(options);
  var ret = spawnSync(file, args, options);
  var err = checkExecSyncError(ret, [file].concat(args || []), undefined);
  if (err)
    throw err;
  return ret.stdout;
}

// fork(modulePath[, args][, options]): the same leakscope binary (execPath) running
// modulePath with an IPC channel on stdio 'ipc' (NODE_CHANNEL_FD in the child).
function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string')
    throw errors.invalidArgType('modulePath', 'string', modulePath);
  if (args === undefined || args === null) {
    args = [];
  } else if (!Array.isArray(args)) {
    if (typeof args !== 'object')
      throw errors.invalidArgType('args', 'object', args);
    options = args;
    args = [];
  }
  options = Object.assign({}, options);
  var execArgv = options.execArgv || process.execArgv;
  args = execArgv.concat([modulePath], args);
  if (typeof options.stdio === 'string') {
    options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    var s = options.silent ? 'pipe' : 'inherit';
    options.stdio = [s, s, s, 'ipc'];
  } else if (options.stdio.indexOf('ipc') < 0) {
    throw errors.makeNodeError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED',
      "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
  }
  options.shell = false;
  return spawn(options.execPath || process.execPath, args, options);
}

// The child's end of fork's channel: called at start-up when NODE_CHANNEL_FD is set.
function _forkChild(fd, serialization) {
  var pipe = binding.pipe.create(true);
  var err = pipe.open(fd);
  if (err)
    throw new Error('child_process: cannot open the IPC channel on fd ' + fd);
  pipe.unref();
  var control = require('internal/child_ipc').setupChannel(process, pipe, serialization);
  process.on('newListener', function (name) {
    if (name === 'message' || name === 'disconnect')
      control.refCounted();
  });
  process.on('removeListener', function (name) {
    if (name === 'message' || name === 'disconnect')
      control.unrefCounted();
  });
}

// util.promisify(exec) and util.promisify(execFile) resolve { stdout, stderr } and
// reject with the error carrying stdout and stderr; the promise has .child (Node's
// customPromiseExecFunction)
function customPromiseExecFunction(orig) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    var resolve, reject;
    var promise = new Promise(function (res, rej) {
      resolve = res;
      reject = rej;
    });
    args.push(function (err, stdout, stderr) {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout: stdout, stderr: stderr });
      }
    });
    promise.child = orig.apply(null, args);
    return promise;
  };
}

Object.defineProperty(exec, require('util').promisify.custom, {
  enumerable: false, value: customPromiseExecFunction(exec)
});
Object.defineProperty(execFile, require('util').promisify.custom, {
  enumerable: false, value: customPromiseExecFunction(execFile)
});

module.exports = {
  ChildProcess: ChildProcess,
  exec: exec,
  execFile: execFile,
  execFileSync: execFileSync,
  execSync: execSync,
  fork: fork,
  spawn: spawn,
  spawnSync: spawnSync,
  _forkChild: _forkChild
};
