// a file that starts with a byte order mark
function afterBom(a) { return a; }
const arrow = (b) => b * 2;
console.log(String(afterBom));
console.log(String(arrow));
console.log(String(function été() { return "✓"; }));
