// snapshots.jsx — the run's heap snapshots and their comparison: classes (objects by
// constructor, closures by function) with per-snapshot counts and sizes and the change
// from the first to the last, the ones that grew at every step first, each with a node
// allocated after the first snapshot: what keeps it alive (a shortest path from the
// roots), where it was allocated (with the source) and its growth.
import { useMemo, useState } from 'preact/hooks';
import { dur, num, bytes, signed, base, css } from './api.js';
import { useApi, Loading, Empty, rowProps } from './util.jsx';
import { Chart } from './chart.jsx';
import { Source } from './source.jsx';

const MAX = 6;

function Path({ path }) {
	if (!path || !path.steps)
		return <span class="dim">(no path: not reachable from the roots)</span>;
	return (
		<ol class="path" data-testid="path">
			<li>(root)</li>
			{path.skipped ? <li class="dim">… {path.skipped} steps</li> : null}
			{path.steps.map((s, i) => (
				<li key={i} class={s.node.internal ? 'dim' : ''}>
					<code>{s.edge_type === 'element' || s.edge_type === 'hidden' ? `[${s.edge}]` :
						s.edge_type === 'context' ? `(variable ${s.edge})` :
						s.edge_type === 'internal' ? `<${s.edge}>` : `.${s.edge}`}</code>
					{' → '}{s.node.name} <span class="dim">@{s.node.id}</span>
				</li>
			))}
		</ol>
	);
}

function Growth({ g, snaps }) {
	const chart = useMemo(() => ({
		data: [snaps.map((s) => s.t_us / 1e6), g.count],
		opts: { scales: { x: { time: false } }, legend: { show: false },
			axes: [{ stroke: css('--fg-dim'), grid: { show: false }, size: 30 },
				{ stroke: css('--fg-dim'), grid: { stroke: css('--grid') }, size: 55 }],
			series: [{}, { label: 'count', stroke: css('--c1'), width: 2, points: { show: true, size: 6 } }] },
	}), [g]);
	return <Chart {...chart} height={120} label={`count of ${g.name} per snapshot`} />;
}

function Suspect({ g, snaps, run }) {
	return (
		<div class="suspect" data-testid="suspect">
			<h4>{g.name} <span class="dim">({g.type})</span>: {signed(g.count_delta)} objects,
				{' '}{signed(g.size_delta, bytes)}; {num(g.new)} allocated after snapshot {snaps[0].id} still alive</h4>
			<div class="split">
				<div>
					<h5>Kept alive by (a shortest path to @{g.sample.id})</h5>
					<Path path={g.path} />
				</div>
				<div>
					<h5>Growth</h5>
					<Growth g={g} snaps={snaps} />
					<h5>Allocated at</h5>
					{g.site ? <>
						<p><b>{g.site.function || '(anonymous)'}</b> {base(g.site.file)}:{g.site.line}</p>
						<Source run={run} frame={g.site.frame} line={g.site.line} context={3} />
					</> : <p class="dim">unknown (record with --record-allocs to see sites)</p>}
				</div>
			</div>
		</div>
	);
}

