// sitrep workbench: a map of who controls what (coloured by side) and of the events around the slider's date, a
// filter bar driving map, list and chart, and the evidence sentence highlighted inside its article. The view's
// state (date, window, filters, selection) lives in the URL, so a reload or a shared link restores it.
// Helpers (el, safeUrl, colours, charts) are in common.js; every string from the API reaches the page as text.
'use strict';
const FILTERS = ['actor', 'side', 'type', 'place', 'modality', 'min', 'q'];
const state = { first: null, version: -1, date: null, window: 30, filters: {}, selection: null, ready: false };
const layers = { control: L.layerGroup(), labels: L.layerGroup(), events: null };

const map = L.map('map', { zoomSnap: 0.5, minZoom: 3, maxZoom: 13, attributionControl: false }).setView([35.0, 38.5], 6.5);
layers.events = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false,
  iconCreateFunction: cluster => L.divIcon({ html: el('span', {}, String(cluster.getChildCount())),
    className: 'event-cluster', iconSize: [30, 30], iconAnchor: [-5, -5] }) });
// control dots lie above event icons (markerPane, 600) so a place is always clickable; icons sit below-right of
// their point, clear of the place names written above the dots
map.createPane('control').style.zIndex = '620';
layers.labels.addTo(map);
layers.control.addTo(map);
layers.events.addTo(map);

const $ = id => document.getElementById(id);
function dayToDate(day) { return new Date(state.first.getTime() + day * 86400000).toISOString().slice(0, 10); }
function dateToDay(date) { return Math.round((new Date(date + 'T00:00:00Z') - state.first) / 86400000); }
function shiftDate(date, days) {
  return new Date(new Date(date + 'T00:00:00Z').getTime() + days * 86400000).toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ URL state

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') || '') ? params.get('date') : null;
  const window = Number(params.get('window'));
  state.window = Number.isInteger(window) && window >= 0 ? window : 30;
  for (const name of FILTERS) state.filters[name] = params.get(name) || '';
  const selected = params.get('select') || '';
  const colon = selected.indexOf(':');
  state.selection = colon > 0 ? { kind: selected.slice(0, colon), id: selected.slice(colon + 1) } : null;
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.date) params.set('date', state.date);
  if (state.window !== 30) params.set('window', String(state.window));
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.selection) params.set('select', `${state.selection.kind}:${state.selection.id}`);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  document.body.dataset.state = query;
}

function filterQuery() {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state.filters)) {
    if (value) params.set(name === 'min' ? 'minConfidence' : name, value);
  }
  return params;
}

function windowQuery() {
  const params = filterQuery();
  if (state.window > 0) params.set('from', shiftDate(state.date, -state.window));
  params.set('to', state.date);
  return params;
}

// ------------------------------------------------------------------ base map and legend

async function drawBase() {
  const [countries, rivers, governorates, cities] = await Promise.all(['countries', 'rivers', 'syria-governorates',
    'cities'].map(name => get(`/data/${name}.geojson`)));
  L.geoJSON(countries, { style: { color: '#90a4ae', weight: 1, fillColor: '#f1efe9', fillOpacity: 1 } }).addTo(map);
  L.geoJSON(rivers, { interactive: false, style: { color: '#81b4d6', weight: 1, fillColor: '#9cc7e4',
    fillOpacity: 1 } }).addTo(map);
  L.geoJSON(governorates, {
    style: { color: '#78909c', weight: 1, dashArray: '3', fillOpacity: 0 },
    onEachFeature: (f, layer) => layer.bindTooltip(
      el('span', {}, f.properties.name, ' · ', arabicName(f.properties.name_ar))),
  }).addTo(map);
  for (const city of cities.features) {
    const [lon, lat] = city.geometry.coordinates;
    const big = city.properties.population >= 500000;
    const marker = L.circleMarker([lat, lon], { radius: big ? 3 : 2, color: '#455a64', weight: 1,
      fillColor: '#fff', fillOpacity: 1, interactive: false, className: 'city' });
    marker.bindTooltip(city.properties.name, { permanent: true, direction: 'right', offset: [4, 0],
      className: `city-label${big ? ' big' : ''}` });
    layers.labels.addLayer(marker);
  }
  map.on('zoomend', labelDensity);
  labelDensity();
}

/** Small towns' labels appear only when zoomed in, so the country view stays legible. */
function labelDensity() {
  $('map').classList.toggle('zoomed-in', map.getZoom() >= 7.5);
}

