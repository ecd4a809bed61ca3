'use strict';
// internal/timers — Node's lib/internal/timers.js (+ the timer half of lib/timers.js)
// in ES5.
//
// Module wrapper: function (exports, require, module, binding).
//
// Timeouts live in one linked list per duration (TimersList); the lists sit in a
// binary heap ordered by (expiry, id) — Node's compareTimersLists. A single libuv timer
// (binding.scheduleTimer) fires processTimers(now); its return value tells C how to
// rearm: 0 = no timers, otherwise the next absolute expiry, negated when no ref'd
// timer remains. Immediates live in an ImmediateList drained by processImmediate()
// from the check phase; binding.immediateInfo = [kCount, kRefCount, kHasOutstanding].
// If processTimers/processImmediate throws (a user callback threw), state is
// consistent and C calls the same hook again (Node's RunTimers / CheckImmediate).

var tasks = require('internal/tasks');
// AsyncLocalStorage's context: a timer or immediate runs in the frame current when it
// was made, once a storage has been used (internal/async_context)
var asyncContext = require('internal/async_context');
var asyncState = asyncContext.state;
var runNextTicks = tasks.runNextTicks;
var invalidArgType = require('internal/errors').invalidArgType;

var getLibuvNow = binding.getLibuvNow;
var scheduleTimer = binding.scheduleTimer;
var toggleTimerRef = binding.toggleTimerRef;
var toggleImmediateRef = binding.toggleImmediateRef;
var immediateInfo = binding.immediateInfo;
var trace = binding.trace || { enabled: false, callback: null };

// Must match the C side's immediateInfo fields.
var kCount = 0;
var kRefCount = 1;
var kHasOutstanding = 2;

// Timeout values > TIMEOUT_MAX are set to 1.
var TIMEOUT_MAX = 2147483647;

var MIN_SAFE_INTEGER = -9007199254740991;
var timerListId = MIN_SAFE_INTEGER;

// Stands in for Node's kRefed symbol: a non-enumerable own property.
var kRefed = '__leakscopeRefed';
var REFED_DESC = { value: false, writable: true, enumerable: false, configurable: true };

var nextExpiry = Infinity;
var refCount = 0;

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

function emitWarning(msg, type) {
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function')
    process.emitWarning(msg, type);
}

// ---------------------------------------------------------------------------
// lib/internal/linkedlist.js

function L_init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

function L_peek(list) {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}

