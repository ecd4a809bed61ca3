// proxy-observable-store.js — a tiny reactive store: state is a Proxy whose set trap
// calls every watcher. Each widget that is rendered subscribes with store.watch() and
// the widget's destroy() forgets to unsubscribe, so the watchers array keeps every
// destroyed widget's callback and, through it, the widget's view model. Snapshots
// taken by the app after each page of widgets.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

function createStore(initial) {
  const watchers = [];
  const state = new Proxy(initial, {
    set(target, key, value) {
      const old = target[key];
      target[key] = value;
      for (const fn of watchers) fn(key, value, old);
      return true;
    },
  });
  return {
    state,
    watch(fn) {
      watchers.push(fn);
      return () => watchers.splice(watchers.indexOf(fn), 1);
    },
  };
}

const store = createStore({ theme: 'light', locale: 'en-GB', unread: 0 });

class Widget {
  constructor(id) {
    this.model = { id, title: `Widget ${id}`, rows: Array.from({ length: 12 }, (_, i) => i * id) };
    this.unwatch = store.watch((key, value) => {
      if (key === 'theme') this.model.theme = value;
    });
  }
  destroy() {
    this.model.destroyed = true; // this.unwatch() is never called
  }
}

for (let page = 0; page < 6; page++) {
  for (let i = 0; i < 40; i++) new Widget(page * 40 + i).destroy();
  store.state.unread = page;
  snap('page ' + page);
}
console.log(store.state.unread);
