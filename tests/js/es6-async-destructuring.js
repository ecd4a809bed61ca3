// Destructuring the results of awaits: declarations, assignments, nested patterns,
// defaults, and awaits inside array and object literals.
const fetchUser = async (id) => ({ id, name: 'user' + id, tags: ['a', 'b'], meta: { age: 30 + id } });
async function main() {
  const { name, tags: [firstTag, ...otherTags], meta: { age }, missing = 'default' } = await fetchUser(1);
  console.log(name, firstTag, otherTags, age, missing);
  const [u2, u3] = await Promise.all([fetchUser(2), fetchUser(3)]);
  console.log(u2.name, u3.meta.age);
  let a, b;
  [a, b] = [await fetchUser(4), await fetchUser(5)];
  ({ name: a } = await fetchUser(6));
  console.log(a, b.name);
  const obj = { one: await fetchUser(7), two: (await fetchUser(8)).name, [await Promise.resolve('dyn')]: 'key' };
  console.log(obj.one.id, obj.two, obj.dyn);
  const str = `${(await fetchUser(9)).name}-${await 10}`;
  console.log(str);
  for (const { id, name: n } of [await fetchUser(11), await fetchUser(12)]) console.log(id, n);
}
main();
