// Template literals: substitutions, nesting, escapes and multi-line text.
const who = 'world', n = 3;
console.log(`hello ${who}!`);
console.log(`${n} + 1 = ${n + 1}`);
console.log(`outer ${`inner ${n}`} end`);
console.log(`line1
line2`);
console.log(`tick \` dollar \${x} quote " 'single'`);
console.log(`${{ toString() { return 'obj'; } }}`);
console.log(`\u{1F600}`.length);
