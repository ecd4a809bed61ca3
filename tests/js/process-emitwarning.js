// process.emitWarning emits 'warning' asynchronously with an Error carrying name/message/code.
process.on('warning', function (w) {
  console.log('warning', w instanceof Error, w.name, w.message, w.code);
});
process.emitWarning('plain message');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'LS001');
process.emitWarning('opts', { type: 'OptWarning', code: 'LS002' });
var e = new Error('an error object');
e.name = 'MyWarning';
process.emitWarning(e);
console.log('sync end');
