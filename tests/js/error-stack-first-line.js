// err.stack starts with "Name: message" (just "Name" when the message is empty), followed by "    at" frames.
function firstLine(e) { return e.stack.split('\n')[0]; }
console.log(firstLine(new Error('msg')));
console.log(firstLine(new TypeError('type msg')));
console.log(firstLine(new RangeError('range')));
console.log(firstLine(new SyntaxError('syn')));
console.log(firstLine(new Error()));
console.log(firstLine(new Error('')));
console.log(/^    at /.test(new Error('x').stack.split('\n')[1]));
try { null.x; } catch (e) { console.log(e.constructor.name, /^TypeError: /.test(firstLine(e))); }
try { undefinedVariable; } catch (e) { console.log(firstLine(e)); }
var thrown;
try { throw new Error('multi\nline'); } catch (e) { thrown = e; }
console.log(JSON.stringify(thrown.stack.split('\n').slice(0, 2)));