function L_remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function L_append(list, item) {
  if (item._idleNext || item._idlePrev) L_remove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

// Links item in list after the newest timer armed no later than it (a list keeps its
// timers oldest first, from _idlePrev): by start, then by the order of arming (_armSeq),
// since timers armed in the same millisecond must fire in the order they were armed.
function L_insertByStart(list, item) {
  var after = list._idleNext;	// the newest
  while (after !== list && (after._idleStart > item._idleStart ||
      (after._idleStart === item._idleStart && after._armSeq > item._armSeq)))
    after = after._idleNext;
  item._idleNext = after;
  item._idlePrev = after._idlePrev;
  after._idlePrev._idleNext = item;
  after._idlePrev = item;
}

function L_isEmpty(list) {
  return list._idleNext === list;
}

// ---------------------------------------------------------------------------
// lib/internal/priority_queue.js (1-based binary heap; slot 0 is a placeholder so the
// array stays dense)

function PriorityQueue(compare, setPosition) {
  this._compare = compare;
  this._setPosition = setPosition;
  this._heap = [null];
  this._size = 0;
}

PriorityQueue.prototype.insert = function (value) {
  var heap = this._heap;
  var pos = ++this._size;
  if (pos === heap.length) heap.push(value);
  else heap[pos] = value;
  this.percolateUp(pos);
};

PriorityQueue.prototype.peek = function () {
  return this._size === 0 ? undefined : this._heap[1];
};

PriorityQueue.prototype.peekBottom = function () {
  return this._size === 0 ? undefined : this._heap[this._size];
};

PriorityQueue.prototype.percolateDown = function (pos) {
  var compare = this._compare;
  var setPosition = this._setPosition;
  var heap = this._heap;
  var size = this._size;
  var hsize = size >> 1;
  var item = heap[pos];

  while (pos <= hsize) {
    var child = pos << 1;
    var nextChild = child + 1;
    var childItem = heap[child];

    if (nextChild <= size && compare(heap[nextChild], childItem) < 0) {
      child = nextChild;
      childItem = heap[nextChild];
    }

    if (compare(item, childItem) <= 0) break;

    setPosition(childItem, pos);
    heap[pos] = childItem;
    pos = child;
  }

  heap[pos] = item;
  setPosition(item, pos);
};

PriorityQueue.prototype.percolateUp = function (pos) {
  var heap = this._heap;
  var compare = this._compare;
  var setPosition = this._setPosition;
  var item = heap[pos];

  while (pos > 1) {
    var parent = heap[pos / 2 | 0];
    if (compare(parent, item) <= 0) break;
    heap[pos] = parent;
    setPosition(parent, pos);
    pos = pos / 2 | 0;
  }

  heap[pos] = item;
  setPosition(item, pos);
};

PriorityQueue.prototype.removeAt = function (pos) {
  var heap = this._heap;
  var size = --this._size;
  heap[pos] = heap[size + 1];
  heap[size + 1] = undefined;

  if (size > 0 && pos <= size) {
    if (pos > 1 && this._compare(heap[pos / 2 | 0], heap[pos]) > 0)
      this.percolateUp(pos);
    else
      this.percolateDown(pos);
  }
};

PriorityQueue.prototype.shift = function () {
  if (this._size === 0) return undefined;
  var value = this._heap[1];
  this.removeAt(1);
  return value;
};

// ---------------------------------------------------------------------------
// Timers

function compareTimersLists(a, b) {
  var expiryDiff = a.expiry - b.expiry;
  if (expiryDiff === 0) {
    if (a.id < b.id) return -1;
    if (a.id > b.id) return 1;
  }
  return expiryDiff;
}

function setPosition(node, pos) {
  node.priorityQueuePosition = pos;
}

var timerListQueue = new PriorityQueue(compareTimersLists, setPosition);

// Lists keyed by duration in milliseconds.
var timerListMap = Object.create(null);
// a named root in heap snapshots (runtime.h, RT_HEAP_HOLDERS)
binding.heap.holder('timer lists', timerListMap);

function TimersList(expiry, msecs) {
  this._idleNext = this;
  this._idlePrev = this;
  this.expiry = expiry;
  this.id = timerListId++;
  this.msecs = msecs;
  this.priorityQueuePosition = null;
}

function Timeout(callback, after, args, isRepeat, isRefed) {
  after *= 1; // Coalesce to number or NaN
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      emitWarning(after + ' does not fit into' +
                  ' a 32-bit signed integer.' +
                  '\nTimeout duration was set to 1.',
                  'TimeoutOverflowWarning');
    }
    after = 1; // Schedule on next tick, follows browser behavior
  }

  this._idleTimeout = after;
  this._idlePrev = this;
  this._idleNext = this;
  this._idleStart = null;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;

  if (isRefed) incRefCount();
  REFED_DESC.value = isRefed;
  Object.defineProperty(this, kRefed, REFED_DESC);
  if (asyncState.on) this['\x01frame'] = asyncState.frame;	// hidden: not listed
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// Schedule or re-schedule a timer.
function active(item) {
  insertGuarded(item, true);
}

// Like active(), but does not keep the process open.
function unrefActive(item) {
  insertGuarded(item, false);
}

function insertGuarded(item, refed, start) {
  var msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;

  insert(item, msecs, start);

  var isDestroyed = item._destroyed;
  if (isDestroyed) item._destroyed = false;

  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  if (Object.prototype.hasOwnProperty.call(item, kRefed)) {
    item[kRefed] = refed;
  } else {
    REFED_DESC.value = refed;
    Object.defineProperty(item, kRefed, REFED_DESC);
  }
}

