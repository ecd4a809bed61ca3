// util.types checks and the legacy util.is* helpers.
var util = require('util');
var t = util.types;
console.log(t.isDate(new Date()), t.isDate({}), t.isRegExp(/x/), t.isRegExp('x'));
console.log(t.isMap(new Map()), t.isSet(new Set()), t.isMap(new Set()), t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()));
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then: function () {} }));
console.log(t.isNativeError(new TypeError()), t.isNativeError({ name: 'Error', message: '' }));
console.log(t.isBoxedPrimitive(new String('')), t.isBoxedPrimitive(''), t.isNumberObject(new Number(1)), t.isStringObject(new String('')), t.isBooleanObject(new Boolean(false)));
console.log(t.isArgumentsObject((function () { return arguments; })()), t.isArgumentsObject([]));
console.log(t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isMapIterator(new Set().values()));
console.log(t.isAsyncFunction(function () {}), t.isGeneratorFunction(function () {}), t.isProxy({}));
console.log(util.isArray([]), util.isArray({}), util.isDeepStrictEqual === util.isDeepStrictEqual);
console.log(typeof util.isError, util.types.isNativeError === t.isNativeError);
console.log(Object.keys(t).indexOf('isDate') >= 0, typeof t.isTypedArray, t.isTypedArray([]));
