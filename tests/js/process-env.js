// process.env holds strings: values set from the script are coerced to strings, deleted ones vanish.
process.env.LEAKSCOPE_TEST_VAR = 'hello';
console.log(process.env.LEAKSCOPE_TEST_VAR);
console.log(typeof process.env, typeof process.env.PATH);
process.env.LEAKSCOPE_TEST_NUM = 42;
console.log(typeof process.env.LEAKSCOPE_TEST_NUM, process.env.LEAKSCOPE_TEST_NUM === '42');
process.env.LEAKSCOPE_TEST_BOOL = true;
console.log(process.env.LEAKSCOPE_TEST_BOOL === 'true');
console.log('LEAKSCOPE_TEST_VAR' in process.env);
console.log(Object.keys(process.env).indexOf('LEAKSCOPE_TEST_VAR') >= 0);
delete process.env.LEAKSCOPE_TEST_VAR;
console.log(process.env.LEAKSCOPE_TEST_VAR, 'LEAKSCOPE_TEST_VAR' in process.env);
console.log(process.env.LEAKSCOPE_SURELY_UNSET_VAR);
