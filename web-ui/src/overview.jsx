// overview.jsx — a run at a glance: totals, then CPU use and event-loop utilization,
// the loop's delay, and the heap (after each GC, before it, and at each snapshot) over
// time.
import { useMemo } from 'preact/hooks';
import { dur, num, bytes, css } from './api.js';
import { useApi, Loading } from './util.jsx';
import { Chart, axes } from './chart.jsx';

function Card({ label, value, bad }) {
	return <div class={'card' + (bad ? ' bad' : '')}><div class="dim">{label}</div><b>{value}</b></div>;
}

export function Overview({ run }) {
	const [r, err] = useApi(`runs/${run}`);
	const [s, err2] = useApi(`runs/${run}/series?buckets=300`);
	const charts = useMemo(() => {
		if (!s)
			return null;
		const t = s.t_us.map((x) => x / 1e6);
		const pctf = (v) => (v == null ? null : Math.round(v * 1000) / 10);
		const util = {
			data: [t, s.cpu.map(pctf), s.elu.map(pctf)],
			opts: { scales: { x: { time: false }, y: { range: [0, 100] } }, axes: axes('%'),
				series: [{}, { label: 'CPU use %', stroke: css('--c1'), width: 2 },
					{ label: 'loop utilization %', stroke: css('--c2'), width: 2, spanGaps: true }] },
		};
		const delay = {
			data: [t, s.delay_us.map((v) => (v == null ? null : v / 1000))],
			opts: { scales: { x: { time: false } }, axes: axes('ms'),
				series: [{}, { label: 'loop delay (longest busy stretch) ms', stroke: css('--c3'),
					width: 2, fill: css('--c3-fill'), spanGaps: true, points: { show: true, size: 4 } }] },
		};
		// heap: one x axis for GCs and snapshots
		const pts = [];
		s.gc.t_us.forEach((x, i) => pts.push([x, s.gc.after[i], s.gc.before[i], null]));
		s.snapshots.forEach((sn) => pts.push([sn.t_us, null, null, sn.heap_used]));
		pts.sort((a, b) => a[0] - b[0]);
		const mb = (v) => (v == null ? null : v / 1048576);
		const heap = pts.length ? {
			data: [pts.map((p) => p[0] / 1e6), pts.map((p) => mb(p[1])), pts.map((p) => mb(p[2])),
				pts.map((p) => mb(p[3]))],
			opts: { scales: { x: { time: false } }, axes: axes('MiB'),
				series: [{},
					{ label: 'heap after GC', stroke: css('--c1'), width: 2, spanGaps: true,
						points: { show: true, size: 4 } },
					{ label: 'before GC', stroke: css('--c4'), width: 1, dash: [4, 4], spanGaps: true },
					{ label: 'snapshot', stroke: css('--c5'), width: 0, paths: () => null,
						points: { show: true, size: 11, fill: css('--c5') } }] },
		} : null;
		return { util, delay, heap };
	}, [s]);
	if (!r || !s)
		return <Loading error={err || err2} what="the run" />;
	const run_ = r.run;
	return (
		<section>
			<h2>Run {run_.id} <span class="dim cmd">{run_.argv.slice(1).join(' ')}</span></h2>
			<div class="cards">
				<Card label="duration" value={run_.complete ? dur(run_.duration_us) :
					dur(run_.last_event_us) + ' (not ended)'} />
				<Card label="exit" value={run_.complete ? run_.exit_code : '–'} bad={run_.exit_code} />
				<Card label="CPU samples" value={num(run_.samples)} />
				<Card label="loop iterations" value={num(run_.iterations)} />
				<Card label="slow callbacks" value={num(run_.slow_callbacks)} bad={run_.slow_callbacks} />
				<Card label="GCs" value={num(run_.gc_events)} />
				<Card label="heap snapshots" value={num(s.snapshots.length)} />
				<Card label="listener changes" value={num(run_.listener_events)} />
				{run_.dropped ? <Card label="events dropped" value={num(run_.dropped)} bad /> : null}
			</div>
			<h3>CPU and event-loop utilization</h3>
			<Chart {...charts.util} height={150} label="CPU use and event-loop utilization over time" />
			<h3>Event-loop delay</h3>
			<Chart {...charts.delay} height={130} label="event-loop delay over time" />
			<h3>Heap</h3>
			{charts.heap ? <Chart {...charts.heap} height={170} label="heap used over time" /> :
				<p class="empty">No GC or snapshot recorded: no heap figures.</p>}
			<p class="hint">Drag across a chart to zoom in, double-click to zoom out. Heap
				figures come from each GC (after/before) and each snapshot ({bytes(
					s.snapshots.reduce((m, x) => Math.max(m, x.heap_used), 0))} at most).</p>
		</section>
	);
}
