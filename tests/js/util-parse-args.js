// util.parseArgs: long/short/grouped options, string values inline and separate,
// multiple, defaults, '--', positionals, tokens, strict-mode errors.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', multiple: true, short: 't' },
  force: { type: 'boolean', short: 'f' },
  level: { type: 'string', default: '1' },
};
const show = (args, extra = {}) => {
  try { console.log(JSON.stringify(args), parseArgs({ args, options, ...extra })); } catch (e) { console.log(JSON.stringify(args), e.name, e.code, e.message); }
};
show([]);
show(['-v', '--name', 'bob', '-t', 'a', '--tag=b', '-tc']);
show(['-vf', '--level=3']);
show(['-vn', 'x']);
show(['-nvalue']);
show(['--name=']);
show(['--', '--verbose', 'file']);
show(['file.txt']);
show(['file.txt', '-v'], { allowPositionals: true });
show(['--unknown']);
show(['--unknown'], { allowPositionals: true });
show(['-x']);
show(['--name']);
show(['--verbose=yes']);
show(['--unknown', 'pos', '-xy'], { strict: false });
show(['-v', 'a', '--', 'b'], { allowPositionals: true, tokens: true });
console.log(parseArgs({ options: { debug: { type: 'boolean', default: false } } }));
try { parseArgs({ options: { bad: { type: 'number' } } }); } catch (e) { console.log(e.code, e.message); }
try { parseArgs({ options: { bad: { type: 'string', short: 'ab' } } }); } catch (e) { console.log(e.code, e.message); }
