// super in object literal methods: home object per evaluation, getters/setters see
// the receiver, arrows, async and generator methods, computed keys, setPrototypeOf
const base = {
  greet(x) { return 'base greet ' + x + ' from ' + this.name; },
  get who() { return 'base who ' + this.name; },
  set val(v) { this._val = 'set by base: ' + v; },
  count: 1,
  *items() { yield 'b1'; yield 'b2'; },
  async load() { return 'base load ' + this.name; },
};
const child = {
  __proto__: base,
  name: 'child',
  greet(x) { return super.greet(x).toUpperCase(); },
  get who() { return '[' + super.who + ']'; },
  set val(v) { super.val = v + '!'; },
  arrow() { const f = () => super.greet('arrow'); return f(); },
  computed(k) { return super[k]; },
  *items() { yield 'c0'; yield* super.items(); },
  async load() { const s = await super.load(); return s + ' (child)'; },
  ['dyn' + 1]() { return super.count + 1; },
  write() { super.count = 42; return [this.count, base.count, Object.keys(this).includes('count')]; },
};
console.log(child.greet('hi'));
console.log(child.who);
child.val = 'v';
console.log(child._val, Object.prototype.hasOwnProperty.call(child, '_val'));
console.log(child.arrow());
console.log(child.computed('count'), child.computed('missing'));
console.log([...child.items()]);
console.log(child.dyn1());
console.log(child.write());
console.log(child.greet.name, Object.keys(child).join(','));
// a grandchild inherits the methods: super still means child's prototype
const grand = Object.create(child);
grand.name = 'grand';
console.log(grand.greet('g'), grand.who);
// literals made in a loop each get their own home
const made = [];
for (let i = 0; i < 3; i++) {
  const proto = { id() { return 'proto' + i; } };
  made.push({ __proto__: proto, id() { return super.id() + '/obj' + i; } });
}
console.log(made.map((o) => o.id()));
// setPrototypeOf after creation
const late = { hello() { return super.hello ? 'late: ' + super.hello() : 'no proto method'; } };
console.log(late.hello());
Object.setPrototypeOf(late, { hello() { return 'hello from new proto'; } });
console.log(late.hello());
// a borrowed method keeps its home object
const other = { __proto__: { greet() { return 'other proto'; } }, greet: child.greet, name: 'other' };
console.log(other.greet('x'));
// super in methods of a literal inside a class method
class K {
  make() {
    return { __proto__: { f() { return 'inner proto f'; } }, f() { return 'lit ' + super.f(); } };
  }
  toString() { return 'K:' + super.toString(); }
}
console.log(new K().make().f(), String(new K()));
// null prototype: super.x throws
const np = { __proto__: null, m() { return super.m(); } };
try { np.m(); } catch (e) { console.log(e.constructor.name); }
child.load().then((v) => console.log(v));
