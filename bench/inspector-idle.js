// inspector-idle.js [LEAKSCOPE] — how fast an idle app answers the inspector (issue 9,
// item 3: within 50 ms while idle in poll), against Node 20 in the same run. Both run
// tests/inspector's idle app (a timer once a second) with --inspect on a free loopback
// port; chrome-remote-interface (tests/inspector/node_modules) sends ROUNDS (1000)
// Profiler.enable calls one after the other, alternating between the two targets in
// batches of 50 so that load from other processes falls on both alike, after a warm-up
// of 50 each. Prints median, p90, p99 and max round trip in ms for each, leakscope's
// ratios to Node, and the load average the machine had.
//
// RECORD=1 runs leakscope with --record (a temporary database) as well: the sampler, the
// recorder's loop observers and its writer thread at work beside the inspector.
//
//   node bench/inspector-idle.js build/leakscope
//   ROUNDS=5000 RECORD=1 node bench/inspector-idle.js
'use strict';
const path = require('path');
const os = require('os');
const fs = require('fs');
const { spawn } = require('child_process');
const CDP = require(path.join(__dirname, '..', 'tests', 'inspector', 'node_modules', 'chrome-remote-interface'));

const bin = path.resolve(process.argv[2] || 'build/leakscope');
const rounds = Number(process.env.ROUNDS || 1000);
const batch = 50;
const app = path.join(os.tmpdir(), 'leakscope-inspector-idle-' + process.pid + '.js');
fs.writeFileSync(app, 'setInterval(() => {}, 1000);\n');

function start(cmd, args) {
	const proc = spawn(cmd, args.concat(['--inspect=127.0.0.1:0', app]), { stdio: ['ignore', 'ignore', 'pipe'] });
	let err = '';
	return new Promise((resolve, reject) => {
		proc.stderr.on('data', (d) => {
			err += d;
			const m = /ws:\/\/127\.0\.0\.1:(\d+)\/\S+/.exec(err);
			if (m && !proc.found) {
				proc.found = true;
				CDP({ host: '127.0.0.1', port: Number(m[1]), target: m[0], local: true })
					.then((client) => resolve({ proc, client }), reject);
			}
		});
		proc.on('exit', (c) => { if (!proc.found) reject(new Error(cmd + ' exited ' + c + ': ' + err)); });
	});
}

async function trips(client, n, into) {
	for (let i = 0; i < n; i++) {
		const t = process.hrtime.bigint();
		await client.send('Profiler.enable');
		if (into)
			into.push(Number(process.hrtime.bigint() - t) / 1e6);
	}
}

function stats(a) {
	const s = a.slice().sort((x, y) => x - y);
	const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
	return { median: q(0.5), p90: q(0.9), p99: q(0.99), max: s[s.length - 1] };
}

(async function () {
	const db = path.join(os.tmpdir(), 'leakscope-inspector-idle-' + process.pid + '.db');
	const ls = await start(bin, process.env.RECORD ? ['run', '--record', db] : ['run']);
	const node = await start('node', []);
	const a = [], b = [];
	await trips(ls.client, batch);
	await trips(node.client, batch);
	for (let done = 0; done < rounds; done += batch) {
		await trips(ls.client, batch, a);
		await trips(node.client, batch, b);
	}
	const l = stats(a), n = stats(b);
	const f = (x) => x.toFixed(2).padStart(8);
	console.log('idle round trip, ms (' + (process.env.RECORD ? 'leakscope with --record; ' : '') + a.length + ' calls each; load average ' +
		os.loadavg().map((x) => x.toFixed(1)).join(' ') + ' on ' + os.cpus().length + ' cores)');
	console.log('           median      p90      p99      max');
	console.log('leakscope' + f(l.median) + ' ' + f(l.p90) + ' ' + f(l.p99) + ' ' + f(l.max));
	console.log('node     ' + f(n.median) + ' ' + f(n.p90) + ' ' + f(n.p99) + ' ' + f(n.max));
	console.log('ratio    ' + ['median', 'p90', 'p99', 'max'].map((k) => (l[k] / n[k]).toFixed(2).padStart(8) + 'x').join(''));
	await ls.client.close();
	await node.client.close();
	ls.proc.kill();
	node.proc.kill();
	fs.unlinkSync(app);
	for (const f of [db, db + '-wal', db + '-shm'])
		fs.rmSync(f, { force: true });
})().catch((e) => { console.error(e); process.exit(1); });
