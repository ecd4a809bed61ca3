// tables.jsx — allocation sites, listeners over time and the CI gate's verdicts.
import { useMemo, useState } from 'preact/hooks';
import { dur, num, bytes, pct, base, css, where, fname } from './api.js';
import { useApi, Loading, Empty, Stack, rowProps } from './util.jsx';
import { Chart, axes } from './chart.jsx';
import { Source } from './source.jsx';

function SiteTable({ title, sites, total, by, pick, setPick }) {
	return (
		<div>
			<h3>{title}</h3>
			<table class="sites">
				<thead><tr><th class="num">{by === 'live' ? 'live' : 'allocated'}</th><th class="num">%</th>
					<th class="num">{by === 'live' ? 'allocated' : 'live'}</th><th class="num">count</th>
					<th>function</th><th>site</th></tr></thead>
				<tbody>{sites.map((s, i) => (
					<tr key={i} {...rowProps(() => s.frame_id && setPick(s), pick === s)}>
						<td class="num">{bytes(by === 'live' ? s.live_bytes : s.bytes)}</td>
						<td class="num">{pct(by === 'live' ? s.live_bytes : s.bytes, total)}</td>
						<td class="num dim">{bytes(by === 'live' ? s.bytes : s.live_bytes)}</td>
						<td class="num">{num(s.count)}</td>
						<td><b class="clip" title={fname(s)}>{fname(s)}</b></td>
						<td class="dim"><span class="clip" title={s.file || ''}>{where(s)}</span></td>
					</tr>
				))}</tbody>
			</table>
		</div>
	);
}

export function Allocs({ run }) {
	const [d, err] = useApi(`runs/${run}/allocs?limit=40`);
	const [pick, setPick] = useState(null);
	if (!d)
		return <Loading error={err} what="allocation sites" />;
	if (!d.sites_total)
		return <Empty>No allocation sites: record with <code>--record-allocs</code>.</Empty>;
	return (
		<section>
			<h2>Allocations <span class="dim">{bytes(d.bytes)} in {num(d.count)} allocations at
				{' '}{num(d.sites_total)} sites, {bytes(d.live_bytes)} still live</span></h2>
			<div class="split">
				<SiteTable title="By bytes still live" sites={d.by_live_bytes} total={d.live_bytes}
					by="live" pick={pick} setPick={setPick} />
				<SiteTable title="By bytes allocated" sites={d.by_bytes} total={d.bytes}
					by="bytes" pick={pick} setPick={setPick} />
			</div>
			{pick && <Source run={run} frame={pick.frame_id} line={pick.line} onClose={() => setPick(null)} />}
		</section>
	);
}

export function Listeners({ run }) {
	const [d, err] = useApi(`runs/${run}/listeners?buckets=60&limit=100`);
	const [pick, setPick] = useState(null);
	const chart = useMemo(() => {
		if (!d || !d.series.length)
			return null;
		const shown = d.series.slice(0, 8);
		return {
			data: [[0, ...d.timeline_us.map((t) => t / 1e6)],
				...shown.map((s) => [s.start, ...s.timeline])],
			opts: { scales: { x: { time: false } }, axes: axes('listeners'),
				series: [{}, ...shown.map((s, i) => ({
					label: `${s.constructor || 'emitter'} #${s.emitter} '${s.event}'`,
					stroke: css(`--c${(i % 5) + 1}`), width: 2 }))] },
		};
	}, [d]);
	if (!d)
		return <Loading error={err} what="listeners" />;
	if (!d.series.length)
		return <Empty>No listener was added or removed in this run.</Empty>;
	return (
		<section>
			<h2>Listeners <span class="dim">{num(d.series_total)} emitter/event pairs; growing ones first</span></h2>
			<Chart {...chart} label="listener counts over time" />
			<table class="listeners" data-testid="listeners">
				<thead><tr><th>emitter</th><th>event</th><th class="num">start</th><th class="num">now</th>
					<th class="num">max</th><th class="num">adds</th><th class="num">removes</th><th>trend</th>
					<th>registered at</th></tr></thead>
				<tbody>{d.series.map((s, i) => (
					<tr key={i} {...rowProps(() => setPick(pick === s ? null : s), pick === s)}
						class={(s.flagged ? 'bad ' : '') + 'clickable'}>
						<td>{s.constructor || 'emitter'} <span class="dim">#{s.emitter}</span></td>
						<td><code>{s.event}</code></td>
						<td class="num">{num(s.start)}</td><td class="num">{num(s.count)}</td>
						<td class="num">{num(s.max)}</td><td class="num">{num(s.adds)}</td>
						<td class="num">{num(s.removes)}</td>
						<td>{s.flagged ? <b>{s.trend}</b> : s.trend}</td>
						<td class="dim">{s.sites.slice(0, 2).map((l) => `${fname(l)} ${where(l)}`).join(', ')}</td>
					</tr>
				))}</tbody>
			</table>
			{pick && <div class="panel">
				<h3>Latest add to {pick.constructor} #{pick.emitter} '{pick.event}'</h3>
				<Stack frames={pick.stack} max={15} onFrame={(f) => setPick({ ...pick, src: f })} />
				{pick.sites[0] && pick.sites[0].frame_id &&
					<Source run={run} frame={(pick.src || pick.sites[0]).frame_id}
						line={(pick.src || pick.sites[0]).line} context={6} />}
			</div>}
		</section>
	);
}

