// On a terminal, process.stdout's cursor helpers write readline's escape sequences and
// reject NaN positions with Node's errors.
var o = process.stdout, out = [];
function t(f) { try { out.push(String(f())); } catch (e) { out.push(e.name + ' ' + e.code + ' ' + e.message); } }
t(function () { return o.cursorTo(NaN); });
t(function () { return o.cursorTo(1, NaN); });
t(function () { return o.cursorTo('a', 2); });
t(function () { return o.cursorTo(undefined); });
t(function () { return o.cursorTo(3, 4); });
t(function () { return o.moveCursor(-2, 3); });
t(function () { return o.moveCursor(0, 0); });
t(function () { return o.clearLine(-1); });
t(function () { return o.clearScreenDown(); });
o.write('\n' + JSON.stringify(out) + '\n');