var armSeq = 0;	// counts arming of timers: their order within one millisecond

function insert(item, msecs, start) {
  if (start === undefined) start = getLibuvNow();
  // Truncate so that accuracy of sub-millisecond timers is not assumed.
  msecs = msecs < 0 ? Math.ceil(msecs) : Math.floor(msecs);
  item._idleStart = start;
  item._armSeq = ++armSeq;
  if (item._lazyStart === true) item._lazyStart = false;	// in order again

  var list = timerListMap[msecs];
  if (list === undefined) {
    var expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);

    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }

  L_append(list, item);
}

function setUnrefTimeout(callback, after) {
  validateFunction(callback, 'callback');
  var timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

function getTimerDuration(msecs, name) {
  if (typeof msecs !== 'number') throw invalidArgType(name, 'number', msecs);
  if (msecs < 0 || !isFinite(msecs)) {
    var err = new RangeError('The value of "' + name + '" is out of range. ' +
                             'It must be a non-negative finite number. Received ' + msecs);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  if (msecs > TIMEOUT_MAX) return TIMEOUT_MAX;
  return msecs;
}

function runTimerCallback(timer, args) {
  if (asyncState.on) {
    asyncContext.runIn(timer['\x01frame'], timer._onTimeout, timer, args || []);
    return;
  }
  if (args === undefined) timer._onTimeout();
  else timer._onTimeout.apply(timer, args);
}

function runTimerCallbackTraced(timer, args) {
  var cb = trace.callback;
  cb('timer', 1);
  try {
    runTimerCallback(timer, args);
  } finally {
    cb('timer', 0);
  }
}

function processTimers(now) {
  nextExpiry = Infinity;

  var list;
  var ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  var msecs = list.msecs;

  var ranAtLeastOneTimer = false;
  var timer;
  while ((timer = L_peek(list)) !== null) {
    if (timer._lazyStart === true) {
      // re-armed in place (refreshLazy): moved now to where its start and arming order
      // put it, due or not, so that it fires after the timers armed before it
      timer._lazyStart = false;
      L_remove(timer);
      L_insertByStart(list, timer);
      continue;
    }
    var diff = now - timer._idleStart;

    // Check if this loop iteration is too early for the next timer.
    // This happens if there are more timers scheduled for later in the list.
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      return;
    }

    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;

    // The actual logic for when a timeout happens.
    L_remove(timer);

    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }

    var start;
    if (timer._repeat) start = getLibuvNow();

    try {
      if (trace.enabled) runTimerCallbackTraced(timer, timer._timerArgs);
      else runTimerCallback(timer, timer._timerArgs);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        forgetTimerId(timer);
        if (timer[kRefed]) refCount--;
      }
    }
  }

  // The list is empty: remove it from the map and the queue, unless it was removed
  // and recreated meanwhile.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  }
}

Timeout.prototype.refresh = function () {
  if (this[kRefed]) active(this);
  else unrefActive(this);
  return this;
};

// refresh() for an unref'd timer that is still linked in the list of its duration
// (Node's old lazy unrefActive): only the new start is recorded, with a mark that moves
// the timer to its place by start when the list reaches it early (listOnTimeout) instead
// of to the list's tail now. What a socket's timeout, re-armed around every request,
// costs.
function refreshLazy(item) {
  if (item._idleNext === null || item._idleNext === item || item._destroyed || item[kRefed]) {
    item.refresh();
    return;
  }
  item._idleStart = getLibuvNow();
  item._armSeq = ++armSeq;
  item._lazyStart = true;
}
Timeout.prototype._lazyStart = false;
Timeout.prototype._armSeq = 0;

Timeout.prototype.unref = function () {
  if (this[kRefed]) {
    this[kRefed] = false;
    if (!this._destroyed) decRefCount();
  }
  return this;
};

