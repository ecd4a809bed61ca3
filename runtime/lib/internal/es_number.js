// es_number.js — Number.prototype.toLocaleString as Node 20 (full ICU) prints it for
// the locales scripts use most: grouping and decimal marks of English (the default and
// any locale not below) and German/most of continental Europe ('de', 'es', 'it', 'nl',
// 'pt', 'id', 'tr', 'da': '.' and ','), the options minimumFractionDigits,
// maximumFractionDigits, minimumIntegerDigits, useGrouping, style 'decimal',
// 'percent' and 'currency' (USD, EUR, GBP, JPY, INR, CNY symbols; others by code).
// There is no Intl object: mujs has no ICU. The C stub is runtime/es_builtins.c's; the
// function runs with the number as `this`. ES5, like every lib file.
'use strict';

var DOT_COMMA = { de: 1, es: 1, it: 1, nl: 1, pt: 1, id: 1, tr: 1, da: 1 };
var SYMBOLS = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', CAD: 'CA$', AUD: 'A$' };
var ZERO_DECIMALS = { JPY: 1, KRW: 1 };

function thisNumber(v) {
  if (typeof v === 'number')
    return v;
  if (Object.prototype.toString.call(v) === '[object Number]')
    return Number.prototype.valueOf.call(v);
  throw new TypeError('Number.prototype.toLocaleString requires that \'this\' be a Number');
}

function digitsOption(options, name, min, max, dflt) {
  var v = options[name];
  if (v === undefined)
    return dflt;
  v = Number(v);
  if (!(v >= min && v <= max))
    throw new RangeError(name + ' value is out of range.');
  return Math.floor(v);
}

// [integer digits, fraction digits] of a >= 0 times 10^shift, rounded half up to
// maxFrac places from
// its shortest decimal form (ICU rounds that: 1.005 gives 1.01 where toFixed gives 1.00)
function roundDecimal(a, maxFrac, shift) {
  var s = String(a), e = 0, i = s.indexOf('e');
  if (i >= 0) {
    e = Number(s.slice(i + 1));
    s = s.slice(0, i);
  }
  var dot = s.indexOf('.');
  var digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  var point = (dot < 0 ? s.length : dot) + e + shift;	// digits before the decimal point
  while (point <= 0) {
    digits = '0' + digits;
    point++;
  }
  while (digits.length < point)
    digits += '0';
  var keep = point + maxFrac;
  if (digits.length > keep) {
    var up = digits.charAt(keep) >= '5';
    digits = digits.slice(0, keep);
    if (up) {
      var arr = digits.split(''), k = arr.length - 1;
      while (k >= 0 && arr[k] === '9')
        arr[k--] = '0';
      if (k < 0) {
        arr.unshift('1');
        point++;
      } else {
        arr[k] = String.fromCharCode(arr[k].charCodeAt(0) + 1);
      }
      digits = arr.join('');
    }
  }
  var int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  return [int === '' ? '0' : int, digits.slice(point)];
}

function group(int, sep) {
  var out = '';
  while (int.length > 3) {
    out = sep + int.slice(-3) + out;
    int = int.slice(0, -3);
  }
  return int + out;
}

exports['Number.prototype.toLocaleString'] = function toLocaleString(locales, options) {
  var x = thisNumber(this);
  var locale = Array.isArray(locales) ? locales[0] : locales;
  var lang = locale === undefined ? 'en' : String(locale).split('-')[0].toLowerCase();
  var o = options === undefined ? {} : Object(options);
  var style = o.style === undefined ? 'decimal' : String(o.style);
  var currency;
  if (style === 'currency') {
    if (o.currency === undefined)
      throw new TypeError('Currency code is required with currency style.');
    currency = String(o.currency).toUpperCase();
  } else if (style !== 'decimal' && style !== 'percent') {
    throw new RangeError('Value ' + style + ' out of range for Intl.NumberFormat options property style');
  }
  var fracDefault = style === 'currency' ? (ZERO_DECIMALS[currency] ? 0 : 2) : 0;
  var minFrac = digitsOption(o, 'minimumFractionDigits', 0, 20, fracDefault);
  var maxDefault = style === 'currency' ? Math.max(minFrac, fracDefault) :
    style === 'percent' ? Math.max(minFrac, 0) : Math.max(minFrac, 3);
  var maxFrac = digitsOption(o, 'maximumFractionDigits', 0, 20, maxDefault);
  if (maxFrac < minFrac) {
    if (o.minimumFractionDigits !== undefined && o.maximumFractionDigits !== undefined)
      throw new RangeError('maximumFractionDigits value is out of range.');
    minFrac = maxFrac;
  }
  var minInt = digitsOption(o, 'minimumIntegerDigits', 1, 21, 1);
  var grouping = o.useGrouping === undefined ? true : !!o.useGrouping && o.useGrouping !== 'false';
  var dotComma = DOT_COMMA[lang] === 1;
  var groupSep = dotComma ? '.' : ',', decimalSep = dotComma ? ',' : '.';

  var neg = x < 0 || (x === 0 && 1 / x < 0);
  var body;
  if (x !== x) {
    body = 'NaN';
    neg = false;
  } else if (x === Infinity || x === -Infinity) {
    body = '∞';
  } else {
    var parts = roundDecimal(Math.abs(x), maxFrac, style === 'percent' ? 2 : 0);
    var int = parts[0], frac = parts[1];
    while (frac.length > minFrac && frac.charAt(frac.length - 1) === '0')
      frac = frac.slice(0, -1);
    while (frac.length < minFrac)
      frac += '0';
    while (int.length < minInt)
      int = '0' + int;
    if (grouping && !(lang === 'es' && int.length <= 4))
      int = group(int, groupSep);
    body = frac === '' ? int : int + decimalSep + frac;
  }
  if (style === 'percent')
    body = dotComma ? body + '\u00a0%' : body + '%';
  if (style === 'currency') {
    var sym = SYMBOLS[currency] || currency;
    if (dotComma)
      body = body + '\u00a0' + (SYMBOLS[currency] ? sym : currency);
    else
      body = (SYMBOLS[currency] ? sym : currency + '\u00a0') + body;
  }
  return neg ? '-' + body : body;
};
