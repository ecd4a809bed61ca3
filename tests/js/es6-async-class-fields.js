// async arrows stored in class fields keep the instance as this, even detached; static
// async methods and fields.
class Button {
  label = 'ok';
  clicks = 0;
  onClick = async (n) => { await null; this.clicks += n; return this.label + ':' + this.clicks; };
  static count = 0;
  static async make(label) { await null; const b = new this(); b.label = label; this.count++; return b; }
}
async function main() {
  const b = new Button();
  const handler = b.onClick;
  console.log(await handler(2), await handler(3));
  const made = await Button.make('made');
  console.log(made.label, await made.onClick(1), Button.count);
  const callbacks = [b, made].map((x) => x.onClick);
  console.log(await Promise.all(callbacks.map((f) => f(10))));
}
main();
