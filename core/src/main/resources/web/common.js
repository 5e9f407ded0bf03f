// Shared by the workbench (app.js) and its pages (page.js): DOM building, safe links, colours and charts.
//
// Everything the API returns (article text, titles, sources, URLs, actors, places, quotes) comes from the open web:
// it only ever reaches the page as text nodes (el(), textContent) or, for URLs, through safeUrl(). No innerHTML, no
// HTML strings handed to Leaflet; the Content-Security-Policy forbids inline script as a second line of defence.
'use strict';
const SIDE_COLOURS = { opposition: '#2e7d32', government: '#c62828', kurdish: '#f9a825', jihadist: '#212121',
  turkey: '#1565c0', 'us-coalition': '#6a1b9a', russia: '#8d6e63', iran: '#00838f' };
const CONTESTED = '#ef6c00';
const UNKNOWN_SIDE = '#607d8b';
// PLOVER event types: a colour and a one-letter glyph each, so a dense map stays readable without icon fonts.
const EVENT_STYLE = {
  ASSAULT: ['#b71c1c', 'A'], FIGHT: ['#d84315', 'F'], COERCE: ['#6d4c41', 'C'], MOBILIZE: ['#4e342e', 'M'],
  RETREAT: ['#558b2f', 'R'], SANCTION: ['#5d4037', '$'], PROTEST: ['#ad1457', 'P'], THREATEN: ['#e65100', 'T'],
  REJECT: ['#7b1fa2', 'X'], DISAPPROVE: ['#8e24aa', '!'], DEMAND: ['#01579b', 'D'], INVESTIGATE: ['#0277bd', 'I'],
  STATEMENT: ['#546e7a', '"'], CONSULT: ['#00838f', 'K'], AGREE: ['#2e7d32', '='], SUPPORT: ['#388e3c', '+'],
  COOPERATE: ['#00695c', '&'], AID: ['#00796b', 'H'], CONCEDE: ['#689f38', 'c'] };
const SVG = 'http://www.w3.org/2000/svg';

