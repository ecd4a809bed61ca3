// plugin-registry.js — helper of hooks-in-helper-module.js: a hook registry module;
// register() returns nothing to unregister with.
'use strict';

const hooks = new Map();

function register(name, fn) {
  if (!hooks.has(name)) hooks.set(name, []);
  hooks.get(name).push(fn);
}

function run(name, arg) {
  for (const fn of hooks.get(name) || []) fn(arg);
}

module.exports = { register, run };
