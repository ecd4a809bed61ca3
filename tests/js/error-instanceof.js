// Built-in errors are instances of their own type and of Error, and not of siblings.
var types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (var i = 0; i < types.length; i++) {
  var e = new types[i]('m');
  console.log(e.name, e instanceof types[i], e instanceof Error, e instanceof TypeError,
    Object.getPrototypeOf(e) === types[i].prototype, e.constructor === types[i]);
}
var called = TypeError('no new');
console.log(called instanceof TypeError, called.message);
try { undefinedFn(); } catch (e) { console.log(e instanceof ReferenceError, e.name); }
try { (void 0)(); } catch (e) { console.log(e instanceof TypeError, e.name); }
try { new Array(-1); } catch (e) { console.log(e instanceof RangeError, e.name); }
try { decodeURIComponent('%'); } catch (e) { console.log(e instanceof URIError, e.name); }
try { JSON.parse('{bad'); } catch (e) { console.log(e instanceof SyntaxError, e.name); }
console.log(Object.prototype.toString.call(new RangeError('x')));
console.log(Error.prototype.name, TypeError.prototype.name, Error.prototype.message === '');