async function get(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === '') continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svgEl(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

/** The URL if it is an absolute http(s) link, else null: javascript:, data: and the like never become links. */
function safeUrl(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** A sentence or quote from an article, in whatever script: its direction from its own first letter (Arabic RTL). */
function quoted(text) { return el('q', { dir: 'auto' }, text); }

/** An article's text block: its language and, from its first letter, its direction (an Arabic article reads RTL). */
function articleText(attributes, language) { return el('article', { ...attributes, lang: language || '', dir: 'auto' }); }

function arabicName(name) { return el('span', { class: 'arabic', dir: 'rtl', lang: 'ar' }, name); }
function slug(name) { return String(name).toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-'); }
function plural(n, word) { return `${n} ${word}${n === 1 ? '' : 's'}`; }
function sideColour(side) {
  return Object.prototype.hasOwnProperty.call(SIDE_COLOURS, side) ? SIDE_COLOURS[side] : UNKNOWN_SIDE;
}
/**
 * "contested by X against Y": a control interval's status, who it is named by, and a contest's challengers; a contest
 * whose holder no report states names the sides that fought there, without roles the reports do not give.
 */
function controlWho(control) {
  const others = control.challengers || [];
  if (control.holderStated === false) {
    return `${control.status}, holder not stated${others.length ? `, fought over by ${others.join(', ')}` : ''}`;
  }
  const against = others.length ? ` against ${others.join(', ')}` : '';
  return `${control.status} by ${control.controller}${against}`;
}
function controlColour(control) {
  return control.status === 'contested' ? CONTESTED : sideColour(control.controllerSide);
}
function eventStyle(type) {
  return Object.prototype.hasOwnProperty.call(EVENT_STYLE, type) ? EVENT_STYLE[type] : ['#455a64', '•'];
}

function swatch(colour, extraClass) {
  const dot = el('span', { class: `swatch${extraClass ? ' ' + extraClass : ''}` });
  dot.style.background = colour; // CSSOM, not a style attribute: allowed by the CSP
  return dot;
}

/** A round glyph for an event type, the same on the map, in lists and in the legend. */
function typeGlyph(type) {
  const [colour, letter] = eventStyle(type);
  const glyph = el('span', { class: 'glyph', title: type, 'aria-hidden': 'true' }, letter);
  glyph.style.background = colour;
  return glyph;
}

/** Permalinks of the workbench's pages. */
const links = {
  place: name => `/place/${encodeURIComponent(name)}`,
  actor: name => `/actor/${encodeURIComponent(name)}`,
  event: id => `/event/${encodeURIComponent(id)}`,
  // the evidence's span, and for a quote the words that name its speaker as a second one (#start-end,start-end)
  article: (id, start, end, speakerStart, speakerEnd) => `/article/${encodeURIComponent(id)}`
    + (Number.isInteger(start) && Number.isInteger(end) ? `#${start}-${end}` : '')
    + (Number.isInteger(start) && Number.isInteger(speakerStart) && Number.isInteger(speakerEnd)
      ? `,${speakerStart}-${speakerEnd}` : ''),
};

/** A report's line: its source and date, a link to the sentence in sitrep, and one to the publisher. */
function reportLinks(report) {
  const href = safeUrl(report.url);
  return el('span', { class: 'report-links' },
    el('a', { href: links.article(report.articleId, report.start, report.end, report.speakerStart,
      report.speakerEnd) },
      `${report.source || 'source'}, ${report.published || 'undated'}`),
    href ? ' · ' : null, href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'publisher') : null);
}

/** Every report as a quoted sentence with its links: a multi-source fact shows all its sources. */
function reportList(reports) {
  return el('ul', { class: 'reports' }, reports.map(r => el('li', {},
    quoted(r.text), ' ', reportLinks(r))));
}

/**
 * A stance chart with axes: time along x (first and last dates labelled), stance from -1 (hostile) to +1
 * (friendly) along y, each observation a dot with its date, target and value in a tooltip.
 */
function stanceChart(actor, points) {
  const w = 340, h = 130, left = 34, right = 8, top = 8, bottom = 22;
  const times = points.map(p => new Date(p.date + 'T00:00:00Z').getTime());
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const x = t => left + (t1 === t0 ? (w - left - right) / 2 : (t - t0) / (t1 - t0) * (w - left - right));
  const y = v => top + (1 - v) / 2 * (h - top - bottom);
  const chart = svgEl('svg', { class: 'stance-chart', viewBox: `0 0 ${w} ${h}`, role: 'img',
    'aria-label': `stance of ${actor} over time, from -1 hostile to +1 friendly` });
  chart.append(svgEl('line', { x1: left, x2: left, y1: top, y2: h - bottom, stroke: '#555' }),
    svgEl('line', { x1: left, x2: w - right, y1: h - bottom, y2: h - bottom, stroke: '#555' }),
    svgEl('line', { x1: left, x2: w - right, y1: y(0), y2: y(0), stroke: '#bbb', 'stroke-dasharray': '3' }));
  for (const [v, label] of [[1, '+1'], [0, '0'], [-1, '−1']]) {
    chart.append(svgEl('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, label));
  }
  const first = new Date(t0).toISOString().slice(0, 10), last = new Date(t1).toISOString().slice(0, 10);
  chart.append(svgEl('text', { x: left, y: h - 6, class: 'axis' }, first));
  if (last !== first) chart.append(svgEl('text', { x: w - right, y: h - 6, 'text-anchor': 'end', class: 'axis' }, last));
  points.forEach((p, i) => {
    const value = Number(p.value) || 0;
    chart.append(svgEl('circle', { cx: x(times[i]), cy: y(value), r: 4, fill: value >= 0 ? '#2e7d32' : '#c62828' },
      svgEl('title', {}, `${p.date} → ${p.to}: ${value.toFixed(2)}`)));
  });
  return chart;
}

/** A date range as precise as it is known: a day, a month ("2016-08"), a year ("2016") or from–to. */
function dateLabel(from, to) {
  if (!to || from === to) return from || 'undated';
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  const lastOfMonth = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)), 0)).toISOString();
  if (from.endsWith('-01') && to === lastOfMonth.slice(0, 10)) return from.slice(0, 7);
  return `${from} – ${to}`;
}

/** An event as one line of text: date, type, who, whom, where, how many sources. */
function eventLine(event) {
  return `${dateLabel(event.from, event.to)} ${event.type} ${event.actor || '?'}${event.target ? ' → ' + event.target : ''}`
    + `${event.place ? ' @ ' + event.place : ''}${event.modality !== 'asserted' ? ' (' + event.modality + ')' : ''}`
    + ` · ${plural(event.sources, 'source')}`;
}
