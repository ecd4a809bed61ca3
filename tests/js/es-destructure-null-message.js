// destructuring null/undefined: V8's message names the first property (nested patterns read the property)
function f({ a, b = 2 }) { return a + b; }
try { f(); } catch (e) { console.log(e.name, e.message); }
try { const { x } = null; } catch (e) { console.log(e.name, e.message); }
try { let o; ({ 'q-r': o } = undefined); } catch (e) { console.log(e.name, e.message); }
try { const { ...rest } = null; } catch (e) { console.log(e.name, e.message); }
try { const { [1 + 1]: two } = undefined; } catch (e) { console.log(e.name, e.message); }
try { const { p: { q } } = { p: undefined }; } catch (e) { console.log(e.name, e.message); }
const { length } = 'abc', { a: { b } = { b: 5 } } = {}; console.log(length, b, f({ a: 1 }));
for (const { id } of [{ id: 1 }, { id: 2 }]) console.log(id);
