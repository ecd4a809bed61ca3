// browser.mjs LEAKSCOPE DB OUTDIR [--compare IDS] — the leakscope UI in a real browser
// (playwright-core driving Debian's /usr/bin/chromium, headless, 1280×800): serves DB
// with `LEAKSCOPE ui DB --port 0` and goes through every view of its latest run by the
// navigation bar and by keyboard, checking that each shows real content (charts drawn,
// flame graph frames, table rows, the growing Session class with its retainer path and
// allocation site, leakscope diff's suspects and the gate's verdict), that the page logs no
// error, and saves a screenshot of each view (light, and the overview and snapshots
// dark) in OUTDIR. DB is a recording of
// tests/ui/app.js. With --compare IDS (or "default": the view's own pick) it only opens
// the comparison of those snapshots and prints how long the suspects took to show. Exit 77 when no browser is available.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [bin, db, out, flag, ids] = process.argv.slice(2);
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!bin || !db || !out) {
	console.error('usage: node browser.mjs LEAKSCOPE DB OUTDIR [--compare IDS]');
	process.exit(2);
}
let chromium;
try {
	({ chromium } = await import('playwright-core'));
} catch (e) {
	console.log('skip: playwright-core is not installed (sh tools/deps.sh test)');
	process.exit(77);
}
if (!existsSync(browserPath)) {
	console.log(`skip: no browser at ${browserPath} (sh tools/deps.sh test installs chromium)`);
	process.exit(77);
}
mkdirSync(out, { recursive: true });

let failures = 0, checks = 0;
function check(ok, what) {
	checks++;
	if (!ok) {
		failures++;
		console.log(`FAIL: ${what}`);
	} else {
		console.log(`ok: ${what}`);
	}
}

const server = spawn(bin, ['ui', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
	let text = '';
	const t = setTimeout(() => reject(new Error('the server printed no URL')), 20000);
	server.stdout.on('data', (b) => {
		text += b;
		const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(text);
		if (m) {
			clearTimeout(t);
			resolve(m[0]);
		}
	});
	server.on('exit', (c) => reject(new Error(`the server exited (${c})`)));
});

const browser = await chromium.launch({ executablePath: browserPath, headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
	colorScheme: 'light' });
const page = await context.newPage();
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
page.setDefaultTimeout(30000);

const shot = (name) => page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
const count = (sel) => page.locator(sel).count();

