// Block bindings the down-leveler renames (name$N) keep the name written in engine
// TypeError messages and in inferred function names (mujs patch 0043).
{ const o = {}; try { o.bar(); } catch (e) { console.log(e.message); } }
{ const o = { a: null }; try { o.a.b(); } catch (e) { console.log(e.message); } }
{ let x = 1; try { x(); } catch (e) { console.log(e.message); } }
{ let x = 1; try { new x(); } catch (e) { console.log(e.message); } }
{ const f = () => {}; console.log(f.name); }
{ const f = function () {}; console.log(f.name); }
{ function g() {} console.log(g.name); }
{ class K {} console.log(K.name, new K()); }
{ let y = 2; try { y = y.z.w; } catch (e) { console.log(e.message); } }
{ const arr = [1]; try { arr.map(5); } catch (e) { console.log(e.message); } }
{ const s = 'str'; try { s.foo(); } catch (e) { console.log(e.message); } }
for (let i = 0; i < 1; i++) { const fn = null; try { fn(); } catch (e) { console.log(e.message); } }
const o = 1, x = 2, f = 3, g = 4, K = 5, y = 6, arr = 7, s = 8, fn = 9;
