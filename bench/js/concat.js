// String building: 100,000 appends (`s += piece`), then a 100,000-element join.
var s = '';
for (var i = 0; i < 100000; i++) s += 'piece ' + i + ';';
var a = [];
for (i = 0; i < 100000; i++) a.push('x' + i);
var j = a.join(',');
console.log(s.length, j.length);
