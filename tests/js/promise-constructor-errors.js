// Constructor and then() argument validation messages.
try { new Promise(5); } catch (e) { console.log(e.name, e.message); }
try { new Promise(); } catch (e) { console.log(e.name, e.message); }
try { Promise(function () {}); } catch (e) { console.log(e.name, e.message); }
try { Promise.prototype.then.call({}, function () {}); } catch (e) { console.log(e.name, e.message); }
Promise.all(undefined).catch(function (e) { console.log(e.name, e.message); });
Promise.all(5).catch(function (e) { console.log(e.name, e.message); });
