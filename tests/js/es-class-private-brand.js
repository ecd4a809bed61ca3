// reading a private member of an object that lacks it throws (brand check)
class Counter { #count = 0; #secret() { return 'secret ' + this.#count; } reveal() { return this.#secret(); } get count() { return this.#count; } }
try { Counter.prototype.reveal.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.getOwnPropertyDescriptor(Counter.prototype, 'count').get.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class Brand { #b; static check(o) { try { o.#b; return true; } catch { return false; } } }
console.log(Brand.check(new Brand()), Brand.check({}));