function drawLegend(controls, events) {
  const sides = new Set(controls.filter(c => c.status !== 'contested').map(c => c.controllerSide || 'unknown'));
  const legend = el('div', { class: 'legend' });
  const control = el('p', {}, el('strong', {}, 'Control: '));
  for (const side of [...Object.keys(SIDE_COLOURS), 'unknown']) {
    if (sides.has(side)) control.append(el('span', { class: 'key' }, swatch(sideColour(side)), side));
  }
  if (controls.some(c => c.status === 'contested')) control.append(el('span', { class: 'key' }, swatch(CONTESTED), 'contested'));
  control.append(el('span', { class: 'key' }, swatch('transparent', 'hollow'), 'not confirmed for months'));
  const types = [...new Set(events.map(e => e.type))].sort();
  const kinds = el('p', {}, el('strong', {}, 'Events: '));
  for (const type of types) kinds.append(el('span', { class: 'key' }, typeGlyph(type), type.toLowerCase()));
  if (!types.length) kinds.append('none in this window');
  legend.append(control, kinds);
  $('legend').replaceChildren(legend);
}

// ------------------------------------------------------------------ control, events, chart

async function showControl() {
  $('date-label').textContent = state.date;
  const controls = await get(`/api/control?at=${encodeURIComponent(state.date)}`);
  layers.control.clearLayers();
  for (const control of controls) {
    if (typeof control.lat !== 'number' || typeof control.lon !== 'number') continue;
    // a claim no report has confirmed for months is drawn hollow and faint: old news, not today's front line
    const colour = controlColour(control);
    const marker = L.circleMarker([control.lat, control.lon], {
      radius: 9, color: control.stale ? colour : '#fff', weight: 2, fillColor: colour, pane: 'control',
      fillOpacity: control.stale ? 0.15 : 0.95,
      className: `place place-${slug(control.place)}${control.stale ? ' stale' : ''}`,
    });
    const freshness = control.stale ? ` (stale: last reported ${control.lastReported})`
      : ` (last reported ${control.lastReported})`;
    const name = () => [control.place, control.nameAr ? ' ' : null, control.nameAr ? arabicName(control.nameAr) : null];
    marker.bindTooltip(el('span', {}, ...name(), `: ${controlWho(control)}${freshness}`));
    // the place's name stays written beside its dot; the status shows on hover
    layers.control.addLayer(L.tooltip({ permanent: true, direction: 'top', offset: [0, -8], className: 'place-label',
      interactive: false }).setLatLng([control.lat, control.lon]).setContent(el('span', {}, ...name())));
    marker.on('click', () => select({ kind: 'place', id: control.place }));
    layers.control.addLayer(marker);
  }
  state.controls = controls;
  document.body.dataset.controlDate = state.date;
  return controls;
}

async function showEvents() {
  const page = await get(`/api/events?limit=500&${windowQuery()}`);
  const events = page.items.slice().reverse(); // newest first
  state.events = events;
  layers.events.clearLayers();
  const list = $('timeline');
  list.replaceChildren();
  for (const event of events) {
    const item = el('li', { class: 'event', tabindex: '0', 'data-id': event.id, 'data-from': event.from,
      'data-to': event.to },
      typeGlyph(event.type), ' ', eventLine(event));
    item.addEventListener('click', () => select({ kind: 'event', id: event.id }));
    list.appendChild(item);
    if (typeof event.lat === 'number' && typeof event.lon === 'number') {
      const marker = L.marker([event.lat, event.lon], { title: eventLine(event), keyboard: false,
        icon: L.divIcon({ html: typeGlyph(event.type), className: `event-icon event-${event.type.toLowerCase()}`,
          iconSize: [18, 18], iconAnchor: [-5, -5] }) });
      marker.on('click', () => select({ kind: 'event', id: event.id }));
      layers.events.addLayer(marker);
    }
  }
  const actors = [...new Set(events.flatMap(e => [e.actor, e.target]).filter(Boolean))].sort();
  $('actor-names').replaceChildren(...actors.map(a => el('option', { value: a })));
  const window = state.window > 0 ? `${shiftDate(state.date, -state.window)} – ${state.date}` : `until ${state.date}`;
  $('events-count').textContent = `${plural(page.total, 'event')} ${window}`
    + (page.total > events.length ? ` (newest ${events.length} shown)` : '');
  return events;
}