function when(us) {
	return new Date(us / 1000).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

function Verdict({ r }) {
	const rep = r.report || {};
	const leaks = rep.leaks || [];
	const status = (l) => l.allowed ? 'allowed' : l.failed ? 'failed' : 'below limit';
	return (
		<div data-testid="verdict">
			<div class={'verdict ' + (r.passed ? 'pass' : 'fail')}>
				<h3>{r.passed ? '✓ PASSED' : '✗ FAILED'}</h3>
				<p>{num(r.failing)} of {num(r.suspects)} suspect{r.suspects === 1 ? '' : 's'} failed
					{' '}(grew by more than {bytes(r.max_leak_bytes)} and not allowed); the gate
					{' '}{r.passed ? 'passes' : 'fails'} when more than {num(r.max_leaks)} do.</p>
				<dl>
					<dt>gated</dt><dd>{when(r.at_us)}</dd>
					<dt>snapshots</dt><dd>{(r.snapshots || []).join(', ')}</dd>
					<dt>again</dt><dd><code>leakscope gate DB {(r.snapshots || []).join(' ')}
						{' '}--max-leak-bytes {r.max_leak_bytes} --max-leaks {r.max_leaks}</code></dd>
				</dl>
			</div>
			{!leaks.length ? <Empty>Nothing kept growing between these snapshots.</Empty> :
				<table class="suspects" data-testid="gate-leaks">
					<thead><tr><th>verdict</th><th>category</th><th>retainer path</th>
						<th class="num">items</th><th class="num">retained</th><th>site</th></tr></thead>
					<tbody>{leaks.map((l, i) => (
						<tr key={i} class={l.failed ? 'bad' : ''}>
							<td class={l.failed ? 'bad' : 'dim'}><b>{status(l)}</b>
								{l.allowed && <div class="dim">{l.allowed}</div>}</td>
							<td><span class={`cat cat-${l.category}`}>{l.category}</span></td>
							<td class="path-short">{l.path}</td>
							<td class="num">{l.growth_count > 0 ? '+' : ''}{num(l.growth_count)}</td>
							<td class="num">{l.growth_bytes > 0 ? '+' : ''}{bytes(l.growth_bytes)}</td>
							<td>{l.site || '–'}</td>
						</tr>
					))}</tbody>
				</table>}
		</div>
	);
}

export function Gate({ run }) {
	const [d, err] = useApi(`runs/${run}/gate`);
	const [pick, setPick] = useState(0);
	if (!d)
		return <Loading error={err} what="the gate" />;
	if (!d.ran)
		return (
			<section>
				<h2>Gate</h2>
				<Empty>The CI leak gate has not run on run {run} of this file
					{' '}(<code>leakscope gate DB</code> keeps its verdict in the file when it can write to it).</Empty>
			</section>
		);
	const r = d.results[pick] || d.results[0];
	return (
		<section>
			<h2>Gate <span class="dim">{d.results.length > 1 ? `the latest of ${d.results.length} verdicts` : ''}</span></h2>
			<Verdict r={r} key={r.id} />
			{d.results.length > 1 && <>
				<h3>Earlier verdicts</h3>
				<table data-testid="gate-history">
					<thead><tr><th>when</th><th>verdict</th><th class="num">failed</th>
						<th class="num">suspects</th><th class="num">max leak bytes</th><th>snapshots</th></tr></thead>
					<tbody>{d.results.map((x, i) => (
						<tr key={x.id} {...rowProps(() => setPick(i), r === x)}>
							<td>{when(x.at_us)}</td>
							<td class={x.passed ? '' : 'bad'}><b>{x.passed ? 'passed' : 'failed'}</b></td>
							<td class="num">{num(x.failing)}</td><td class="num">{num(x.suspects)}</td>
							<td class="num">{bytes(x.max_leak_bytes)}</td><td>{(x.snapshots || []).join(', ')}</td>
						</tr>
					))}</tbody>
				</table>
			</>}
		</section>
	);
}
