// internal/histogram — perf_hooks' createHistogram() and monitorEventLoopDelay(), in
// ES5, with HdrHistogram's arithmetic (what Node 20 links), so the numbers match Node's:
// a value is counted in the bucket of its equivalence range (3 significant figures by
// default); min reports the range's lowest value, max its highest, mean and stddev use
// the ranges' middles, percentile(p) the highest value of the range reaching p, and
// `percentiles` the Map (Node's is a SafeMap) of HdrHistogram's percentile iteration
// with one tick per half distance. Counts live in an object keyed by range (memory
// grows with the number of distinct ranges, bounded by the precision). No BigInt
// variants (countBigInt, ...): mujs has no BigInt.
//
// monitorEventLoopDelay({ resolution = 10 }) samples with an unref'd interval timer and
// records the nanoseconds between its callbacks, as Node's ELDHistogram does with its
// libuv timer.
'use strict';

var errors = require('internal/errors');

var INT64_MAX = 9223372036854775807;	// prints as Node's 9223372036854776000

function pow2(n) {
  return Math.pow(2, n);
}

// The number of bits of a positive integer (<= 2^53).
function bitLength(v) {
  var n = 0;
  while (v >= 4294967296) {
    v = Math.floor(v / 4294967296);
    n += 32;
  }
  while (v >= 1) {
    v = Math.floor(v / 2);
    n++;
  }
  return n;
}

function Hdr(lowest, highest, figures) {
  var largestSingleUnit = 2 * Math.pow(10, figures);
  var subBucketCountMagnitude = Math.ceil(Math.log(largestSingleUnit) / Math.LN2);
  this.subBucketHalfCountMagnitude = (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
  this.unitMagnitude = Math.floor(Math.log(lowest) / Math.LN2);
  this.subBucketCount = pow2(this.subBucketHalfCountMagnitude + 1);
  this.subBucketMask = (this.subBucketCount - 1) * pow2(this.unitMagnitude);
  this.highest = highest;
  this.reset();
}

Hdr.prototype.reset = function () {
  this.counts = Object.create(null);	// lowest equivalent value -> count
  this.total = 0;
  this.min = INT64_MAX;
  this.max = 0;
};

// value | subBucketMask for values up to 2^53 (the mask has its low bits set).
Hdr.prototype.bucketIndex = function (v) {
  var m = this.subBucketMask;
  var len = Math.max(bitLength(v), bitLength(m));
  return len - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
};

Hdr.prototype.lowestEquivalent = function (v) {
  var shift = pow2(this.bucketIndex(v) + this.unitMagnitude);
  return Math.floor(v / shift) * shift;
};

Hdr.prototype.rangeSize = function (v) {
  var b = this.bucketIndex(v);
  var sub = Math.floor(v / pow2(b + this.unitMagnitude));
  return pow2(this.unitMagnitude + (sub >= this.subBucketCount ? b + 1 : b));
};

Hdr.prototype.highestEquivalent = function (v) {
  return this.lowestEquivalent(v) + this.rangeSize(v) - 1;
};

Hdr.prototype.medianEquivalent = function (v) {
  return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2);
};

Hdr.prototype.record = function (v, n) {
  if (v < 0 || v > this.highest)
    return false;
  var k = this.lowestEquivalent(v);
  this.counts[k] = (this.counts[k] || 0) + n;
  this.total += n;
  if (v < this.min && v !== 0)
    this.min = v;
  if (v > this.max)
    this.max = v;
  return true;
};

// The recorded ranges, ascending: [[lowestValue, count], ...].
Hdr.prototype.sorted = function () {
  var keys = Object.keys(this.counts).map(Number).sort(function (a, b) { return a - b; });
  var c = this.counts;
  return keys.map(function (k) { return [k, c[k]]; });
};

Hdr.prototype.mean = function () {
  var list = this.sorted(), sum = 0;
  for (var i = 0; i < list.length; i++)
    sum += list[i][1] * this.medianEquivalent(list[i][0]);
  return sum / this.total;
};

Hdr.prototype.stddev = function () {
  var mean = this.mean(), list = this.sorted(), sum = 0;
  for (var i = 0; i < list.length; i++) {
    var d = this.medianEquivalent(list[i][0]) - mean;
    sum += d * d * list[i][1];
  }
  return Math.sqrt(sum / this.total);
};

Hdr.prototype.valueAtPercentile = function (p) {
  var req = p < 100 ? p : 100;
  var countAt = Math.floor(req / 100 * this.total + 0.5);
  if (countAt < 1)
    countAt = 1;
  var list = this.sorted(), cum = 0;
  for (var i = 0; i < list.length; i++) {
    cum += list[i][1];
    if (cum >= countAt)
      return p === 0 ? list[i][0] : this.highestEquivalent(list[i][0]);
  }
  return 0;
};