/** Events per month by type for the current filter, the slider's date marked; a click on a month moves there. */
async function showChart() {
  const months = await get(`/api/events/counts?${filterQuery()}`);
  const chart = $('chart');
  chart.replaceChildren();
  if (!months.length) return;
  const w = 360, h = 80, bottom = 14;
  const max = Math.max(...months.map(m => Object.values(m.types).reduce((a, b) => a + b, 0)));
  const bar = (w - 4) / months.length;
  const svg = svgEl('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', class: 'events-chart',
    'aria-label': 'events per month by type for the current filter' });
  months.forEach((m, i) => {
    let y = h - bottom;
    const group = svgEl('g', { class: 'month', 'data-month': m.month },
      svgEl('title', {}, `${m.month}: ` + Object.entries(m.types).map(([t, n]) => `${n} ${t}`).join(', ')));
    for (const [type, n] of Object.entries(m.types)) {
      const height = n / max * (h - bottom - 4);
      y -= height;
      group.append(svgEl('rect', { x: 2 + i * bar, y, width: Math.max(1, bar - 1), height, fill: eventStyle(type)[0] }));
    }
    group.addEventListener('click', () => moveTo(m.month + '-28' > state.lastDate ? state.lastDate : `${m.month}-28`));
    if (m.month === state.date.slice(0, 7)) {
      svg.append(svgEl('rect', { x: 2 + i * bar - 1, y: 0, width: bar + 1, height: h - bottom, class: 'now' }));
    }
    svg.append(group);
  });
  svg.append(svgEl('text', { x: 2, y: h - 2, class: 'axis' }, months[0].month),
    svgEl('text', { x: w - 2, y: h - 2, 'text-anchor': 'end', class: 'axis' }, months[months.length - 1].month));
  chart.append(svg);
}

// ------------------------------------------------------------------ selection and evidence

async function select(selection) {
  state.selection = selection;
  writeUrl();
  if (selection.kind === 'event') await showEvent(selection.id);
  else if (selection.kind === 'place') await showPlace(selection.id);
}

async function showEvent(id) {
  let event;
  try {
    event = await get(`/api/events/${encodeURIComponent(id)}`);
  } catch (e) {
    return; // an event merged away or gone since the link was made: the map stays as it is
  }
  for (const row of document.querySelectorAll('#timeline li.selected')) row.classList.remove('selected');
  const row = document.querySelector(`#timeline li[data-id="${CSS.escape(id)}"]`);
  if (row) row.classList.add('selected');
  const facts = el('p', { class: 'facts' }, typeGlyph(event.type), ` ${event.type} (${event.acled}) · `,
    dateLabel(event.from, event.to), ` · ${event.modality}`,
    event.fatalities !== null && event.fatalities !== undefined ? ` · ${event.fatalities} killed` : null,
    ` · confidence ${Number(event.confidence).toFixed(2)} · `,
    el('a', { href: links.event(event.id) }, 'event page'));
  const who = el('p', { class: 'who' },
    event.actor ? el('a', { href: links.actor(event.actor) }, event.actor) : 'unknown actor',
    event.target ? ' → ' : null, event.target ? el('a', { href: links.actor(event.target) }, event.target) : null,
    event.place ? ' @ ' : null, event.place ? el('a', { href: links.place(event.place) }, event.place) : null);
  await showEvidence(eventLine(event), [facts, who], event.reports, event.reports[0]);
  showActor(event.actor); // cleared when the event names none
  reviewControls('event', event.id, event);
}

async function showPlace(name) {
  const control = (state.controls || []).find(c => c.place === name);
  if (!control) {
    const place = await get(`/api/places/${encodeURIComponent(name)}`).catch(() => null);
    if (place) await showEvidence(place.place, [el('p', {}, el('a', { href: links.place(place.place) },
      'control history and events'))], [], null);
    return;
  }
  const freshness = control.stale ? `stale: last reported ${control.lastReported}` : `last reported ${control.lastReported}`;
  const facts = el('p', { class: 'facts' }, swatch(controlColour(control)),
    ` ${controlWho(control)} since ${control.from} · ${freshness} · confidence `
    + `${Number(control.confidence).toFixed(2)} · `,
    el('a', { href: links.place(control.place) }, 'history and every side\'s evidence'));
  await showEvidence(`${control.place} — ${controlWho(control)}`, [facts],
    control.evidence, control.evidence[control.evidence.length - 1]);
  showActor(null);
  reviewControls('control', control.evidence[control.evidence.length - 1].claimId, control);
}

/**
 * Fills the evidence panel: a fixed head (title, facts, every report with its links, close button) and below it
 * the article of the chosen report with its sentence highlighted, scrolled inside its own box so the head stays.
 */
async function showEvidence(title, facts, reports, chosen) {
  $('evidence-title').textContent = title;
  $('evidence-facts').replaceChildren(...facts);
  $('evidence-reports').replaceChildren(reports.length ? reportList(reports) : '');
  const body = $('evidence-text');
  const meta = $('evidence-meta');
  body.replaceChildren();
  meta.replaceChildren();
  $('evidence').hidden = false;
  if (!chosen) return;
  const article = await get(`/api/articles/${encodeURIComponent(chosen.articleId)}`);
  const text = article.article.text;
  meta.append(`${article.article.source}, ${article.article.published || 'undated'}: `,
    el('bdi', { lang: article.article.language || '' }, article.article.title), ' ');
  const href = safeUrl(article.article.url);
  if (href) meta.append(el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'publisher'));
  const mark = el('mark', {}, text.slice(chosen.start, chosen.end));
  body.lang = article.article.language || '';
  body.dir = 'auto'; // an Arabic article reads right to left, its first letter says so
  body.replaceChildren(text.slice(0, chosen.start), mark, text.slice(chosen.end));
  body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3); // #evidence-text is the offsetParent
}

