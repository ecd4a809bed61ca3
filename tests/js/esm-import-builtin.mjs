// Built-in modules from ESM, with or without node:; the default export is the module
// object and every key of it is a named export.
import fs, { readFileSync, existsSync } from 'fs';
import * as pathNs from 'node:path';
import { EventEmitter } from 'events';
import events from 'node:events';
import util from 'util';
import { join } from 'path';
console.log(readFileSync === fs.readFileSync, existsSync === fs.existsSync);
console.log(pathNs.default.join === pathNs.join, join('a', 'b'), typeof pathNs.sep);
console.log(EventEmitter === events, typeof events.once);
console.log(util.format('%s-%d', 'x', 5));
console.log(Object.getPrototypeOf(pathNs), 'default' in pathNs);
