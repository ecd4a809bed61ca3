// tables.jsx — allocation sites, listeners over time and the gate's verdict.
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
						<td><b>{fname(s)}</b></td><td class="dim">{where(s)}</td>
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

export function Gate({ run }) {
	const [d, err] = useApi(`runs/${run}/gate`);
	if (!d)
		return <Loading error={err} what="the gate" />;
	if (!d.ran)
		return (
			<section>
				<h2>Gate</h2>
				<Empty>The CI leak gate has not run on this file for run {run}
					{' '}(<code>leakscope gate DB</code> records its verdict).</Empty>
			</section>
		);
	return (
		<section>
			<h2>Gate</h2>
			{Object.entries(d.tables).map(([name, rows]) => (
				<div key={name}>
					{rows.map((r, i) => {
						const verdict = r.verdict || r.result || (r.passed != null ? (r.passed ? 'pass' : 'fail') : null);
						return (
							<div class={'verdict ' + (/fail/i.test(String(verdict)) ? 'bad' : 'good')} key={i}>
								{verdict && <h3>{String(verdict).toUpperCase()}</h3>}
								<dl>{Object.entries(r).map(([k, v]) => (
									<><dt>{k}</dt><dd>{typeof v === 'string' && v.length > 200 ?
										<pre>{v}</pre> : String(v)}</dd></>
								))}</dl>
							</div>
						);
					})}
				</div>
			))}
		</section>
	);
}
