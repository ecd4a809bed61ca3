#!/usr/bin/env node
// A module may start with a hashbang line, or with a byte order mark.
import { bom } from './fixtures/esm/hashbang-bom/bom.mjs';
import { bang } from './fixtures/esm/hashbang-bom/bang.mjs';
console.log(bom, bang);
