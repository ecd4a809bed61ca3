#!/usr/bin/env node
// a file with a shebang line
function afterShebang(a) { return a; }
const arrow = (b) => b * 2;
console.log(String(afterShebang));
console.log(String(arrow));
