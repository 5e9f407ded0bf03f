// sitrep web UI: a map of who controls what (coloured by side) with a date slider replaying the control timeline,
// the merged events beside it, and the evidence sentence highlighted inside its article. No external requests.
//
// Everything the API returns (article text, titles, sources, URLs, actors, places, quotes) comes from the open web:
// it only ever reaches the page as text nodes (el(), textContent) or, for URLs, through safeUrl(). No innerHTML, no
// HTML strings handed to Leaflet; the Content-Security-Policy forbids inline script as a second line of defence.
'use strict';
const SIDE_COLOURS = { opposition: '#2e7d32', government: '#c62828', kurdish: '#f9a825', jihadist: '#212121',
  turkey: '#1565c0', 'us-coalition': '#6a1b9a', russia: '#8d6e63', iran: '#00838f' };
const CONTESTED = '#ef6c00';
const SVG = 'http://www.w3.org/2000/svg';
const state = { first: null, version: -1, markers: L.layerGroup() };

const map = L.map('map', { zoomSnap: 0.5, attributionControl: false }).setView([35.0, 38.5], 6.5);
state.markers.addTo(map);

async function get(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined) continue;
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

function arabicName(name) { return el('span', { class: 'arabic', dir: 'rtl', lang: 'ar' }, name); }
function slug(name) { return String(name).toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-'); }
function dayToDate(day) { return new Date(state.first.getTime() + day * 86400000).toISOString().slice(0, 10); }
function colourOf(control) {
  if (control.status === 'contested') return CONTESTED;
  return Object.prototype.hasOwnProperty.call(SIDE_COLOURS, control.controllerSide)
    ? SIDE_COLOURS[control.controllerSide] : '#607d8b';
}

function swatch(colour) {
  const dot = el('span');
  dot.style.background = colour; // CSSOM, not a style attribute: allowed by the CSP
  return dot;
}

async function drawBase() {
  const countries = await get('/data/countries.geojson');
  L.geoJSON(countries, { style: { color: '#90a4ae', weight: 1, fillColor: '#eceff1', fillOpacity: 1 } }).addTo(map);
  const governorates = await get('/data/syria-governorates.geojson');
  L.geoJSON(governorates, {
    style: { color: '#78909c', weight: 1, dashArray: '3', fillOpacity: 0 },
    onEachFeature: (f, layer) => layer.bindTooltip(
      el('span', {}, f.properties.name, ' · ', arabicName(f.properties.name_ar))),
  }).addTo(map);
  const legend = el('p', { class: 'legend' });
  for (const [side, colour] of Object.entries(SIDE_COLOURS)) legend.append(swatch(colour), side);
  legend.append(swatch(CONTESTED), 'contested');
  const hollow = swatch('transparent');
  hollow.classList.add('hollow');
  legend.append(hollow, 'not confirmed for months');
  document.getElementById('legend').replaceChildren(legend);
}

async function showControl(date) {
  document.getElementById('date-label').textContent = date;
  const controls = await get(`/api/control?at=${encodeURIComponent(date)}`);
  state.markers.clearLayers();
  for (const control of controls) {
    if (typeof control.lat !== 'number' || typeof control.lon !== 'number') continue;
    // a claim no report has confirmed for months is drawn hollow and faint: old news, not today's front line
    const marker = L.circleMarker([control.lat, control.lon], {
      radius: 9, color: control.stale ? colourOf(control) : '#fff', weight: 2, fillColor: colourOf(control),
      fillOpacity: control.stale ? 0.15 : 0.95,
      className: `place place-${slug(control.place)}${control.stale ? ' stale' : ''}`,
    });
    const freshness = control.stale ? ` (stale: last reported ${control.lastReported})`
      : ` (last reported ${control.lastReported})`;
    marker.bindTooltip(el('span', {}, control.place, control.nameAr ? ' ' : null,
      control.nameAr ? arabicName(control.nameAr) : null, `: ${control.status} by ${control.controller}${freshness}`));
    marker.on('click', () => {
      const ev = control.evidence[control.evidence.length - 1];
      showEvidence(`${control.place} — ${control.status} by ${control.controller} since ${control.from}`, ev);
    });
    state.markers.addLayer(marker);
  }
  document.body.dataset.controlDate = date;
}

async function showEvents() {
  const total = (await get('/api/events?limit=0')).total;
  const page = await get(`/api/events?limit=300&offset=${Math.max(0, total - 300)}`);
  const list = document.getElementById('timeline');
  list.replaceChildren();
  for (const event of page.items.slice().reverse()) { // newest first
    const item = el('li', { class: 'event' },
      `${event.from} ${event.type} ${event.actor || '?'}${event.target ? ' → ' + event.target : ''}`
      + `${event.place ? ' @ ' + event.place : ''} (${event.sources} source${event.sources === 1 ? '' : 's'})`);
    item.addEventListener('click', () => {
      showEvidence(item.textContent, event.evidence[0]);
      if (event.actor) showActor(event.actor);
    });
    list.appendChild(item);
  }
}

async function showEvidence(title, evidence) {
  const article = await get(`/api/articles/${encodeURIComponent(evidence.articleId)}`);
  const text = article.article.text;
  const panel = document.getElementById('evidence');
  document.getElementById('evidence-title').textContent = title;
  const meta = document.getElementById('evidence-meta');
  meta.textContent = `${article.article.source}, ${article.article.published || 'undated'} `;
  const href = safeUrl(article.article.url);
  if (href) {
    meta.appendChild(el('a', { href, rel: 'noopener noreferrer' }, 'source'));
  }
  const body = document.getElementById('evidence-text');
  const mark = el('mark', {}, text.slice(evidence.start, evidence.end));
  body.replaceChildren(text.slice(0, evidence.start), mark, text.slice(evidence.end));
  panel.hidden = false;
  mark.scrollIntoView({ block: 'center' });
}

function stanceChart(actor, points) {
  const w = 300, h = 90;
  const xs = points.map((_, i) => 10 + i * (w - 20) / Math.max(1, points.length - 1));
  const chart = svgEl('svg', { class: 'stance-chart', viewBox: `0 0 ${w} ${h}`, role: 'img',
    'aria-label': `stance of ${actor}` });
  chart.append(svgEl('line', { x1: 0, x2: w, y1: h / 2, y2: h / 2, stroke: '#999' }));
  points.forEach((p, i) => {
    const value = Number(p.value) || 0;
    chart.append(svgEl('circle', { cx: xs[i], cy: h / 2 - value * (h / 2 - 6), r: 4,
      fill: value >= 0 ? '#2e7d32' : '#c62828' }, svgEl('title', {}, `${p.date} → ${p.to}: ${value}`)));
  });
  return chart;
}

async function showActor(actor) {
  const [stances, quotes] = await Promise.all([
    get(`/api/stances?from=${encodeURIComponent(actor)}`), get(`/api/quotes?speaker=${encodeURIComponent(actor)}`)]);
  const points = stances.filter(s => s.date);
  document.getElementById('actor').replaceChildren(el('h3', {}, actor),
    points.length ? stanceChart(actor, points) : '',
    el('ul', {}, ...quotes.slice(0, 5).map(q => el('li', {}, `“${q.text}”`))));
}

async function refresh() {
  const meta = await get('/api/meta');
  if (meta.version === state.version) return;
  const firstLoad = state.version === -1;
  state.version = meta.version;
  if (!meta.firstControl) { document.getElementById('status').textContent = 'no control reports yet'; return; }
  state.first = new Date(meta.firstControl + 'T00:00:00Z');
  const last = new Date((meta.lastEvent || meta.firstControl) + 'T00:00:00Z');
  const slider = document.getElementById('slider');
  const days = Math.max(0, Math.round((last - state.first) / 86400000));
  const atEnd = firstLoad || Number(slider.value) === Number(slider.max);
  slider.max = String(days);
  if (atEnd) slider.value = String(days);
  document.getElementById('status').textContent = `${meta.articles} articles`;
  await Promise.all([showControl(dayToDate(Number(slider.value))), showEvents()]);
}

document.getElementById('slider').addEventListener('input', e => showControl(dayToDate(Number(e.target.value))));
document.getElementById('close-evidence').addEventListener('click', () => {
  document.getElementById('evidence').hidden = true;
});
window.sitrep = { dayOf: date => Math.round((new Date(date + 'T00:00:00Z') - state.first) / 86400000) };
drawBase().then(refresh).then(() => { document.body.dataset.ready = 'true'; });
setInterval(() => refresh().catch(console.error), 5000); // new articles appear without a reload
