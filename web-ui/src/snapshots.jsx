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

function LeakGrowth({ leak }) {
	const chart = useMemo(() => ({
		data: [leak.per_snapshot.map((p, i) => i + 1), leak.per_snapshot.map((p) => p.count),
			leak.per_snapshot.map((p) => p.retained_bytes / 1024)],
		opts: { scales: { x: { time: false } }, legend: { show: true },
			axes: [{ stroke: css('--fg-dim'), grid: { show: false }, size: 30,
				values: (u, v) => v.map((x) => (Number.isInteger(x) ? `#${leak.per_snapshot[x - 1] ?
					leak.per_snapshot[x - 1].snapshot : ''}` : '')) },
			{ stroke: css('--fg-dim'), grid: { stroke: css('--grid') }, size: 55 }],
			series: [{ label: 'snapshot' },
				{ label: 'items', stroke: css('--c1'), width: 2, points: { show: true, size: 6 } },
				{ label: 'retained KiB', stroke: css('--c3'), width: 2, dash: [4, 4] }] },
	}), [leak]);
	return <Chart {...chart} height={140} label={`growth of ${leak.path}`} />;
}

const KIND = { allocation: 'allocated', closure: 'closure defined', listener: 'listener added' };

function Leak({ leak, run }) {
	const best = leak.sites && leak.sites[0];
	return (
		<div class="suspect" data-testid="leak">
			<h4><span class={`cat cat-${leak.category}`}>{leak.category}</span> {leak.path}</h4>
			<p>{signed(leak.growth_count)} items, {signed(leak.growth_bytes, bytes)} retained
				({bytes(leak.retained_bytes)} in the last snapshot), {Math.round(leak.score * 100)}% of
				all growth; {leak.monotonic ? 'grew in every interval' : 'a trend'}
				{leak.event ? `; event '${leak.event}'` : ''}</p>
			{leak.also_reached_through && <p class="dim">also reached through: {leak.also_reached_through.join('; ')}</p>}
			<div class="split">
				<div>
					<h5>Sites</h5>
					{!leak.sites.length ? <p class="dim">none known (record with --record-allocs)</p> :
						<ul class="sites-list">{leak.sites.map((s, i) => (
							<li key={i}>{KIND[s.kind] || s.kind} at <b>{s.function || '(anonymous)'}</b>
								{' '}{base(s.file)}:{s.line} <span class="dim">×{num(s.count)}</span></li>
						))}</ul>}
					{best && <Source run={run} file={best.file} line={best.line} context={3} />}
				</div>
				<div>
					<h5>Growth per snapshot</h5>
					<LeakGrowth leak={leak} />
				</div>
			</div>
		</div>
	);
}

function Suspects({ run, ids }) {
	const [d, err] = useApi(`runs/${run}/diff?ids=${ids.join(',')}`);
	const [open, setOpen] = useState(0);
	if (!d)
		return <Loading error={err} what="the leak suspects (leakscope diff)" />;
	return (
		<div>
			<h3>Leak suspects <span class="dim">leakscope diff over snapshots {d.snapshots.join(', ')}</span></h3>
			{d.note ? <Empty>{d.note}.</Empty> : !d.leaks.length ?
				<Empty>Nothing keeps growing between these snapshots.</Empty> :
				<table class="suspects" data-testid="suspects">
					<thead><tr><th>category</th><th>retainer path</th><th class="num">items</th>
						<th class="num">retained</th><th class="num">share</th><th>site</th></tr></thead>
					<tbody>{d.leaks.map((l, i) => (
						<tr key={i} {...rowProps(() => setOpen(open === i ? null : i), open === i)}>
							<td><span class={`cat cat-${l.category}`}>{l.category}</span></td>
							<td class="path-short">{l.path}</td>
							<td class="num bad">{signed(l.growth_count)}</td>
							<td class="num">{signed(l.growth_bytes, bytes)}</td>
							<td class="num">{Math.round(l.score * 100)}%</td>
							<td>{l.site || '–'}</td>
						</tr>
					))}</tbody>
				</table>}
			{d.leaks && open != null && d.leaks[open] && <Leak leak={d.leaks[open]} run={run} />}
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
			<h3>Classes growing in every snapshot <span class="dim">{num(d.growing)} of {num(d.groups_total)} classes</span></h3>
			{!suspects.length ? <Empty>Nothing grew at every step{snaps.length < 2 ? ' (pick two or more snapshots)' : ''}.</Empty> :
				<table class="suspects" data-testid="growing">
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
			{suspects.map((g, i) => open === i &&
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
	// Snapshots named by the address are compared at once, while the list loads;
	// otherwise the server's default_ids, which it starts loading (warm=1) as it lists
	// them, so the comparison asked for next finds them decoded or on their way.
	const fromUrl = params.ids ? [...new Set(params.ids.split(',').map(Number)
		.filter((x) => x > 0))].sort((a, b) => a - b) : null;
	const [d, err] = useApi(`runs/${run}/snapshots${fromUrl ? '' : '?warm=1'}`);
	const [picked, setPicked] = useState(null);
	const ids = picked || fromUrl || (d ? d.default_ids : null);
	const toggle = (id) => {
		const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].sort((a, b) => a - b);
		if (next.length > MAX)
			return;
		setPicked(next);
		history.replaceState(null, '', `#/run/${run}/snapshots?ids=${next.join(',')}`);
	};
	let list;
	if (!d)
		list = <Loading error={err} what="snapshots" />;
	else if (!d.snapshots.length)
		return <Empty>No heap snapshots in this run: <code>require('leakscope').snapshot()</code> or
			{' '}<code>--snapshot-interval=MS</code> take them.</Empty>;
	else
		list = <>
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
		</>;
	return (
		<section>
			<h2>Heap snapshots</h2>
			{list}
			{ids && ids.length > 1 && <Suspects run={run} ids={ids} key={'s' + ids.join(',')} />}
			{ids && (ids.length ? <Compare run={run} ids={ids} key={ids.join(',')} /> :
				<Empty>Pick snapshots to compare.</Empty>)}
		</section>
	);
}
