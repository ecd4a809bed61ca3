// generator.js — runs the state machines runtime/downlevel/lower_generator.c makes of
// generator functions, async functions and async generators. Loaded by es2015.js the
// first time down-leveled code calls __ls.gen, __ls.async or __ls.agen; its exports join
// __ls. ES5, like every lib file.
//
// A machine is an inner function f(ctx) that runs from state ctx.n. It returns the value
// to yield (or await), or a sentinel from the context's methods:
//   ctx.r(v)     return v (through the finally blocks around it; in an async generator
//                `return v` awaits v first, a bare `return` does not)
//   ctx.j(n)     jump to state n out of an exploded try with a finally
//   ctx.f(i, n)  end of the finally block of try i; n is the state after the try
//   ctx.d(x)     yield* x
//   ctx.K        go on at ctx.n (the machine is cut in segments around declarations)
// The tables [codes, tries, segments] say, per state, which exploded try it is in and
// which part (code = try * 3 + part + 1, part 0 try, 1 catch, 2 finally; 0: none); per
// try: its catch state, its finally state (-1: none) and the code of the try statement;
// per state, the segment holding it. ctx.p is the state being run (where an exception
// comes from), ctx.s the value sent in or awaited, ctx.e the exception a catch gets.
//
// Async functions follow V8's ticks: `await v` is PromiseResolve(%Promise%, v) plus a
// reaction with no derived promise (internal/promise performAwait: one tick for a
// native promise), and the function's promise is resolved with its return value through
// the resolve function (a returned promise costs two more ticks), as in Node 20.
'use strict';

var global = (function () { return this; })() || Function('return this')();
var ls = global.__ls;
var ITER = Symbol.iterator.valueOf();
var ASYNC_ITER = Symbol.asyncIterator.valueOf();
var defineProperty = Object.defineProperty;

