// util.inspect.custom: an object's custom inspect function is called with (depth, options, inspect) and its result used.
var util = require('util');
var custom = util.inspect.custom;
var money = { amount: 5, currency: 'EUR' };
money[custom] = function (depth, options, insp) {
  return 'Money<' + this.amount + ' ' + this.currency + '> depth=' + depth + ' ' + typeof options.stylize + ' ' + (insp === util.inspect);
};
console.log(util.inspect(money));
console.log(util.inspect({ wallet: money }));
console.log(util.inspect({ a: { b: money } }, { depth: 5 }));
var returnsObject = {};
returnsObject[custom] = function () { return { replaced: true, list: [1, 2] }; };
console.log(util.inspect(returnsObject));
console.log(util.format('%s | %o | %O', money, returnsObject, returnsObject));
var self = {};
self[custom] = function () { return this; };
self.x = 1;
console.log(util.inspect(self));
console.log(util.inspect(money, { customInspect: false }).indexOf('amount: 5') >= 0);
console.log(custom === require('util').inspect.custom, util.inspect.custom === custom);