async function showActor(actor) {
  const panel = $('actor');
  if (!actor) {
    panel.replaceChildren();
    return;
  }
  const [stances, quotes] = await Promise.all([
    get(`/api/stances?from=${encodeURIComponent(actor)}`), get(`/api/quotes?speaker=${encodeURIComponent(actor)}`)]);
  const points = stances.filter(s => s.date);
  panel.replaceChildren(el('h3', {}, el('a', { href: links.actor(actor) }, actor)),
    points.length ? stanceChart(actor, points) : null,
    el('ul', { class: 'quotes' }, ...quotes.slice(0, 5).map(q => el('li', {}, quoted(q.text), ' ',
      reportLinks(q)))));
}

// ------------------------------------------------------------------ review (write token)

/** Accept, reject or correct the selected claim: shown when the analyst has given the write token. */
function reviewControls(kind, id, fact) {
  const box = $('review');
  box.replaceChildren();
  if (!id || !window.sitrepReview) return;
  window.sitrepReview.controls(box, kind, id, fact, async () => {
    state.version = -1;
    await refresh();
    if (state.selection) await select(state.selection);
  });
}

// ------------------------------------------------------------------ putting it together

async function redraw() {
  writeUrl();
  $('slider').value = String(dateToDay(state.date));
  const [controls, events] = await Promise.all([showControl(), showEvents(), showChart()]);
  drawLegend(controls, events);
  exportLinks();
}

function exportLinks() {
  const filters = filterQuery().toString();
  const at = encodeURIComponent(state.date);
  $('export-events-csv').href = `/api/events?format=csv${filters ? '&' + filters : ''}`;
  $('export-events-geojson').href = `/api/events?format=geojson${filters ? '&' + filters : ''}`;
  $('export-control-csv').href = `/api/control?format=csv&at=${at}`;
  $('export-control-geojson').href = `/api/control?format=geojson&at=${at}`;
}

async function moveTo(date) {
  state.date = date;
  await redraw();
}

async function refresh() {
  const meta = await get('/api/meta');
  if (meta.version === state.version) return;
  const firstLoad = state.version === -1 && !state.ready;
  state.version = meta.version;
  const starts = [meta.firstControl, meta.firstEvent].filter(Boolean).sort();
  if (!starts.length) { $('status').textContent = 'nothing reported yet'; return; }
  const slider = $('slider');
  const wasAtEnd = state.lastDate && state.date === state.lastDate;
  state.first = new Date(starts[0] + 'T00:00:00Z');
  state.lastDate = meta.lastEvent || starts[0];
  slider.max = String(Math.max(0, dateToDay(state.lastDate)));
  if (!state.date || wasAtEnd || state.date > state.lastDate) state.date = state.lastDate;
  if (state.date < starts[0]) state.date = starts[0];
  $('status').textContent = plural(meta.articles, 'article');
  await redraw();
  if (firstLoad && state.selection) await select(state.selection);
}

function bindFilters() {
  const form = $('filters');
  for (const name of FILTERS) form.elements[name].value = state.filters[name];
  form.elements.window.value = String(state.window);
  let timer = null;
  const apply = () => {
    for (const name of FILTERS) state.filters[name] = form.elements[name].value.trim();
    state.window = Number(form.elements.window.value);
    redraw().catch(console.error);
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(apply, 300); };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('submit', e => { e.preventDefault(); clearTimeout(timer); apply(); });
  form.addEventListener('reset', () => setTimeout(apply, 0));
}

/** Arrow keys walk the event list, Enter or Space opens the focused event. */
function bindKeyboard() {
  $('timeline').addEventListener('keydown', e => {
    const row = e.target.closest('li.event');
    if (!row) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select({ kind: 'event', id: row.dataset.id });
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      if (next) next.focus();
    }
  });
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && !$('evidence').hidden) closeEvidence();
  });
}

function closeEvidence() {
  $('evidence').hidden = true;
  state.selection = null;
  writeUrl();
}

$('slider').addEventListener('input', e => {
  state.date = dayToDate(Number(e.target.value));
  $('date-label').textContent = state.date;
  document.body.dataset.controlDate = ''; // the map is being redrawn for the new date
  clearTimeout(state.slideTimer);
  state.slideTimer = setTimeout(() => redraw().catch(console.error), 150);
});
$('close-evidence').addEventListener('click', closeEvidence);
window.sitrep = { dayOf: dateToDay, moveTo };
readUrl();
bindFilters();
bindKeyboard();
drawBase().then(refresh).then(() => { state.ready = true; document.body.dataset.ready = 'true'; });
setInterval(() => refresh().catch(console.error), 5000); // new articles appear without a reload