function Compare({ run, ids }) {
	const [d, err] = useApi(ids.length ? `compare?ids=${ids.join(',')}` : null);
	const [open, setOpen] = useState(null);
	if (!d)
		return <Loading error={err} what={`the comparison of snapshots ${ids.join(', ')}`} />;
	const snaps = d.snapshots;
	const growing = d.groups.filter((g) => g.growing);
	const suspects = growing.filter((g) => g.sample);
	return (
		<div data-testid="compare">
			<h3>Growing in every snapshot <span class="dim">{num(d.growing)} of {num(d.groups_total)} classes</span></h3>
			{!suspects.length ? <Empty>Nothing grew at every step{snaps.length < 2 ? ' (pick two or more snapshots)' : ''}.</Empty> :
				<table class="suspects" data-testid="suspects">
					<thead><tr><th>class</th><th>type</th><th class="num">objects</th><th class="num">size</th>
						<th>kept by</th><th>allocated at</th></tr></thead>
					<tbody>{suspects.map((g, i) => {
						const last = g.path && g.path.steps ? g.path.steps.filter((s) => !s.node.internal).slice(-2) : [];
						return (
							<tr key={i} {...rowProps(() => setOpen(open === i ? null : i), open === i)}>
								<td><b>{g.name}</b></td><td>{g.type}</td>
								<td class="num bad">{signed(g.count_delta)}</td><td class="num">{signed(g.size_delta, bytes)}</td>
								<td class="path-short">{last.map((s) => `${s.edge_type === 'element' ? '[' + s.edge + ']' : '.' + s.edge}`).join(' ')}</td>
								<td>{g.site ? `${g.site.function || '(anonymous)'} ${base(g.site.file)}:${g.site.line}` : '–'}</td>
							</tr>
						);
					})}</tbody>
				</table>}
			{suspects.map((g, i) => (open === i || (open == null && i === 0)) &&
				<Suspect key={i} g={g} snaps={snaps} run={run} />)}
			<h3>Classes <span class="dim">by change from snapshot {snaps[0].id} to {snaps[snaps.length - 1].id}</span></h3>
			<table class="classes" data-testid="classes">
				<thead><tr><th>class</th><th>type</th>
					{snaps.map((s) => <th class="num" key={s.id}>#{s.id}</th>)}
					<th class="num">Δ objects</th><th class="num">Δ size</th><th class="num">new</th></tr></thead>
				<tbody>{d.groups.map((g, i) => (
					<tr key={i} class={g.growing ? 'bad' : ''}>
						<td>{g.name}</td><td class="dim">{g.type}</td>
						{g.count.map((c, k) => <td class="num" key={k}>{num(c)}</td>)}
						<td class="num">{signed(g.count_delta)}</td><td class="num">{signed(g.size_delta, bytes)}</td>
						<td class="num">{num(g.new)}</td>
					</tr>
				))}</tbody>
			</table>
		</div>
	);
}

export function Snapshots({ run, params }) {
	const [d, err] = useApi(`runs/${run}/snapshots`);
	const [picked, setPicked] = useState(null);
	if (!d)
		return <Loading error={err} what="snapshots" />;
	if (!d.snapshots.length)
		return <Empty>No heap snapshots in this run: <code>require('leakscope').snapshot()</code> or
			{' '}<code>--snapshot-interval=MS</code> take them.</Empty>;
	const all = d.snapshots.map((s) => s.id);
	let ids = picked || (params.ids ? params.ids.split(',').map(Number).filter((x) => all.includes(x)) : null);
	if (!ids) {	// default: up to MAX spread over the run, first and last included
		ids = all.length <= MAX ? all : Array.from({ length: MAX }, (_, i) =>
			all[Math.round((i * (all.length - 1)) / (MAX - 1))]);
	}
	const toggle = (id) => {
		const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].sort((a, b) => a - b);
		if (next.length <= MAX)
			setPicked(next);
	};
	return (
		<section>
			<h2>Heap snapshots</h2>
			<table class="snaps" data-testid="snapshots">
				<thead><tr><th>compare</th><th class="num">id</th><th class="num">at</th><th>trigger</th>
					<th>label</th><th class="num">nodes</th><th class="num">heap used</th><th class="num">pause</th></tr></thead>
				<tbody>{d.snapshots.map((s) => (
					<tr key={s.id}>
						<td><input type="checkbox" checked={ids.includes(s.id)} onChange={() => toggle(s.id)}
							aria-label={`compare snapshot ${s.id}`} /></td>
						<td class="num">{s.id}</td><td class="num">{dur(s.t_us)}</td><td>{s.trigger}</td>
						<td>{s.label || ''}</td><td class="num">{num(s.nodes)}</td>
						<td class="num">{bytes(s.heap_used)}</td><td class="num">{dur(s.pause_us)}</td>
					</tr>
				))}</tbody>
			</table>
			<p class="hint">Up to {MAX} snapshots, compared in id order.</p>
			{ids.length ? <Compare run={run} ids={ids} key={ids.join(',')} /> : <Empty>Pick snapshots to compare.</Empty>}
		</section>
	);
}
