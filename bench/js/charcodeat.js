// Reading a 1,000,000-character string by index: s.length, s.charCodeAt(i) and s[i] on a
// primitive string (mujs patch 0119: no String wrapper a step, positions remembered).
var s = 'abcdefghijklmnopqrstuvwxyz'.repeat(38462).slice(0, 1000000);
var h = 0;
for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
var t = 'déjà vu – '.repeat(20000), n = 0;
for (i = t.length - 1; i >= 0; i--) if (t[i] === 'à') n++;
console.log(s.length, h, n);
