// profile-store.js — helper module of cache-require-module.js: a module-level Map that
// remembers every profile ever looked up. Only this module's scope holds the Map, and
// only require.cache holds this module.
'use strict';

const profiles = new Map();

function remember(id) {
  let p = profiles.get(id);
  if (!p) {
    p = { id: id, name: 'Profile ' + id, avatar: '/img/' + id + '.png', friends: [id % 10, id % 7] };
    profiles.set(id, p);
  }
  return p;
}

function size() {
  return profiles.size;
}

function reset() {
  profiles.clear();
}

module.exports = { remember, size, reset };
