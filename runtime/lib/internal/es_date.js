// es_date.js — Date.prototype.toString, toDateString, toTimeString and toUTCString in
// V8's forms ("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)"; the
// zone's name from a table of common TZ names, mujs knows only offsets), and
// Date.prototype.toLocaleString, toLocaleDateString and toLocaleTimeString
// as Node 20 (full ICU) prints them in en-US, the default locale: the default fields
// each method adds (ECMA-402 ToDateTimeOptions), the options weekday, year, month, day,
// hour, minute, second (numeric/2-digit/long/short/narrow), hour12, dateStyle,
// timeStyle and timeZone 'UTC'; en-GB and de numeric dates and 24-hour times. Other
// locales print as en-US and other time zones as local time: there is no ICU in mujs.
// The C stubs are runtime/es_builtins.c's; `this` is the Date. ES5, like every lib file.
'use strict';

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
var DATE_FIELDS = ['weekday', 'year', 'month', 'day'];
var TIME_FIELDS = ['hour', 'minute', 'second'];
var STYLES = { full: 1, long: 1, medium: 1, short: 1 };

function time(d) {
  if (Object.prototype.toString.call(d) !== '[object Date]')
    throw new TypeError('this is not a Date object.');
  return d.getTime();
}

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

function name(list, i, width) {
  var s = list[i];
  return width === 'long' ? s : width === 'narrow' ? s.charAt(0) : s.slice(0, 3);
}

function any(o, fields) {
  for (var i = 0; i < fields.length; i++)
    if (o[fields[i]] !== undefined)
      return true;
  return false;
}

// the options as ToDateTimeOptions leaves them: required 'date', 'time' or 'any'
function resolve(options, required) {
  var src = options === undefined ? {} : Object(options), o = {}, k;
  for (k in src)
    o[k] = src[k];
  var ds = o.dateStyle, ts = o.timeStyle;
  if (ds !== undefined || ts !== undefined) {
    if (ds !== undefined && !STYLES[ds])
      throw new RangeError('Value ' + ds + ' out of range for Intl.DateTimeFormat options property dateStyle');
    if (ts !== undefined && !STYLES[ts])
      throw new RangeError('Value ' + ts + ' out of range for Intl.DateTimeFormat options property timeStyle');
    if (required === 'date' && ts !== undefined)
      throw new TypeError('Invalid option : timeStyle');
    if (required === 'time' && ds !== undefined)
      throw new TypeError('Invalid option : dateStyle');
    if (ds === 'full')
      o.weekday = 'long';
    if (ds === 'full' || ds === 'long')
      o.month = 'long';
    else if (ds === 'medium')
      o.month = 'short';
    else if (ds === 'short')
      o.month = 'numeric';
    if (ds !== undefined) {
      o.day = 'numeric';
      o.year = ds === 'short' ? '2-digit' : 'numeric';
    }
    if (ts !== undefined) {
      o.hour = 'numeric';
      o.minute = '2-digit';
      if (ts !== 'short')
        o.second = '2-digit';
    }
    o.join = ds === 'full' || ds === 'long' ? ' at ' : ', ';
    return o;
  }
  var needDefaults = true;
  if ((required === 'date' || required === 'any') && any(o, DATE_FIELDS))
    needDefaults = false;
  if ((required === 'time' || required === 'any') && any(o, TIME_FIELDS))
    needDefaults = false;
  if (needDefaults && required !== 'time') {
    o.year = o.month = o.day = 'numeric';
  }
  if (needDefaults && required !== 'date') {
    o.hour = o.minute = o.second = 'numeric';
  }
  return o;
}

function format(d, locales, options, required) {
  var t = time(d);
  var o = resolve(options, required);
  if (t !== t)
    return 'Invalid Date';
  var locale = Array.isArray(locales) ? locales[0] : locales;
  var tag = locale === undefined ? 'en-us' : String(locale).toLowerCase();
  var lang = tag.split('-')[0];
  var style = tag === 'en-gb' ? 'gb' : (lang === 'de' ? 'de' : 'us');
  var utc = typeof o.timeZone === 'string' && /^(utc|gmt|etc\/utc|etc\/gmt)$/i.test(o.timeZone);
  var f = utc ?
    { y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), wd: d.getUTCDay(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() } :
    { y: d.getFullYear(), mo: d.getMonth(), d: d.getDate(), wd: d.getDay(), h: d.getHours(), mi: d.getMinutes(), s: d.getSeconds() };

  // the date
  var date = '', textMonth = o.month === 'long' || o.month === 'short' || o.month === 'narrow';
  var year = o.year === undefined ? '' : o.year === '2-digit' ? pad2(f.y % 100) : String(f.y);
  var day = o.day === undefined ? '' : o.day === '2-digit' ? pad2(f.d) : String(f.d);
  if (textMonth) {
    date = name(MONTHS, f.mo, o.month);
    if (day)
      date += ' ' + day;
    if (year)
      date += (day ? ', ' : ' ') + year;
  } else if (o.month !== undefined || day || year) {
    var month = o.month === undefined ? '' : o.month === '2-digit' ? pad2(f.mo + 1) : String(f.mo + 1);
    if (style === 'gb') {
      date = [day && pad2(f.d), month && pad2(f.mo + 1), year].filter(Boolean).join('/');
    } else if (style === 'de') {
      date = [day, month, year].filter(Boolean).join('.');
    } else {
      date = [month, day, year].filter(Boolean).join('/');
    }
  }
  if (o.weekday !== undefined)
    date = name(DAYS, f.wd, o.weekday) + (date ? ', ' + date : '');

  // the time
  var clock = '';
  if (o.hour !== undefined || o.minute !== undefined || o.second !== undefined) {
    var h12 = o.hour12 !== undefined ? !!o.hour12 : style === 'us';
    var h = f.h, suffix = '';
    if (h12) {
      suffix = h < 12 ? ' AM' : ' PM';
      h = h % 12 === 0 ? 12 : h % 12;
    } else if (style === 'us' && o.hour12 === false && h === 0) {
      h = 24;	// V8's en-US with hour12: false is h24: midnight is 24:00
    }
    var parts = [];
    if (o.hour !== undefined)
      parts.push(o.hour === '2-digit' || !h12 ? pad2(h) : String(h));
    if (o.minute !== undefined)
      parts.push(pad2(f.mi));
    if (o.second !== undefined)
      parts.push(pad2(f.s));
    clock = parts.join(':') + (o.hour !== undefined ? suffix : '');
  }
  if (!date)
    return clock;
  if (!clock)
    return date;
  var join = o.join || (o.month === 'long' && o.dateStyle === undefined && day ? ' at ' :
    (o.weekday !== undefined && !textMonth && o.month === undefined && !day && !year) ? ' ' : ', ');
  if (textMonth && o.month === 'long' && !day)
    join = ' at ';
  return date + join + clock;
}

