// The line a stack frame names for a call whose arguments span several lines: V8 names
// the line where the call starts (its '('), for plain calls, method calls and `new`.
// Only the line numbers are compared (frame formats and columns differ by engine).
function lineOf(frame) {
  const m = /:(\d+)(?::\d+)?\)?$/.exec(frame.trim());
  return m ? Number(m[1]) : -1;
}
function callerLine() {
  return lineOf(new Error('here').stack.split('\n')[2]);
}

console.log('plain call', callerLine(
  1,
  2
));

const o = {
  method(a, b) { return callerLine(); },
  line(a, b) { return lineOf(new Error('m').stack.split('\n')[2]); },
};
console.log('method call', o.line(
  'a',
  'b'
));

class Box {
  constructor(a, b) { this.at = lineOf(new Error('c').stack.split('\n')[2]); }
}
console.log('new', new Box(
  1,
  2
).at);

function thrower(x, y) { throw new RangeError('no'); }
try {
  thrower(
    1,
    {
      k: 2,
    }
  );
} catch (e) {
  console.log('thrown from a multi-line call: caller at', lineOf(e.stack.split('\n')[2]));
}

try {
  const notFn = 5;
  notFn(
    1,
    2
  );
} catch (e) {
  console.log(e.constructor.name, e.message, 'at', lineOf(e.stack.split('\n')[1]));
}

setTimeout(() => {
  console.log('a callback passed on several lines runs');
}, 1);