try {
	if (flag === '--compare') {
		await page.goto(base + '#/');
		await page.waitForSelector('[data-testid=runs] tbody tr');
		const t0 = Date.now();
		page.on('response', (r) => r.url().includes('/api/') &&
			console.log(`  ${Date.now() - t0} ms: ${r.url().replace(base, '/')} answered`));
		// "default": the view's own pick, the snapshot list first (warm=1 starts the loads)
		await page.goto(`${base}#/run/1/snapshots${ids === 'default' ? '' : `?ids=${ids}`}`);
		await page.waitForSelector('[data-testid=suspects] tbody tr', { timeout: 120000 });
		const ms = Date.now() - t0;
		await page.waitForSelector('[data-testid=growing] tbody tr', { timeout: 120000 });
		console.log(`classes growing in every snapshot shown in ${Date.now() - t0} ms`);
		console.log(`suspects of snapshots ${ids} shown in ${ms} ms`);
		await shot('compare-big');
		check(errors.length === 0, `no console errors (${errors.join('; ')})`);
	} else {
		// runs
		await page.goto(base);
		await page.waitForSelector('[data-testid=runs] tbody tr');
		check(await count('[data-testid=runs] tbody tr') >= 1, 'runs: the table lists the run');
		await shot('runs');
		// open the latest run by keyboard: focus its row and press Enter
		await page.locator('[data-testid=runs] tbody tr').first().focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('main[data-view=overview] .uplot');
		// the charts are made in effects after the series arrive: wait for the third
		// (not a fixed 300 ms), up to the default timeout, then check
		await page.waitForFunction(() => document.querySelectorAll('main .uplot canvas').length >= 3)
			.catch(() => {});
		check(await count('main .uplot canvas') >= 3, 'overview: three charts drawn');
		check(/duration/.test(await page.locator('.cards').innerText()), 'overview: the totals');
		await shot('overview');

		// event loop, by key 2
		await page.keyboard.press('2');
		await page.waitForSelector('main[data-view=loop] .uplot');
		await page.waitForSelector('[data-testid=slow] tbody tr');
		check(await count('[data-testid=slow] tbody tr') >= 1, 'loop: slow callbacks listed');
		check(/busyWait/.test(await page.locator('[data-testid=slow]').innerText()),
			'loop: the slow callback\'s stack names busyWait');
		// zoom: select part of the timeline with the mouse
		const box = await page.locator('main .uplot .u-over').boundingBox();
		const before = await page.locator('.toolbar span').first().innerText();
		await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
		await page.mouse.up();
		await page.waitForSelector('text=Whole run');
		check(true, `loop: dragging zooms the timeline (was: ${before})`);
		await shot('loop');

		// CPU, through the navigation bar
		await page.click('nav a[data-nav=cpu]');
		await page.waitForSelector('[data-testid=flame] svg rect');
		const frames = await count('[data-testid=flame] svg g');
		check(frames > 5, `cpu: the flame graph has frames (${frames})`);
		check(/checksum/.test(await page.locator('[data-testid=top]').innerText()),
			'cpu: checksum in the top functions');
		await page.locator('[data-testid=top] tbody tr', { hasText: 'checksum' }).first().click();
		await page.waitForSelector('.source .code tr.hl');
		check(/function checksum/.test(await page.locator('.source').innerText()),
			'cpu: a function opens its source with per-line samples');
		await shot('cpu');
		await page.locator('[data-testid=inverted]').check();
		await page.waitForTimeout(500);
		await page.waitForSelector('[data-testid=flame] svg rect');
		check(await count('[data-testid=flame] svg g') > 3, 'cpu: the inverted flame graph');
		await page.selectOption('[data-testid=phase]', 'timers');
		await page.waitForTimeout(500);
		await page.waitForSelector('[data-testid=flame] svg rect');
		check(await count('[data-testid=top] tbody tr') >= 1, 'cpu: filtered by the timers phase');
		await shot('cpu-inverted-timers');

		// allocations, listeners (keys do not switch views while a form control has focus)
		await page.evaluate(() => document.activeElement.blur());
		await page.keyboard.press('4');
		await page.waitForSelector('main[data-view=allocs] table.sites tbody tr');
		check(/app\.js/.test(await page.locator('main').innerText()), 'allocs: sites in app.js');
		await shot('allocs');
		await page.keyboard.press('5');
		await page.waitForSelector('[data-testid=listeners] tbody tr');
		const lrow = page.locator('[data-testid=listeners] tbody tr').first();
		check(/close/.test(await lrow.innerText()) && /monotonic/.test(await lrow.innerText()),
			'listeners: the growing close listeners on top');
		check(await count('main .uplot') === 1, 'listeners: the chart');
		await shot('listeners');

		// snapshots: the comparison of the three — leakscope diff's suspects, then classes
		await page.keyboard.press('6');
		await page.waitForSelector('[data-testid=suspects] tbody tr');
		const sus = await page.locator('[data-testid=suspects]').innerText();
		check(/cache/.test(sus) && /sessions \(Map\)/.test(sus) && /app\.js:29/.test(sus),
			'snapshots: the suspects list the sessions Map cache with its site app.js:29');
		check(/listener/.test(sus) && /'close' listeners/.test(sus),
			'snapshots: the suspects list the close listeners');
		// the opened suspect's snippet and chart come with their own requests
		await page.waitForSelector('[data-testid=leak] .source tr');
		await page.waitForSelector('[data-testid=leak] .uplot');
		const leak = await page.locator('[data-testid=leak]').first().innerText();
		check(/app\.js:\d+/.test(leak) && await count('[data-testid=leak] .source tr') > 0 &&
			await count('[data-testid=leak] .uplot') === 1,
			'snapshots: a suspect shows its sites, source snippet and growth chart');
		await page.waitForSelector('[data-testid=growing] tbody tr');
		check(/Session/.test(await page.locator('[data-testid=growing]').innerText()),
			'snapshots: Session among the classes growing in every snapshot');
		await page.locator('[data-testid=growing] tbody tr').filter({
			has: page.locator('td:first-child', { hasText: /^Session$/ }) }).click();
		const text = await page.locator('[data-testid=suspect]', { hasText: 'Session' }).first()
			.innerText();
		check(/sessions/.test(text), 'snapshots: its retainer path goes through sessions');
		check(/handle\s+app\.js:\d+/.test(text), 'snapshots: its allocation site is handle in app.js');
		check(await count('[data-testid=classes] tbody tr') > 5, 'snapshots: the class table');
		await shot('snapshots');
		await page.locator('[data-testid=leak]').first().screenshot({ path: join(out, 'suspect.png') });

		await page.keyboard.press('7');
		await page.waitForSelector('[data-testid=verdict]');
		const verdict = await page.locator('[data-testid=verdict]').innerText();
		check(/FAILED/.test(verdict) && /1 of 2 suspects failed/.test(verdict),
			'gate: the verdict kept by leakscope gate (FAILED, 1 of 2 suspects)');
		const gl = page.locator('[data-testid=gate-leaks] tbody tr');
		check(/failed/.test(await gl.filter({ hasText: 'sessions' }).innerText()),
			'gate: the sessions cache failed');
		check(/allowed/.test(await gl.filter({ hasText: 'close' }).innerText()) &&
			/ui test: allowed on purpose/.test(verdict), 'gate: the close listeners allowed, with the reason');
		await shot('gate');

		// back to the runs with 0, and the dark theme
		await page.keyboard.press('0');
		await page.waitForSelector('[data-testid=runs]');
		check(true, 'key 0 goes back to the runs');
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(base + '#/run/1/overview');
		await page.waitForSelector('main .uplot');
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		check(bg !== 'rgb(255, 255, 255)', `dark theme follows the system (${bg})`);
		await shot('overview-dark');
		await page.goto(base + '#/run/1/snapshots');
		await page.waitForSelector('[data-testid=suspects] tbody tr');
		await shot('snapshots-dark');
		check(errors.length === 0, `no console errors (${errors.join('; ')})`);
	}
} catch (e) {
	failures++;
	console.log(`FAIL: ${e.message}`);
	await shot('failure').catch(() => {});
} finally {
	await browser.close();
	server.kill('SIGTERM');
}
console.log(`${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
