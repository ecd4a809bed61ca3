// catch without a binding, and a destructured catch parameter.
try { throw new Error('x'); } catch { console.log('caught without binding'); }
try { throw { code: 42, msg: 'm' }; } catch ({ code, msg }) { console.log(code, msg); }
