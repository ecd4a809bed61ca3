// Errors thrown from down-leveled code name the line the user wrote.
const f = (a) => {
  const { x } = a;
  return `${x}`.missing.prop;
};
try {
  f({ x: 1 });
} catch (e) {
  const m = /es6-line-numbers\.js:(\d+)/.exec(e.stack);
  console.log(e.name, m && m[1]);
}