// HdrHistogram's percentile iterator (ticks per half distance 1): [[percentile, value]].
Hdr.prototype.percentiles = function () {
  var list = this.sorted(), out = [];
  var cum = 0, i = -1, value = 0, count = 0;
  var to = 0;
  for (;;) {
    if (cum >= this.total) {
      out.push([100, value]);
      return out;
    }
    if (i === -1) {
      i = 0;
      count = list[0][1];
      value = list[0][0];
      cum += count;
    }
    for (;;) {
      var current = 100 * cum / this.total;
      if (count !== 0 && to <= current) {
        out.push([to, value]);
        var temp = Math.floor(Math.log(100 / (100 - to)) / Math.LN2) + 1;
        to += 100 / pow2(temp);
        break;
      }
      if (i + 1 >= list.length)
        break;
      i++;
      count = list[i][1];
      value = list[i][0];
      cum += count;
    }
  }
};

function SafeMap(entries) {
  Map.call(this, entries);
}

function lazySafeMap() {
  if (SafeMap.prototype === undefined || !(SafeMap.prototype instanceof Map))
    SafeMap.prototype = Object.create(Map.prototype, {
      constructor: { value: SafeMap, writable: true, configurable: true }
    });
  return SafeMap;
}

function Histogram(lowest, highest, figures) {
  Object.defineProperty(this, '__hdr', {
    value: new Hdr(lowest, highest, figures), writable: false, enumerable: false,
    configurable: false
  });
  Object.defineProperty(this, '__exceeds', {
    value: 0, writable: true, enumerable: false, configurable: false
  });
  Object.defineProperty(this, '__prevDelta', {
    value: 0, writable: true, enumerable: false, configurable: false
  });
}

function hdr(self) {
  var h = self !== null && typeof self === 'object' ? self.__hdr : undefined;
  if (h === undefined)
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_THIS',
      'Value of "this" must be of type Histogram');
  return h;
}

function getter(name, fn) {
  Object.defineProperty(Histogram.prototype, name, { get: fn, enumerable: true, configurable: true });
}

getter('count', function () { return hdr(this).total; });
getter('min', function () {
  var h = hdr(this);
  return h.min === INT64_MAX ? INT64_MAX : h.lowestEquivalent(h.min);
});
getter('max', function () {
  var h = hdr(this);
  return h.max === 0 ? 0 : h.highestEquivalent(h.max);
});
getter('mean', function () {
  var h = hdr(this);
  return h.total === 0 ? NaN : h.mean();
});
getter('exceeds', function () { hdr(this); return this.__exceeds; });
getter('stddev', function () {
  var h = hdr(this);
  return h.total === 0 ? NaN : h.stddev();
});
Histogram.prototype.percentile = function percentile(p) {
  var h = hdr(this);
  if (typeof p !== 'number')
    throw errors.invalidArgType('percentile', 'number', p);
  if (p !== p || p <= 0 || p > 100)
    throw errors.outOfRange('percentile', '> 0 && <= 100', p);
  return h.total === 0 ? 0 : h.valueAtPercentile(p);
};
getter('percentiles', function () {
  var list = hdr(this).percentiles();
  var Ctor = lazySafeMap();
  var m = new Ctor();
  for (var i = 0; i < list.length; i++)
    m.set(list[i][0], list[i][1]);
  return m;
});
Histogram.prototype.reset = function reset() {
  hdr(this).reset();
  this.__exceeds = 0;
  this.__prevDelta = 0;
};
Histogram.prototype.toJSON = function toJSON() {
  var pct = {};
  var list = hdr(this).percentiles();
  for (var i = 0; i < list.length; i++)
    pct[list[i][0]] = list[i][1];
  return {
    count: this.count, min: this.min, max: this.max, mean: this.mean,
    exceeds: this.exceeds, stddev: this.stddev, percentiles: pct
  };
};
Object.defineProperty(Histogram.prototype, 'nodejs.util.inspect.custom', {
  value: function (depth, options, inspect) {
    if (depth < 0)
      return this;
    var opts = {};
    for (var k in options)
      opts[k] = options[k];
    opts.depth = options.depth === null ? null : options.depth - 1;
    return 'Histogram ' + inspect({
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles
    }, opts);
  },
  writable: true, enumerable: false, configurable: true
});