Timeout.prototype.ref = function () {
  if (!this[kRefed]) {
    this[kRefed] = true;
    if (!this._destroyed) incRefCount();
  }
  return this;
};

Timeout.prototype.hasRef = function () {
  return this[kRefed];
};

Timeout.prototype.close = function () {
  clearTimeout(this);
  return this;
};

// lib/timers.js unenroll()
function unenroll(item) {
  if (item._destroyed) return;

  item._destroyed = true;
  forgetTimerId(item);

  L_remove(item);

  // Only refed lists are deleted: unrefed ones are likely to be recreated soon.
  if (item[kRefed]) {
    var ms = item._idleTimeout;
    ms = ms < 0 ? Math.ceil(ms) : Math.floor(ms);
    var list = timerListMap[ms];
    if (list !== undefined && L_isEmpty(list)) {
      timerListQueue.removeAt(list.priorityQueuePosition);
      delete timerListMap[list.msecs];
    }
    decRefCount();
  }

  // If active is called later, then we want to make sure not to insert again
  item._idleTimeout = -1;
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleNext) unenroll(item);
  L_init(item);
  item._idleTimeout = msecs;
}

// The arguments after the first `skip` ones, or undefined when there are none (the
// common case, which then costs no array).
function restArgs(args, skip) {
  if (args.length <= skip) return undefined;
  var rest = [];
  for (var i = skip; i < args.length; i++) rest.push(args[i]);
  return rest;
}

function setTimeout(callback, after, arg1, arg2, arg3) {  // .length is 5, as in Node
  validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// Numeric timer ids, as Node's: a Timeout converted to a primitive (+t, `${t}`) gets
// an id (Node's is its async id; these count from 1) and stays findable by it until it
// is cleared or has run, so clearTimeout(id) works. The key is internal/es2015's hidden
// name for Symbol.toPrimitive.
var knownTimersById = Object.create(null);
var lastTimerId = 0;
Object.defineProperty(Timeout.prototype, '\x01Symbol(Symbol.toPrimitive)', {
  writable: true, enumerable: false, configurable: true,
  value: function () {
    var id = this['\x01id'];
    if (id === undefined) {
      id = this['\x01id'] = ++lastTimerId;
      knownTimersById[id] = this;
    }
    return id;
  }
});

function forgetTimerId(timer) {
  var id = timer['\x01id'];
  if (id !== undefined) delete knownTimersById[id];
}

// Accepts a Timeout, a timer's numeric id (or its string) or anything else (ignored).
function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    var t = knownTimersById[timer];
    if (t !== undefined) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------
// Immediates

function ImmediateList() {
  this.head = null;
  this.tail = null;
}

ImmediateList.prototype.append = function (item) {
  if (this.tail !== null) {
    this.tail._idleNext = item;
    item._idlePrev = this.tail;
  } else {
    this.head = item;
  }
  this.tail = item;
};

ImmediateList.prototype.remove = function (item) {
  if (item._idleNext !== null) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev !== null) item._idlePrev._idleNext = item._idleNext;

  if (item === this.head) this.head = item._idleNext;
  if (item === this.tail) this.tail = item._idlePrev;

  item._idleNext = null;
  item._idlePrev = null;
};

var immediateQueue = new ImmediateList();
// a named root in heap snapshots (runtime.h, RT_HEAP_HOLDERS)
binding.heap.holder('immediates', immediateQueue);

// If an uncaught exception was thrown during execution of immediateQueue, this queue
// stores the remaining Immediates to run when processImmediate() is called again.
var outstandingQueue = new ImmediateList();

function Immediate(callback, args) {
  this._idleNext = null;
  this._idlePrev = null;
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  REFED_DESC.value = false;
  Object.defineProperty(this, kRefed, REFED_DESC);

  this.ref();
  immediateInfo[kCount]++;
  if (asyncState.on) this['\x01frame'] = asyncState.frame;

  immediateQueue.append(this);
}

