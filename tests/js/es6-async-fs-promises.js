// async/await over fs.promises: write, read, append, readdir and rm in a temp folder.
const fs = require('fs');
const os = require('os');
const path = require('path');
async function main() {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'ls-async-'));
  try {
    const file = path.join(dir, 'data.txt');
    await fs.promises.writeFile(file, 'line 1\n');
    await fs.promises.appendFile(file, 'line 2\n');
    const text = await fs.promises.readFile(file, 'utf8');
    console.log(JSON.stringify(text));
    const names = await fs.promises.readdir(dir);
    console.log(names);
    const results = await Promise.all(['a', 'b', 'c'].map(async (n) => {
      const f = path.join(dir, n);
      await fs.promises.writeFile(f, n + n + n);
      return (await fs.promises.readFile(f, 'utf8')).length;
    }));
    console.log(results);
    try {
      await fs.promises.readFile(path.join(dir, 'missing'));
    } catch (e) {
      console.log(e.code);
    }
  } finally {
    await fs.promises.rm(dir, { recursive: true });
    console.log('cleaned up', fs.existsSync(dir));
  }
}
main();
