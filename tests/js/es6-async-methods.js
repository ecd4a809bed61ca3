// async methods in classes and object literals: this, static methods, getters that
// return promises, super calls across awaits.
class Store {
  constructor(name) { this.name = name; this.items = []; }
  async add(item) { await null; this.items.push(item); return this.items.length; }
  static async create(name) { const s = new Store(name); await s.add('seed'); return s; }
  async ['computed' + 'Name']() { return 'computed ' + this.name; }
  get size() { return Promise.resolve(this.items.length); }
}
class LoggedStore extends Store {
  async add(item) {
    const n = await super.add(item.toUpperCase());
    console.log('added', item, 'now', n);
    return n;
  }
}
const api = {
  base: 'v1',
  async get(path) { await null; return this.base + '/' + path; },
  async *pages() { yield this.base; },
};
async function main() {
  const s = await Store.create('plain');
  console.log(s.items, await s.computedName(), await s.size);
  const l = new LoggedStore('logged');
  await l.add('a');
  await l.add('b');
  console.log(l.items, l instanceof Store);
  console.log(await api.get('users'));
  for await (const p of api.pages()) console.log('page', p);
}
main();
