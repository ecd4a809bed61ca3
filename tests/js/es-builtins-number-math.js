// ES2015+ Number and Math additions.
const log = console.log;

log('constants', Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON === 2 ** -52);
log('isInteger', [5, 5.0, 5.5, -0, NaN, Infinity, '5', 2 ** 60].map(Number.isInteger));
log('isSafeInteger', [2 ** 53 - 1, 2 ** 53, -(2 ** 53 - 1), 1.5, '1'].map(Number.isSafeInteger));
log('isFinite', [1, Infinity, NaN, '1', null].map(Number.isFinite), isFinite('1'));
log('isNaN', [NaN, 'NaN', undefined, 0 / 0].map(Number.isNaN), isNaN('NaN'));
log('parse', Number.parseFloat === parseFloat, Number.parseInt === parseInt, Number.parseFloat('3.5px'), Number.parseInt('ff', 16));
log('constants not writable', (() => { Number.EPSILON = 1; return Number.EPSILON; })(), Object.keys(Number));

log('trunc', [4.7, -4.7, 0.5, -0.5, NaN, Infinity].map(Math.trunc), Object.is(Math.trunc(-0.5), -0));
log('sign', [3, -3, 0, -0, NaN, '-2'].map(Math.sign), Object.is(Math.sign(-0), -0));
log('cbrt', Math.cbrt(27), Math.cbrt(-8), Math.cbrt(1000), Math.cbrt(0.001), Math.cbrt(2), Math.cbrt(-Infinity), Object.is(Math.cbrt(-0), -0));
log('log2', Math.log2(8), Math.log2(1024), Math.log2(3), Math.log2(0), Math.log2(-1));
log('log10', Math.log10(1000), Math.log10(1e-5), Math.log10(2), Math.log10(0));
log('log1p', Math.log1p(0), Math.log1p(1e-10), Math.log1p(-1), Math.log1p(1));
log('expm1', Math.expm1(0), Math.expm1(1e-10), Math.expm1(1), Math.expm1(-Infinity));
log('hyperbolic', Math.sinh(1), Math.cosh(0), Math.tanh(0.5), Math.tanh(Infinity), Math.asinh(1), Math.acosh(1), Math.acosh(2), Math.atanh(0.5), Math.atanh(1));
log('hypot', Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1, 1, 1), Math.hypot(NaN, Infinity), Math.hypot(1e200, 1e200), Math.hypot('3', '4'));
log('clz32', Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(3.7));
log('imul', Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(-5, 12));
log('fround', Math.fround(5.5), Math.fround(5.05), Math.fround(1e40), Math.fround(2 ** -150));
const fns = ['trunc', 'sign', 'cbrt', 'log2', 'log10', 'log1p', 'expm1', 'sinh', 'cosh', 'tanh', 'asinh',
  'acosh', 'atanh', 'hypot', 'clz32', 'imul', 'fround'];
log('lengths', fns.map(f => f + '/' + Math[f].length).join(' '));
log('enumerable', Object.keys(Math), fns.every(f => Math[f].name === f));
