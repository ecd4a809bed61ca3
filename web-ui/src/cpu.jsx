// cpu.jsx — where CPU time went: a flame graph (d3-flame-graph) of the calling-context
// tree, top-down or inverted (the innermost function at the bottom row: where time is
// spent itself), and the functions by self time; both for the whole run or one loop
// phase. A frame or a row opens the script with its per-line samples.
import { useEffect, useRef, useState } from 'preact/hooks';
import { select } from 'd3-selection';
import flamegraph from 'd3-flame-graph';
import '../node_modules/d3-flame-graph/dist/d3-flamegraph.css';	// not in its exports map
import { dur, pct, base, css, PHASES } from './api.js';
import { useApi, Loading, Empty, rowProps } from './util.jsx';
import { Source } from './source.jsx';

const NAMES = ['all', 'none', ...PHASES];

function colour(d) {
	const n = d.data;
	if (n.kind === 'pseudo')
		return css('--fg-dim');
	if (n.kind === 'native' || n.file === 'native')
		return css('--f-native');
	if (n.file && n.file.startsWith('node:'))
		return css('--f-runtime');
	return css('--f-app');
}

function Flame({ data, interval, onPick }) {
	const ref = useRef(null);
	useEffect(() => {
		const el = ref.current;
		const chart = flamegraph()
			.width(el.clientWidth || 1000)
			.cellHeight(18)
			.minFrameSize(2)
			.transitionDuration(200)
			.sort(true)
			.inverted(false)
			.selfValue(false)
			.setColorMapper((d) => colour(d))
			.label((d) => `${d.data.name} ${d.data.file ? '(' + base(d.data.file) +
				(d.data.fn_line ? ':' + d.data.fn_line : '') + ')' : ''}: ${dur(d.value * interval)}, ` +
				`${pct(d.value, data.value)}`)
			.onClick((d) => d && d.data && d.data.frame && onPick(d.data));
		select(el).datum(data).call(chart);
		return () => {
			chart.destroy && chart.destroy();
			el.innerHTML = '';
		};
	}, [data]);
	return <div class="flame" ref={ref} data-testid="flame" role="img"
		aria-label="flame graph: width is CPU time; click a frame to zoom and see its source" />;
}

export function Cpu({ run, params }) {
	const [phase, setPhase] = useState(params.phase || 'all');
	const [inverted, setInverted] = useState(params.inverted === '1');
	const [pick, setPick] = useState(null);
	const [fl, err] = useApi(`runs/${run}/flame?phase=${phase}&inverted=${inverted ? 1 : 0}`);
	const [top, err2] = useApi(`runs/${run}/top?limit=500`);
	if (!top)
		return <Loading error={err2} what="CPU profile" />;
	if (!top.samples)
		return <Empty>No CPU samples in this run (recorded with --sample-interval=0?).</Empty>;
	const key = phase === 'all' ? null : phase;
	const rows = top.functions
		.map((f) => ({ f, self: key ? f.self_by_phase[key] : f.self_samples,
			total: key ? f.total_by_phase[key] : f.total_samples }))
		.filter((r) => r.total > 0)
		.sort((a, b) => b.self - a.self || b.total - a.total)
		.slice(0, 60);
	const all = key ? top.samples_by_phase[key] : top.samples;
	const iv = top.sample_interval_us;
	return (
		<section>
			<h2>CPU <span class="dim">{dur(top.samples * iv)} sampled every {dur(iv)}</span></h2>
			<div class="toolbar" role="toolbar" aria-label="profile options">
				<label>Phase <select value={phase} onChange={(e) => setPhase(e.target.value)}
					data-testid="phase">
					{NAMES.filter((p) => p === 'all' || top.samples_by_phase[p]).map((p) => (
						<option value={p} key={p}>{p === 'none' ? 'main script' : p}
							{p !== 'all' ? ` (${pct(top.samples_by_phase[p], top.samples)})` : ''}</option>
					))}
				</select></label>
				<label><input type="checkbox" checked={inverted} data-testid="inverted"
					onChange={(e) => setInverted(e.target.checked)} /> inverted (where time is spent)</label>
				<span class="legend"><i style={{ background: 'var(--f-app)' }} />app
					<i style={{ background: 'var(--f-runtime)' }} />runtime (node:)
					<i style={{ background: 'var(--f-native)' }} />native</span>
			</div>
			{!fl ? <Loading error={err} what="flame graph" /> : fl.samples ?
				<Flame data={fl.root} interval={iv} onPick={setPick} /> :
				<Empty>No samples in this phase.</Empty>}
			<div class="split">
				<div>
					<h3>Functions by self time{key ? ` in ${key}` : ''}</h3>
					<table class="top" data-testid="top">
						<thead><tr><th class="num">self</th><th class="num">%</th><th class="num">total</th>
							<th>function</th><th>where</th></tr></thead>
						<tbody>{rows.map(({ f, self, total }, i) => (
							<tr key={i} {...rowProps(() => f.kind === 'js' && f.file && f.file !== 'native' &&
								setPick({ file: f.file, fn_line: f.fn_line, name: f.function }),
							pick && pick.file === f.file && pick.fn_line === f.fn_line)}>
								<td class="num">{dur(self * iv)}</td><td class="num">{pct(self, all)}</td>
								<td class="num">{dur(total * iv)}</td>
								<td><b class="clip" title={f.function}>{f.function || '(anonymous)'}</b></td>
								<td class="dim"><span class="clip" title={f.file || ''}>{f.file ?
									`${base(f.file)}${f.fn_line ? ':' + f.fn_line : ''}` : ''}</span></td>
							</tr>
						))}</tbody>
					</table>
				</div>
				<div>
					{pick ? <Source key={pick.frame || pick.file} run={run} frame={pick.frame}
						file={pick.file} line={pick.fn_line} onClose={() => setPick(null)} /> :
						<p class="hint">Click a frame of the flame graph or a function to see its
							script with the samples of each line.</p>}
				</div>
			</div>
		</section>
	);
}