function hide(obj, name, value) {
  defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

// ---- promises (the runtime's own: internal/promise registers its exports on the
// binding when it loads; reading the global Promise loads it) ----
var P = null;
var nativeThen, nativeResolve;
function promises() {
  if (P !== null)
    return P;
  if (binding.promiseInternals === undefined)
    void global.Promise;
  if (binding.promiseInternals === undefined)
    void global.queueMicrotask;
  P = binding.promiseInternals;
  if (P === undefined) {
    P = null;
    throw new Error('leakscope: the Promise implementation is not loaded');
  }
  nativeThen = P.Promise.prototype.then;
  nativeResolve = P.Promise.resolve;
  return P;
}

// ---- the machine ----
var CONT = { sentinel: 'continue' };
var RET = { sentinel: 'return' };
var DELEG = { sentinel: 'yield*' };
var AWRET = { sentinel: 'await return' };
var THROWN = { sentinel: 'thrown' };
var thrown;

var GEN = 1, ASYNC = 2, AGEN = 3;

function Ctx(f, tables, kind) {
  this.n = 0;
  this.p = 0;
  this.s = undefined;
  this.e = undefined;
  this.w = 0;
  this.v = undefined;
  this.kind = kind;
  this.st = 0;		// 0 suspended at the start, 1 suspended, 2 running, 3 done, 4 awaiting a return
  this.dg = null;	// yield*: the inner iterator
  this.pass = false;	// ctx.v is the inner iterator's result object (sync yield*)
  this.cr = null;	// completions waiting for the end of a finally block, by try
  this.t = undefined;	// for await: what the iterator's return() gave, to await
  this.L = null;
  this.T = null;
  this.so = null;
  if (tables !== undefined) {
    if (tables[0].length > 0) {
      this.L = tables[0];
      this.T = tables[1];
    }
    if (tables.length > 2)
      this.so = tables[2];
  }
  // one segment (function declarations before the machine's only part) comes with no
  // segment table: run it as the whole machine
  if (typeof f === 'function' || this.so === null) {
    this.fn = typeof f === 'function' ? f : f[f.length - 1];
    this.sg = null;
  } else {
    this.fn = null;
    this.sg = f;
  }
}
Ctx.prototype.K = CONT;

function takeThrown() {
  var e = thrown;
  thrown = undefined;
  return e;
}

function callMachine(ctx) {
  try {
    return ctx.fn(ctx);
  } catch (e) {
    thrown = e;
    return THROWN;
  }
}

function codeOf(ctx, state) {
  return ctx.L === null ? 0 : ctx.L[state];
}

function setCompletion(ctx, i, type, v) {
  if (ctx.cr === null)
    ctx.cr = [];
  ctx.cr[i] = { t: type, v: v };
}

function dropCompletion(ctx, i) {
  if (ctx.cr !== null)
    ctx.cr[i] = undefined;
}

// An exception at try code c goes to the innermost catch, or finally, around it.
function raise(ctx, c, e) {
  var T = ctx.T;
  while (c !== 0) {
    var i = ((c - 1) / 3) | 0, b = i * 3, part = (c - 1) % 3;
    if (part === 0 && T[b] >= 0) {
      ctx.n = T[b];
      ctx.e = e;
      return true;
    }
    if (part < 2 && T[b + 1] >= 0) {
      setCompletion(ctx, i, 2, e);
      ctx.n = T[b + 1];
      return true;
    }
    if (part === 2)
      dropCompletion(ctx, i);
    c = T[b + 2];
  }
  return false;
}

// A return at try code c runs the finally blocks around it first.
function returnFrom(ctx, c, v) {
  var T = ctx.T;
  while (c !== 0) {
    var i = ((c - 1) / 3) | 0, b = i * 3, part = (c - 1) % 3;
    if (part < 2 && T[b + 1] >= 0) {
      setCompletion(ctx, i, 1, v);
      ctx.n = T[b + 1];
      return CONT;
    }
    if (part === 2)
      dropCompletion(ctx, i);
    c = T[b + 2];
  }
  ctx.v = v;
  return RET;
}

function within(T, c, i) {
  while (c !== 0) {
    var k = ((c - 1) / 3) | 0;
    if (k === i)
      return true;
    c = T[k * 3 + 2];
  }
  return false;
}

// A jump to state `to` from try code c runs the finally blocks of the tries it leaves.
function jumpFrom(ctx, c, to) {
  var T = ctx.T, tc = codeOf(ctx, to);
  while (c !== 0) {
    var i = ((c - 1) / 3) | 0, b = i * 3, part = (c - 1) % 3;
    if (within(T, tc, i))
      break;
    if (part < 2 && T[b + 1] >= 0) {
      setCompletion(ctx, i, 3, to);
      ctx.n = T[b + 1];
      return CONT;
    }
    if (part === 2)
      dropCompletion(ctx, i);
    c = T[b + 2];
  }
  ctx.n = to;
  return CONT;
}

Ctx.prototype.r = function (v) {
  if (this.kind === AGEN && arguments.length > 0) {
    this.v = v;
    return AWRET;
  }
  return returnFrom(this, codeOf(this, this.p), v);
};

Ctx.prototype.j = function (to) {
  return jumpFrom(this, codeOf(this, this.p), to);
};

Ctx.prototype.f = function (i, after) {
  var cr = this.cr, c = cr !== null ? cr[i] : undefined;
  if (c === undefined) {
    this.n = after;
    return CONT;
  }
  cr[i] = undefined;
  if (c.t === 2)
    throw c.v;
  if (c.t === 1)
    return returnFrom(this, this.T[i * 3 + 2], c.v);
  return jumpFrom(this, this.T[i * 3 + 2], c.v);
};

// The finally of an exploded for-of: closes the iterator the loop leaves early. After
// an exception the iterator's errors are dropped (the exception wins).
Ctx.prototype.x = function (i, it) {
  var c = this.cr !== null ? this.cr[i] : undefined;
  if (c !== undefined && c.t === 2) {
    if (closeIterator(it) === THROWN)
      takeThrown();
    return;
  }
  var m = it['return'];
  if (m === undefined || m === null)
    return;
  var r = m.call(it);
  if (!isObject(r))
    throw notObject(r);
};

// ... of a for await: true when it.return() gave something to await (in ctx.t)
Ctx.prototype.ar = function (i, it) {
  var c = this.cr !== null ? this.cr[i] : undefined, m, r;
  var quiet = c !== undefined && c.t === 2;
  if (quiet) {
    try {
      m = it['return'];
      if (m === undefined || m === null)
        return false;
      r = m.call(it);
    } catch (e) {
      return false;
    }
    promises();
    // awaited all the same, its rejection dropped
    this.t = nativeThen.call(nativeResolve.call(P.Promise, r), undefined, function () {});
    return true;
  }
  m = it['return'];
  if (m === undefined || m === null)
    return false;
  this.t = m.call(it);
  return true;
};

Ctx.prototype.ac = function (i, r) {
  var c = this.cr !== null ? this.cr[i] : undefined;
  this.t = undefined;
  if (!(c !== undefined && c.t === 2) && !isObject(r))
    throw notObject(r);
};

Ctx.prototype.d = function (x) {
  this.dg = this.kind === AGEN ? asyncIter(x) : ls.iter(x);
  return DELEG;
};

// Runs from state ctx.n until the machine suspends or ends: 0 suspended (ctx.v: the
// value yielded or awaited; ctx.w set for an await in an async generator), 1 returned
// (ctx.v), 2 threw (ctx.v), 3 yield* began (ctx.dg), 4 an async generator's return
// awaits ctx.v.
function run(ctx) {
  var r;
  for (;;) {
    ctx.w = 0;
    if (ctx.sg !== null)
      ctx.fn = ctx.sg[ctx.so[ctx.n]];
    r = callMachine(ctx);
    if (r === CONT)
      continue;
    if (r === RET)
      return 1;
    if (r === THROWN) {
      r = takeThrown();
      if (raise(ctx, codeOf(ctx, ctx.p), r))
        continue;
      ctx.v = r;
      return 2;
    }
    if (r === DELEG)
      return 3;
    if (r === AWRET)
      return 4;
    ctx.v = r;
    return 0;
  }
}

// A throw (kind 1) or return (kind 2) arriving where the machine is suspended.
function inject(ctx, kind, v) {
  ctx.p = ctx.n;
  if (kind === 1) {
    if (!raise(ctx, codeOf(ctx, ctx.n), v)) {
      ctx.v = v;
      return 2;
    }
  } else if (returnFrom(ctx, codeOf(ctx, ctx.n), v) === RET) {
    return 1;
  }
  return run(ctx);
}

function end(ctx) {
  ctx.st = 3;
  ctx.fn = ctx.sg = null;
  ctx.dg = null;
  ctx.cr = null;
}

function isObject(x) {
  return x !== null && (typeof x === 'object' || typeof x === 'function');
}

function notObject(r) {
  return new TypeError('Iterator result ' + (typeof r === 'string' ? r : String(r)) + ' is not an object');
}

function callMethod(m, self, v) {
  try {
    return m.call(self, v);
  } catch (e) {
    thrown = e;
    return THROWN;
  }
}

function getDone(r) {
  try {
    return !!r.done;
  } catch (e) {
    thrown = e;
    return THROWN;
  }
}

function getValue(r) {
  try {
    return r.value;
  } catch (e) {
    thrown = e;
    return THROWN;
  }
}

function closeIterator(it) {
  var m;
  try {
    m = it['return'];
    if (m !== undefined && m !== null)
      m.call(it);
  } catch (e) {
    thrown = e;
    return THROWN;
  }
  return undefined;
}

// ---- generators ----

// yield*: one step of the inner iterator with next (0), throw (1) or return (2); the
// result as from run()
function delegate(ctx, kind, v) {
  var it = ctx.dg, m, r, done;
  m = kind === 0 ? it.next : kind === 1 ? it['throw'] : it['return'];
  if (m === undefined || m === null) {
    ctx.dg = null;
    if (kind === 2)
      return inject(ctx, 2, v);
    if (closeIterator(it) === THROWN)
      return inject(ctx, 1, takeThrown());
    return inject(ctx, 1, new TypeError("The iterator does not provide a 'throw' method."));
  }
  r = callMethod(m, it, v);
  if (r === THROWN) {
    ctx.dg = null;
    return inject(ctx, 1, takeThrown());
  }
  if (!isObject(r)) {
    ctx.dg = null;
    return inject(ctx, 1, notObject(r));
  }
  done = getDone(r);
  if (done === THROWN) {
    ctx.dg = null;
    return inject(ctx, 1, takeThrown());
  }
  if (!done) {
    ctx.v = r;
    ctx.pass = true;
    return 0;
  }
  ctx.dg = null;
  v = getValue(r);
  if (v === THROWN)
    return inject(ctx, 1, takeThrown());
  if (kind === 2)
    return inject(ctx, 2, v);
  ctx.s = v;
  return run(ctx);
}

// %IteratorPrototype% and %AsyncIteratorPrototype%, as far as generators see them (the
// runtime's other iterators inherit from Object.prototype); %GeneratorPrototype% with
// %GeneratorFunction.prototype% as its constructor (internal/es2015 fnKindProto), which
// has it as its 'prototype'. A generator function's own 'prototype' inherits from it
// (__ls.fnKind) and its objects from that (gen).
var IteratorPrototype = {};
hide(IteratorPrototype, ITER, function () { return this; });
var AsyncIteratorPrototype = {};
hide(AsyncIteratorPrototype, ASYNC_ITER, function () { return this; });

function kindPrototype(kind, parent) {
  var proto = Object.create(parent), fp = ls.fnKindProto(kind);
  defineProperty(proto, 'constructor', { value: fp, writable: false, enumerable: false, configurable: true });
  defineProperty(fp, 'prototype', { value: proto, writable: false, enumerable: false, configurable: true });
  return proto;
}
var GeneratorPrototype = kindPrototype(GEN, IteratorPrototype);

function resume(self, kind, v, method) {
  var ctx = isObject(self) ? self['\x01gen'] : undefined;
  var k, r;
  if (ctx === undefined || ctx.kind !== GEN)
    throw new TypeError(method + ' method called on incompatible receiver ' + (isObject(self) ? '#<Object>' : String(self)));
  if (ctx.st === 2)
    throw new TypeError('Generator is already running');
  if (ctx.st === 3 || (ctx.st === 0 && kind !== 0)) {
    if (ctx.st !== 3)
      end(ctx);
    if (kind === 1)
      throw v;
    return { value: kind === 2 ? v : undefined, done: true };
  }
  ctx.st = 2;
  if (ctx.dg !== null) {
    k = delegate(ctx, kind, v);
  } else if (kind === 0) {
    ctx.s = v;
    k = run(ctx);
  } else {
    k = inject(ctx, kind, v);
  }
  while (k === 3)
    k = delegate(ctx, 0, undefined);
  r = ctx.v;
  ctx.v = undefined;
  if (k === 0) {
    ctx.st = 1;
    if (ctx.pass) {
      ctx.pass = false;
      return r;
    }
    return { value: r, done: false };
  }
  end(ctx);
  if (k === 1)
    return { value: r, done: true };
  throw r;
}

hide(GeneratorPrototype, 'next', function next(v) { return resume(this, 0, v, 'next'); });
hide(GeneratorPrototype, 'return', function (v) { return resume(this, 2, v, 'return'); });
hide(GeneratorPrototype, 'throw', function (v) { return resume(this, 1, v, 'throw'); });
// Object.prototype.toString and inspect read the tag (mujs patch 0051)
defineProperty(GeneratorPrototype, Symbol.toStringTag.valueOf(), { value: 'Generator', configurable: true });

// fn: the generator function called (its 'prototype', when an object, is the object's)
function gen(fn, f, tables) {
  var p = fn.prototype;
  var g = Object.create(isObject(p) ? p : GeneratorPrototype);
  g['\x01gen'] = new Ctx(f, tables, GEN);
  return g;
}

// ---- async functions ----

function asyncStep(ctx, k) {
  if (k === 0) {
    if (ctx.onF === undefined) {
      ctx.onF = function (v) {
        ctx.s = v;
        asyncStep(ctx, run(ctx));
      };
      ctx.onR = function (e) {
        asyncStep(ctx, inject(ctx, 1, e));
      };
    }
    var v = ctx.v;
    ctx.v = undefined;
    P.performAwait(v, ctx.onF, ctx.onR);
    return;
  }
  var r = ctx.v;
  ctx.v = undefined;
  end(ctx);
  ctx.onF = ctx.onR = undefined;
  if (k === 1)
    P.resolvePromise(ctx.pr, r);
  else
    P.rejectPromise(ctx.pr, r);
}

function async(f, tables) {
  var ctx = new Ctx(f, tables, ASYNC);
  promises();
  ctx.onF = undefined;
  ctx.onR = undefined;
  ctx.pr = P.newPromise();
  ctx.st = 2;
  asyncStep(ctx, run(ctx));
  return ctx.pr;
}

// an async function whose parameters threw
function rejected(e) {
  promises();
  var p = P.newPromise();
  P.rejectPromise(p, e);
  return p;
}

// ---- async iteration ----

// %AsyncFromSyncIteratorPrototype%
function AsyncFromSync(it) {
  this.it = it;
}

function fromSyncResult(r) {
  promises();
  var p = P.newPromise(), done, v, wrapper;
  if (!isObject(r)) {
    P.rejectPromise(p, notObject(r));
    return p;
  }
  done = getDone(r);
  if (done !== THROWN)
    v = getValue(r);
  if (done === THROWN || v === THROWN) {
    P.rejectPromise(p, takeThrown());
    return p;
  }
  try {
    wrapper = nativeResolve.call(P.Promise, v);
  } catch (e) {
    P.rejectPromise(p, e);
    return p;
  }
  return nativeThen.call(wrapper, function (x) { return { value: x, done: done }; });
}

function fromSyncCall(self, name, v, nargs) {
  var it = self.it, m, r;
  promises();
  if (name !== 'next') {
    m = it[name];
    if (m === undefined || m === null) {
      var p = P.newPromise();
      if (name === 'return')
        P.resolvePromise(p, { value: v, done: true });
      else
        P.rejectPromise(p, v);
      return p;
    }
  } else {
    m = it.next;
  }
  try {
    r = nargs > 0 ? m.call(it, v) : m.call(it);
  } catch (e) {
    var q = P.newPromise();
    P.rejectPromise(q, e);
    return q;
  }
  return fromSyncResult(r);
}

hide(AsyncFromSync.prototype, 'next', function next(v) { return fromSyncCall(this, 'next', v, arguments.length); });
hide(AsyncFromSync.prototype, 'return', function (v) { return fromSyncCall(this, 'return', v, arguments.length); });
hide(AsyncFromSync.prototype, 'throw', function (v) { return fromSyncCall(this, 'throw', v, arguments.length); });

// GetIterator(x, async)
function asyncIter(x) {
  var m = x === undefined || x === null ? undefined : x[ASYNC_ITER];
  if (m !== undefined && m !== null) {
    if (typeof m !== 'function')
      throw new TypeError(typeof x + ' is not async iterable');
    var it = m.call(x);
    if (!isObject(it))
      throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
    return it;
  }
  return new AsyncFromSync(ls.iter(x));
}

// for await: the awaited result of next() must be an object
function step(r) {
  if (!isObject(r))
    throw notObject(r);
  return r;
}

// for-in over a state machine's loop: the keys up front, each skipped once deleted
function ForIn(o) {
  var keys = [];
  for (var k in o)
    keys.push(k);
  this.o = o;
  this.k = keys;
  this.i = 0;
}
ForIn.prototype.next = function () {
  var k;
  while (this.i < this.k.length) {
    k = this.k[this.i++];
    if (k in this.o)
      return { value: k, done: false };
  }
  this.o = undefined;
  return { value: undefined, done: true };
};

function forIn(o) {
  return new ForIn(o === undefined || o === null ? {} : Object(o));
}

// ---- async generators ----

var AsyncGeneratorPrototype = kindPrototype(AGEN, AsyncIteratorPrototype);

// AsyncGeneratorCompleteStep: settles the oldest request
function completeStep(ctx, isThrow, v, done) {
  var req = ctx.q.shift();
  if (isThrow)
    P.rejectPromise(req.p, v);
  else
    P.resolvePromise(req.p, { value: v, done: done });
}

function agDrain(ctx) {
  var q = ctx.q;
  while (q.length > 0) {
    var req = q[0];
    if (req.k === 2) {
      ctx.st = 4;
      agAwaitReturn(ctx);
      return;
    }
    completeStep(ctx, req.k === 1, req.k === 1 ? req.v : undefined, true);
  }
}

function agAwaitReturn(ctx) {
  P.performAwait(ctx.q[0].v, function (v) {
    ctx.st = 3;
    completeStep(ctx, false, v, true);
    agDrain(ctx);
  }, function (e) {
    ctx.st = 3;
    completeStep(ctx, true, e, true);
    agDrain(ctx);
  });
}

function agHandlers(ctx) {
  // an await (or the await of a yielded value) settled
  ctx.onF = function (v) {
    ctx.s = v;
    agStep(ctx, run(ctx));
  };
  ctx.onY = function (v) {
    agYield(ctx, v);
  };
  ctx.onR = function (e) {
    agStep(ctx, inject(ctx, 1, e));
  };
  // `return v` awaited v
  ctx.onRF = function (v) {
    agStep(ctx, returnFrom(ctx, codeOf(ctx, ctx.p), v) === RET ? 1 : run(ctx));
  };
  ctx.onRR = function (e) {
    if (raise(ctx, codeOf(ctx, ctx.p), e)) {
      agStep(ctx, run(ctx));
    } else {
      ctx.v = e;
      agStep(ctx, 2);
    }
  };
  // a return request at a yield awaited its value
  ctx.onQF = function (v) {
    agStep(ctx, inject(ctx, 2, v));
  };
}

function agStep(ctx, k) {
  var v = ctx.v;
  ctx.v = undefined;
  if (k === 0) {
    if (ctx.w)
      P.performAwait(v, ctx.onF, ctx.onR);
    else
      P.performAwait(v, ctx.onY, ctx.onR);
    return;
  }
  if (k === 3) {
    agDelegate(ctx, 0, undefined);
    return;
  }
  if (k === 4) {
    P.performAwait(v, ctx.onRF, ctx.onRR);
    return;
  }
  end(ctx);
  completeStep(ctx, k === 2, v, true);
  agDrain(ctx);
}

// AsyncGeneratorYield: the oldest request gets the value; the next one, if any, resumes
function agYield(ctx, v) {
  completeStep(ctx, false, v, false);
  if (ctx.q.length > 0) {
    var req = ctx.q[0];
    agResume(ctx, req.k, req.v);
    return;
  }
  ctx.st = 1;
}

function agResume(ctx, kind, v) {
  ctx.st = 2;
  if (ctx.dg !== null) {
    agDelegate(ctx, kind, v);
    return;
  }
  if (kind === 0) {
    ctx.s = v;
    agStep(ctx, run(ctx));
  } else if (kind === 1) {
    agStep(ctx, inject(ctx, 1, v));
  } else {
    P.performAwait(v, ctx.onQF, ctx.onR);
  }
}

// yield* in an async generator: one step of the inner async iterator
function agDelegate(ctx, kind, v) {
  var it = ctx.dg, m, r;
  m = kind === 0 ? it.next : kind === 1 ? it['throw'] : it['return'];
  if (m === undefined || m === null) {
    ctx.dg = null;
    if (kind === 2) {
      P.performAwait(v, ctx.onQF, ctx.onR);
      return;
    }
    // no throw method: close the inner iterator, then a TypeError
    m = it['return'];
    var err = new TypeError("The iterator does not provide a 'throw' method.");
    if (m === undefined || m === null) {
      agStep(ctx, inject(ctx, 1, err));
      return;
    }
    r = callMethod(m, it, undefined);
    if (r === THROWN) {
      agStep(ctx, inject(ctx, 1, takeThrown()));
      return;
    }
    P.performAwait(r, function () {
      agStep(ctx, inject(ctx, 1, err));
    }, ctx.onR);
    return;
  }
  r = callMethod(m, it, v);
  if (r === THROWN) {
    ctx.dg = null;
    agStep(ctx, inject(ctx, 1, takeThrown()));
    return;
  }
  P.performAwait(r, function (res) {
    var done, val;
    if (!isObject(res)) {
      ctx.dg = null;
      agStep(ctx, inject(ctx, 1, notObject(res)));
      return;
    }
    done = getDone(res);
    if (done !== THROWN)
      val = getValue(res);
    if (done === THROWN || val === THROWN) {
      ctx.dg = null;
      agStep(ctx, inject(ctx, 1, takeThrown()));
      return;
    }
    if (!done) {
      agYield(ctx, val);
      return;
    }
    ctx.dg = null;
    if (kind === 2) {
      P.performAwait(val, ctx.onQF, ctx.onR);
      return;
    }
    ctx.s = val;
    agStep(ctx, run(ctx));
  }, function (e) {
    ctx.dg = null;
    agStep(ctx, inject(ctx, 1, e));
  });
}

function agRequest(self, kind, v, method) {
  promises();
  var ctx = isObject(self) ? self['\x01gen'] : undefined;
  var p = P.newPromise();
  if (ctx === undefined || ctx.kind !== AGEN) {
    P.rejectPromise(p, new TypeError(method + ' method called on incompatible receiver ' +
      (isObject(self) ? '#<Object>' : String(self))));
    return p;
  }
  var st = ctx.st;
  if (kind === 1 && st === 0) {
    end(ctx);
    st = 3;
  }
  if (st === 3 && kind !== 2 && ctx.q.length === 0) {
    if (kind === 0)
      P.resolvePromise(p, { value: undefined, done: true });
    else
      P.rejectPromise(p, v);
    return p;
  }
  ctx.q.push({ k: kind, v: v, p: p });
  if (kind === 2 && (st === 0 || st === 3)) {
    if (st === 0)
      end(ctx);
    ctx.st = 4;
    agAwaitReturn(ctx);
  } else if (st === 0 || st === 1) {
    agResume(ctx, kind, v);
  }
  return p;
}

hide(AsyncGeneratorPrototype, 'next', function next(v) { return agRequest(this, 0, v, 'next'); });
hide(AsyncGeneratorPrototype, 'return', function (v) { return agRequest(this, 2, v, 'return'); });
hide(AsyncGeneratorPrototype, 'throw', function (v) { return agRequest(this, 1, v, 'throw'); });
defineProperty(AsyncGeneratorPrototype, Symbol.toStringTag.valueOf(), { value: 'AsyncGenerator', configurable: true });

function agen(fn, f, tables) {
  var p = fn.prototype;
  var g = Object.create(isObject(p) ? p : AsyncGeneratorPrototype);
  var ctx = new Ctx(f, tables, AGEN);
  ctx.q = [];
  agHandlers(ctx);
  g['\x01gen'] = ctx;
  return g;
}

exports.gen = gen;
exports.async = async;
exports.agen = agen;
exports.rejected = rejected;
exports.asyncIter = asyncIter;
exports.step = step;
exports.forIn = forIn;
