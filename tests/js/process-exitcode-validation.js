// process.exitCode and process.exit(code) validate as Node 20 does: integers, strings
// holding a number, undefined and null pass (a string stays a string); other types throw
// ERR_INVALID_ARG_TYPE, non-integers ERR_OUT_OF_RANGE, and process.exit does not exit
// then. The final exitCode '3' (a string) is the process's exit code.
const values = [1.5, '1.5', '', null, true, -1, 256, 2 ** 31, '0x10', ' 4 ', NaN, Infinity, {}, [], undefined, '7', 3, 'abc'];
for (const v of values) {
  try {
    process.exitCode = v;
    console.log('ok', typeof process.exitCode, JSON.stringify(process.exitCode));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  process.exitCode = undefined;
  if (v === undefined || v === null || (typeof v === 'number' && Number.isInteger(v)) ||
      (typeof v === 'string' && v !== '' && Number.isInteger(+v)))
    continue;	// a valid code would exit
  try {
    process.exit(v);
  } catch (e) {
    console.log('exit threw', e.code);
  }
}
process.on('exit', (code) => console.log('exit', code, JSON.stringify(process.exitCode)));
process.exitCode = '3';
