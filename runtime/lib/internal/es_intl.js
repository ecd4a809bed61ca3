// es_intl.js — a small Intl for what scripts format with it: NumberFormat and
// DateTimeFormat (format, formatToParts' whole-string part, resolvedOptions) on the same
// code as Number/Date.prototype.toLocaleString (internal/es_number.js, es_date.js: en-US
// and en-GB/de-like numeric forms), Collator (compare as String.prototype.localeCompare)
// and PluralRules for English. mujs has no ICU: other locales format as en-US. Loaded by
// the lazy global Intl (internal/es_globals.js). ES5, like every lib file.
'use strict';

function locale(locales) {
  var l = Array.isArray(locales) ? locales[0] : locales;
  return l === undefined ? 'en-US' : String(l);
}

function copy(options) {
  var o = {}, src = options === undefined ? {} : Object(options);
  for (var k in src)
    o[k] = src[k];
  return o;
}

function NumberFormat(locales, options) {
  if (!(this instanceof NumberFormat))
    return new NumberFormat(locales, options);
  this._locale = locale(locales);
  this._options = copy(options);
  (0).toLocaleString(this._locale, this._options);	// the option errors now
  var self = this;
  // format is a bound getter in ECMA-402: arr.map(nf.format) works
  Object.defineProperty(this, 'format', {
    value: function (x) { return Number(x).toLocaleString(self._locale, self._options); },
    enumerable: false
  });
}
NumberFormat.prototype.formatToParts = function (x) {
  return [{ type: 'literal', value: this.format(x) }];
};
NumberFormat.prototype.resolvedOptions = function () {
  var o = copy(this._options);
  o.locale = this._locale;
  o.numberingSystem = 'latn';
  o.style = o.style || 'decimal';
  return o;
};
NumberFormat.supportedLocalesOf = function (l) { return Array.isArray(l) ? l.slice() : l === undefined ? [] : [String(l)]; };

var DATE_KEYS = ['weekday', 'year', 'month', 'day', 'hour', 'minute', 'second', 'dateStyle', 'timeStyle'];

function DateTimeFormat(locales, options) {
  if (!(this instanceof DateTimeFormat))
    return new DateTimeFormat(locales, options);
  this._locale = locale(locales);
  this._options = copy(options);
  var dated = false;
  for (var i = 0; i < DATE_KEYS.length; i++)
    if (this._options[DATE_KEYS[i]] !== undefined)
      dated = true;
  var self = this;
  Object.defineProperty(this, 'format', {
    value: function (d) {
      var date = d === undefined ? new Date() : new Date(+d);
      // with no field asked for, DateTimeFormat shows the date only
      return dated ? date.toLocaleString(self._locale, self._options) :
        date.toLocaleDateString(self._locale, self._options);
    },
    enumerable: false
  });
}
DateTimeFormat.prototype.formatToParts = function (d) {
  return [{ type: 'literal', value: this.format(d) }];
};
DateTimeFormat.prototype.resolvedOptions = function () {
  var o = copy(this._options);
  o.locale = this._locale;
  o.calendar = 'gregory';
  o.numberingSystem = 'latn';
  o.timeZone = o.timeZone || (typeof process === 'object' && process.env.TZ) || 'UTC';
  return o;
};
DateTimeFormat.supportedLocalesOf = NumberFormat.supportedLocalesOf;

function Collator(locales, options) {
  if (!(this instanceof Collator))
    return new Collator(locales, options);
  this._locale = locale(locales);
  this._options = copy(options);
  var self = this;
  Object.defineProperty(this, 'compare', {
    value: function (a, b) { return String(a).localeCompare(String(b), self._locale, self._options); },
    enumerable: false
  });
}
Collator.prototype.resolvedOptions = function () {
  var o = copy(this._options);
  o.locale = this._locale;
  o.usage = o.usage || 'sort';
  o.sensitivity = o.sensitivity || 'variant';
  return o;
};
Collator.supportedLocalesOf = NumberFormat.supportedLocalesOf;

function PluralRules(locales, options) {
  if (!(this instanceof PluralRules))
    throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  this._locale = locale(locales);
  this._type = options && options.type === 'ordinal' ? 'ordinal' : 'cardinal';
}
PluralRules.prototype.select = function (n) {
  n = Number(n);
  if (this._type === 'cardinal')
    return n === 1 ? 'one' : 'other';
  var m10 = n % 10, m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return 'one';
  if (m10 === 2 && m100 !== 12) return 'two';
  if (m10 === 3 && m100 !== 13) return 'few';
  return 'other';
};

var Intl = {};
var ctors = { NumberFormat: NumberFormat, DateTimeFormat: DateTimeFormat, Collator: Collator, PluralRules: PluralRules };
for (var name in ctors)
  Object.defineProperty(Intl, name, { value: ctors[name], writable: true, configurable: true, enumerable: false });
Object.defineProperty(Intl, 'getCanonicalLocales', {
  value: function (l) { return NumberFormat.supportedLocalesOf(l); }, writable: true, configurable: true
});
Object.defineProperty(Intl, Symbol.toStringTag.valueOf(), { value: 'Intl', configurable: true });
module.exports = Intl;