Immediate.prototype.ref = function () {
  if (this[kRefed] === false) {
    this[kRefed] = true;
    if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
  }
  return this;
};

Immediate.prototype.unref = function () {
  if (this[kRefed] === true) {
    this[kRefed] = false;
    if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  }
  return this;
};

Immediate.prototype.hasRef = function () {
  return !!this[kRefed];
};

function runImmediateCallback(immediate, argv) {
  if (asyncState.on) {
    asyncContext.runIn(immediate['\x01frame'], immediate._onImmediate, immediate, argv || []);
    return;
  }
  if (!argv) immediate._onImmediate();
  else immediate._onImmediate.apply(immediate, argv);
}

function runImmediateCallbackTraced(immediate, argv) {
  var cb = trace.callback;
  cb('immediate', 1);
  try {
    runImmediateCallback(immediate, argv);
  } finally {
    cb('immediate', 0);
  }
}

function processImmediate() {
  var queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  var immediate = queue.head;

  // Clear the linked list early in case new `setImmediate()` calls occur while
  // immediate callbacks are executed.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }

  var prevImmediate;
  var ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;

    // It's possible for this current Immediate to be cleared while executing the
    // next tick queue above, which means we need to use the previous Immediate's
    // _idleNext which is guaranteed to not have been cleared.
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }

    immediate._destroyed = true;

    immediateInfo[kCount]--;
    if (immediate[kRefed]) immediateInfo[kRefCount]--;
    immediate[kRefed] = null;

    prevImmediate = immediate;

    try {
      if (trace.enabled) runImmediateCallbackTraced(immediate, immediate._argv);
      else runImmediateCallback(immediate, immediate._argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }

  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
  // Node's CheckImmediate: stop keeping the loop alive once no ref'd immediate is left.
  if (immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !immediate._onImmediate) return;

  immediateInfo[kCount]--;
  immediate._destroyed = true;

  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;

  immediate._onImmediate = null;

  immediateQueue.remove(immediate);
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises'
// functions, through util.promisify.custom (a string key here, util.js's
// 'nodejs.util.promisify.custom'; non-enumerable, so Object.keys(setTimeout) is [] as
// in Node, where it is a symbol)
function promisifyCustom(fn, name) {
  Object.defineProperty(fn, 'nodejs.util.promisify.custom', {
    configurable: true,
    enumerable: false,
    get: function () { return require('timers/promises')[name]; }
  });
}
promisifyCustom(setTimeout, 'setTimeout');
promisifyCustom(setImmediate, 'setImmediate');

exports.TIMEOUT_MAX = TIMEOUT_MAX;
exports.Timeout = Timeout;
exports.Immediate = Immediate;
exports.kRefed = kRefed;
exports.setUnrefTimeout = setUnrefTimeout;
exports.getTimerDuration = getTimerDuration;
exports.immediateQueue = immediateQueue;
exports.immediateInfoFields = { kCount: kCount, kRefCount: kRefCount, kHasOutstanding: kHasOutstanding };
exports.active = active;
exports.unrefActive = unrefActive;
exports.refreshLazy = refreshLazy;
exports.insert = insert;
exports.timerListMap = timerListMap;
exports.timerListQueue = timerListQueue;
exports.decRefCount = decRefCount;
exports.incRefCount = incRefCount;
exports.processTimers = processTimers;
exports.processImmediate = processImmediate;
exports.unenroll = unenroll;
exports.enroll = enroll;
exports.setTimeout = setTimeout;
exports.clearTimeout = clearTimeout;
exports.setInterval = setInterval;
exports.clearInterval = clearInterval;
exports.setImmediate = setImmediate;
exports.clearImmediate = clearImmediate;

// The C loop calls these; they exist from the moment the first timer can.
binding.setHooks({ processTimers: processTimers, processImmediate: processImmediate });
