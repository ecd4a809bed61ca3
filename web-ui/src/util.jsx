// util.jsx — what views share: loading a piece of the API, error and empty states, a
// stack as lines.
import { useEffect, useState } from 'preact/hooks';
import { get, fname, where } from './api.js';

// [data, error] of GET /api/PATH, again whenever path changes.
export function useApi(path) {
	const [state, setState] = useState([null, null]);
	useEffect(() => {
		let live = true;
		setState([null, null]);
		if (path)
			get(path).then((d) => live && setState([d, null]),
				(e) => live && setState([null, e.message]));
		return () => {
			live = false;
		};
	}, [path]);
	return state;
}

export function Loading({ error, what }) {
	return error ? <p class="error" role="alert">{what}: {error}</p> :
		<p class="loading" aria-busy="true">Loading {what}…</p>;
}

export function Empty({ children }) {
	return <p class="empty">{children}</p>;
}

export function Stack({ frames, max = 12, onFrame }) {
	if (!frames || !frames.length)
		return <span class="dim">(no stack recorded)</span>;
	return (
		<ol class="stack">
			{frames.slice(0, max).map((f, i) => (
				<li key={i}>
					at <b>{fname(f)}</b>{' '}
					{onFrame && f.frame_id && f.kind === 'js' ?
						<a href="javascript:void 0" onClick={() => onFrame(f)}>{where(f)}</a> :
						<span class="dim">{where(f)}</span>}
				</li>
			))}
			{frames.length > max && <li class="dim">… {frames.length - max} more</li>}
		</ol>
	);
}

// A table row that is a link: focusable, Enter or click activates it.
export function rowProps(onActivate, selected) {
	return {
		tabIndex: 0,
		class: 'clickable' + (selected ? ' selected' : ''),
		onClick: onActivate,
		onKeyDown: (e) => {
			if (e.key === 'Enter' || e.key === ' ') {
				e.preventDefault();
				onActivate();
			}
		},
	};
}
