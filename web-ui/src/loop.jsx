// loop.jsx — the event-loop timeline: each iteration's time in the seven phases as
// stacked bars (poll counts only its callbacks, not the time blocked waiting), over the
// whole run or a zoomed range (drag to zoom: the server sends the iterations of the new
// range, per iteration once few enough); the phases' totals; the slowest callbacks with
// their stacks, marked on the timeline as red bands (Enter or click zooms the timeline
// to one).
import { useMemo, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { dur, num, pct, css, PHASES } from './api.js';
import { useApi, Loading, Empty, Stack, rowProps } from './util.jsx';
import { Chart, axes } from './chart.jsx';
import { Source } from './source.jsx';

export function Loop({ run }) {
	const [range, setRange] = useState(null);
	const [sel, setSel] = useState(null);
	const [src, setSrc] = useState(null);
	const q = range ? `&from=${Math.floor(range[0])}&to=${Math.ceil(range[1])}` : '';
	const [it, err] = useApi(`runs/${run}/iterations?max=1200${q}`);
	const [loop, err2] = useApi(`runs/${run}/loop?limit=50`);
	const chart = useMemo(() => {
		if (!it || !it.t_us.length)
			return null;
		const colors = PHASES.map((p, i) => css(`--p${i + 1}`));
		const cum = [];
		let acc = it.t_us.map(() => 0);
		PHASES.forEach((p) => {
			acc = acc.map((v, i) => v + it[p][i] / 1000);
			cum.push(acc);
		});
		const bars = uPlot.paths.bars({ size: [0.9, 30], align: 1 });
		// drawn from the top of the stack down, so each phase shows its own band
		const order = PHASES.map((p, i) => i).reverse();
		return {
			data: [it.t_us.map((x) => x / 1e6), ...order.map((k) => cum[k])],
			opts: {
				scales: { x: { time: false }, y: { range: (u, min, max) => [0, (max || 1) * 1.05] } },
				axes: axes(it.aggregated ? 'ms per iteration (mean)' : 'ms'),
				cursor: { drag: { x: true, setScale: false } },
				series: [{}, ...order.map((k) => ({
					label: PHASES[k], stroke: colors[k], fill: colors[k], paths: bars, width: 0,
					value: (u, v, si, idx) => (idx == null ? '–' : (it[PHASES[k]][idx] / 1000).toFixed(2)),
				}))],
				hooks: {
					// the slow callbacks: a band over the time each took (the picked one darker)
					draw: [(u) => {
						if (!loop)
							return;
						const { ctx, bbox } = u;
						ctx.save();
						ctx.fillStyle = css('--bad');
						for (const s of loop.slow_callbacks) {
							const x0 = u.valToPos(s.t_us / 1e6, 'x', true);
							const x1 = u.valToPos((s.t_us + s.duration_us) / 1e6, 'x', true);
							if (x1 < bbox.left || x0 > bbox.left + bbox.width)
								continue;
							const a = Math.max(x0, bbox.left), b = Math.min(x1, bbox.left + bbox.width);
							ctx.globalAlpha = s === sel ? 0.3 : 0.12;
							ctx.fillRect(a, bbox.top, Math.max(2, b - a), bbox.height);
							ctx.globalAlpha = 0.9;
							ctx.fillRect(a, bbox.top, Math.max(2, b - a), 3);
						}
						ctx.restore();
					}],
					setSelect: [(u) => {
						if (u.select.width < 5)
							return;
						const a = u.posToVal(u.select.left, 'x'), b = u.posToVal(u.select.left + u.select.width, 'x');
						u.setSelect({ width: 0, height: 0 }, false);
						setRange([a * 1e6, b * 1e6]);
					}],
				},
			},
		};
	}, [it, loop, sel]);
	if (!loop)
		return <Loading error={err2} what="the event loop" />;
	const zoomTo = (s) => {
		setSel(s);
		const pad = Math.max(s.duration_us * 2, 20000);
		setRange([Math.max(0, s.t_us - pad), s.t_us + s.duration_us + pad]);
	};
	return (
		<section>
			<h2>Event loop <span class="dim">{num(loop.iterations)} iterations,
				utilization {loop.utilization ? pct(loop.utilization.utilization, 1) : '–'},
				delay p99 {loop.delay && loop.delay.count ? dur(loop.delay.p99_us) : '–'}</span></h2>
			<div class="toolbar">
				<span>{it ? (it.aggregated ?
					`${num(it.iterations)} iterations in range, shown as ${it.t_us.length} time buckets (mean per iteration)` :
					`${num(it.iterations)} iteration${it.iterations === 1 ? '' : 's'}, one bar each`) : ''}</span>
				{range && <button onClick={() => setRange(null)}>Whole run</button>}
			</div>
			{!it ? <Loading error={err} what="iterations" /> : chart ?
				<Chart {...chart} height={260} label="phase durations per loop iteration" /> :
				<Empty>No loop iteration in this range.</Empty>}
			<p class="hint">Drag across the timeline to zoom in. Red bands: the slow callbacks
				listed below (Enter or a click on one zooms to it).</p>
			<h3>Phases</h3>
			<table class="phases">
				<thead><tr><th>phase</th><th class="num">time</th><th class="num">share</th>
					<th class="num">longest</th><th class="num">iterations</th><th class="num">callbacks</th></tr></thead>
				<tbody>{loop.phases.map((p, i) => (
					<tr key={p.phase}>
						<td><span class="swatch" style={{ background: `var(--p${i + 1})` }} />{p.phase}</td>
						<td class="num">{dur(p.active_us)}</td><td class="num">{pct(p.share, 1)}</td>
						<td class="num">{dur(p.max_us)}</td><td class="num">{num(p.iterations)}</td>
						<td class="num">{num(p.callbacks)}</td>
					</tr>
				))}</tbody>
			</table>
			<h3>Slow callbacks <span class="dim">{num(loop.slow_callbacks_total)} in all, slowest first</span></h3>
			{!loop.slow_callbacks.length ? <Empty>No callback was slower than the threshold.</Empty> :
				<table class="slow" data-testid="slow">
					<thead><tr><th class="num">at</th><th class="num">took</th><th>phase</th><th>callback</th><th>stack</th></tr></thead>
					<tbody>{loop.slow_callbacks.map((s, i) => (
						<tr key={i} {...rowProps(() => zoomTo(s), sel === s)}>
							<td class="num">{dur(s.t_us)}</td><td class="num bad">{dur(s.duration_us)}</td>
							<td>{s.phase}</td><td>{s.callback}</td>
							<td><Stack frames={s.stack}
								max={6} onFrame={(f) => setSrc(f)} /></td>
						</tr>
					))}</tbody>
				</table>}
			{src && <Source run={run} frame={src.frame_id} line={src.line} onClose={() => setSrc(null)} />}
		</section>
	);
}