exports['Date.prototype.toLocaleString'] = function toLocaleString(locales, options) {
  return format(this, locales, options, 'any');
};

exports['Date.prototype.toLocaleDateString'] = function toLocaleDateString(locales, options) {
  return format(this, locales, options, 'date');
};

exports['Date.prototype.toLocaleTimeString'] = function toLocaleTimeString(locales, options) {
  return format(this, locales, options, 'time');
};

// ---- toString & co. ----
var ZONES = {
  'America/New_York': ['Eastern Standard Time', 'Eastern Daylight Time'],
  'America/Chicago': ['Central Standard Time', 'Central Daylight Time'],
  'America/Denver': ['Mountain Standard Time', 'Mountain Daylight Time'],
  'America/Los_Angeles': ['Pacific Standard Time', 'Pacific Daylight Time'],
  'Europe/London': ['Greenwich Mean Time', 'British Summer Time'],
  'Europe/Berlin': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Paris': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Madrid': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Rome': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Amsterdam': ['Central European Standard Time', 'Central European Summer Time'],
  'Europe/Moscow': ['Moscow Standard Time', 'Moscow Summer Time'],
  'Asia/Kolkata': ['India Standard Time', 'India Standard Time'],
  'Asia/Tokyo': ['Japan Standard Time', 'Japan Standard Time'],
  'Asia/Shanghai': ['China Standard Time', 'China Standard Time'],
  'Australia/Sydney': ['Australian Eastern Standard Time', 'Australian Eastern Daylight Time']
};
var UTC_NAMES = { '': 1, UTC: 1, 'Etc/UTC': 1, UTC0: 1, GMT: 1, 'Etc/GMT': 1, Universal: 1, Zulu: 1 };
var SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function year4(y) {
  var a = Math.abs(y), s = a < 1000 ? ('000' + a).slice(-4) : String(a);
  return y < 0 ? '-' + s : s;
}

function zoneName(d, offset) {
  var tz = (typeof process === 'object' && process.env && process.env.TZ) || '';
  tz = tz.charAt(0) === ':' ? tz.slice(1) : tz;
  if (UTC_NAMES[tz] === 1 && offset === 0)
    return 'Coordinated Universal Time';
  var names = ZONES[tz];
  if (names) {
    var jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
    var jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
    return names[offset !== Math.max(jan, jul) ? 1 : 0];
  }
  if (offset === 0)
    return 'Coordinated Universal Time';
  var a = Math.abs(offset);
  return 'GMT' + (offset > 0 ? '-' : '+') + pad2(Math.floor(a / 60)) + ':' + pad2(a % 60);
}

function datePart(d) {
  return SHORT_DAYS[d.getDay()] + ' ' + SHORT_MONTHS[d.getMonth()] + ' ' + pad2(d.getDate()) +
    ' ' + year4(d.getFullYear());
}

function timePart(d) {
  var offset = d.getTimezoneOffset(), a = Math.abs(offset);
  return pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds()) +
    ' GMT' + (offset > 0 ? '-' : '+') + pad2(Math.floor(a / 60)) + pad2(a % 60) +
    ' (' + zoneName(d, offset) + ')';
}

exports['Date.prototype.toString'] = function toString() {
  var t = time(this);
  return t !== t ? 'Invalid Date' : datePart(this) + ' ' + timePart(this);
};

exports['Date.prototype.toDateString'] = function toDateString() {
  var t = time(this);
  return t !== t ? 'Invalid Date' : datePart(this);
};

exports['Date.prototype.toTimeString'] = function toTimeString() {
  var t = time(this);
  return t !== t ? 'Invalid Date' : timePart(this);
};

exports['Date.prototype.toUTCString'] = function toUTCString() {
  var t = time(this);
  if (t !== t)
    return 'Invalid Date';
  return SHORT_DAYS[this.getUTCDay()] + ', ' + pad2(this.getUTCDate()) + ' ' +
    SHORT_MONTHS[this.getUTCMonth()] + ' ' + year4(this.getUTCFullYear()) + ' ' +
    pad2(this.getUTCHours()) + ':' + pad2(this.getUTCMinutes()) + ':' + pad2(this.getUTCSeconds()) + ' GMT';
};
