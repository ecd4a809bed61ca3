// chart.jsx — a uPlot chart as a preact component: made when its data changes, sized to
// its container, destroyed on unmount. x values are seconds since the run began.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { css } from './api.js';

export function axes(yLabel, yFmt) {
	const stroke = css('--fg-dim'), grid = css('--grid');
	return [
		{ stroke, grid: { stroke: grid }, ticks: { stroke: grid, size: 4 }, size: 26,
			values: (u, v) => v.map((x) => `${x.toFixed(x < 10 ? 2 : 1)} s`) },
		{ stroke, grid: { stroke: grid }, ticks: { stroke: grid, size: 4 }, label: yLabel,
			labelSize: 18, size: 60,
			values: yFmt ? (u, v) => v.map(yFmt) : undefined },
	];
}

export function Chart({ opts, data, height = 200, onReady, label }) {
	const ref = useRef(null);
	useEffect(() => {
		const el = ref.current;
		const u = new uPlot({ ...opts, width: el.clientWidth || 800, height }, data, el);
		const ro = new ResizeObserver(() => u.setSize({ width: el.clientWidth, height }));
		ro.observe(el);
		if (onReady)
			onReady(u);
		return () => {
			ro.disconnect();
			u.destroy();
		};
	}, [data, opts]);
	return <div class="chart" ref={ref} role="img" aria-label={label} />;
}
