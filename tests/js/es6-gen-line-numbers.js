// Errors thrown at many places of a generator's state machine report the line written:
// loop tests and updates, case tests, catch and finally blocks, yield arguments.
function line(e) {
  const m = /:(\d+)(?::\d+)?\)?$/.exec(e.stack.split('\n')[1]);
  return m ? m[1] : '?';
}
const bad = () => { throw new Error('bad'); };
function* g(where) {
  for (let i = 0;
    where === 'test' ? bad() : i < 2;
    where === 'update' ? bad() : i++) {
    yield i;
  }
  while (yield 'w') {
    if (where === 'while') null.x;
  }
  switch (yield 's') {
    case 1:
      yield 'one';
    case (where === 'case' ? bad() : 2):
      yield 'two';
  }
  try {
    yield 'try';
    throw new Error('to catch');
  } catch (e) {
    yield 'catch';
    if (where === 'catch') undefinedName;
  } finally {
    yield 'finally';
    if (where === 'finally') bad();
  }
  yield where === 'yield' ? bad() :
    'last';
}
for (const where of ['test', 'update', 'while', 'case', 'catch', 'finally', 'yield']) {
  const it = g(where);
  try {
    let r = it.next();
    while (!r.done) r = it.next(r.value === 'w' ? where === 'while' : r.value === 's' ? 2 : undefined);
    console.log(where, 'no error');
  } catch (e) {
    console.log(where, e.constructor.name, 'line', line(e.stack.indexOf('bad') > 0 ? { stack: e.stack.split('\n').slice(1).join('\n') } : e));
  }
}