function RecordableHistogram(lowest, highest, figures) {
  Histogram.call(this, lowest, highest, figures);
}
RecordableHistogram.prototype = Object.create(Histogram.prototype, {
  constructor: { value: RecordableHistogram, writable: true, configurable: true }
});

function recordOne(self, v) {
  if (!hdr(self).record(v, 1))
    self.__exceeds++;
}

RecordableHistogram.prototype.record = function record(val) {
  hdr(this);
  if (typeof val !== 'number')
    throw errors.invalidArgType('val', 'number', val);
  if (Math.floor(val) !== val || !isFinite(val))
    throw errors.outOfRange('val', 'an integer', val);
  if (val < 1 || val > 9007199254740991)
    throw errors.outOfRange('val', '>= 1 && <= 9007199254740991', val);
  recordOne(this, val);
};

function hrtimeNs() {
  var t = process.hrtime();
  return t[0] * 1e9 + t[1];
}

RecordableHistogram.prototype.recordDelta = function recordDelta() {
  hdr(this);
  var now = hrtimeNs();
  if (this.__prevDelta > 0) {
    var d = now - this.__prevDelta;
    if (d > 0)
      recordOne(this, d);
  }
  this.__prevDelta = now;
};

RecordableHistogram.prototype.add = function add(other) {
  var h = hdr(this), o = hdr(other);
  var list = o.sorted();
  for (var i = 0; i < list.length; i++) {
    if (!h.record(list[i][0], list[i][1]))
      this.__exceeds += list[i][1];
  }
  if (o.min !== INT64_MAX && o.min < h.min)
    h.min = o.min;
  if (o.max > h.max)
    h.max = o.max;
  this.__exceeds += other.__exceeds;
};

function validateInt(v, name, min, max) {
  if (typeof v !== 'number')
    throw errors.invalidArgType(name, 'number', v);
  if (Math.floor(v) !== v || !isFinite(v))
    throw errors.outOfRange(name, 'an integer', v);
  if (v < min || v > max)
    throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}

function createHistogram(options) {
  if (options === undefined)
    options = {};
  if (options === null || typeof options !== 'object')
    throw errors.invalidArgType('options', 'Object', options);
  var lowest = options.lowest === undefined ? 1 : options.lowest;
  var highest = options.highest === undefined ? 9007199254740991 : options.highest;
  var figures = options.figures === undefined ? 3 : options.figures;
  validateInt(lowest, 'options.lowest', 1, 9007199254740991);
  validateInt(highest, 'options.highest', 2 * lowest, 9007199254740991);
  validateInt(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(lowest, highest, figures);
}

function IntervalHistogram(resolution) {
  Histogram.call(this, 1, 9007199254740991, 3);
  Object.defineProperty(this, '__timer', {
    value: null, writable: true, enumerable: false, configurable: false
  });
  Object.defineProperty(this, '__resolution', {
    value: resolution, writable: false, enumerable: false, configurable: false
  });
}
IntervalHistogram.prototype = Object.create(Histogram.prototype, {
  constructor: { value: IntervalHistogram, writable: true, configurable: true }
});
Object.defineProperty(IntervalHistogram, 'name', { value: 'ELDHistogram' });

IntervalHistogram.prototype.enable = function enable() {
  hdr(this);
  if (this.__timer !== null)
    return false;
  var self = this;
  this.__prevDelta = 0;
  this.__timer = require('internal/timers').setInterval(function () {
    var now = hrtimeNs();
    if (self.__prevDelta > 0) {
      var d = now - self.__prevDelta;
      if (d > 0)
        recordOne(self, d);
    }
    self.__prevDelta = now;
  }, this.__resolution);
  this.__timer.unref();
  return true;
};

IntervalHistogram.prototype.disable = function disable() {
  hdr(this);
  if (this.__timer === null)
    return false;
  require('internal/timers').clearInterval(this.__timer);
  this.__timer = null;
  return true;
};

function monitorEventLoopDelay(options) {
  if (options === undefined)
    options = {};
  if (options === null || typeof options !== 'object')
    throw errors.invalidArgType('options', 'Object', options);
  var resolution = options.resolution === undefined ? 10 : options.resolution;
  if (typeof resolution !== 'number')
    throw errors.invalidArgType('options.resolution', 'number', resolution);
  if (resolution <= 0 || Math.floor(resolution) !== resolution)
    throw errors.outOfRange('options.resolution', '> 0', resolution);
  return new IntervalHistogram(resolution);
}

exports.createHistogram = createHistogram;
exports.monitorEventLoopDelay = monitorEventLoopDelay;
exports.Histogram = Histogram;
exports.RecordableHistogram = RecordableHistogram;
