// util.inspect with colors: true wraps each kind of value in its ANSI style; colors: false (the default) never does.
var util = require('util');
var v = { n: 1, s: 'str', b: true, u: undefined, nl: null, d: new Date(0), r: /re/g, f: function fn() {}, a: [1, 'x'], m: new Map([['k', 1]]) };
console.log(JSON.stringify(util.inspect(v, { colors: true })));
console.log(JSON.stringify(util.inspect(v, { colors: false })) === JSON.stringify(util.inspect(v)));
console.log(JSON.stringify(util.inspect({ deep: { deeper: { deepest: {} } } }, { colors: true, depth: 1 })));
console.log(util.inspect.styles.number, util.inspect.styles.string, util.inspect.colors.red.join(','));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%s %d %O', 'plain', 5, [true])));
