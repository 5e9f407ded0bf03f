// sitrep web UI: a map of who controls what (coloured by side) with a date slider replaying the control timeline,
// the merged events beside it, and the evidence sentence highlighted inside its article. No external requests.
'use strict';
const SIDE_COLOURS = { opposition: '#2e7d32', government: '#c62828', kurdish: '#f9a825', jihadist: '#212121',
  turkey: '#1565c0', 'us-coalition': '#6a1b9a', russia: '#8d6e63', iran: '#00838f' };
const CONTESTED = '#ef6c00';
const state = { first: null, version: -1, markers: L.layerGroup() };

const map = L.map('map', { zoomSnap: 0.5, attributionControl: false }).setView([35.0, 38.5], 6.5);
state.markers.addTo(map);

async function get(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function slug(name) { return name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-'); }
function dayToDate(day) { return new Date(state.first.getTime() + day * 86400000).toISOString().slice(0, 10); }
function colourOf(control) {
  return control.status === 'contested' ? CONTESTED : (SIDE_COLOURS[control.controllerSide] || '#607d8b');
}

async function drawBase() {
  const countries = await get('/data/countries.geojson');
  L.geoJSON(countries, { style: { color: '#90a4ae', weight: 1, fillColor: '#eceff1', fillOpacity: 1 } }).addTo(map);
  const governorates = await get('/data/syria-governorates.geojson');
  L.geoJSON(governorates, {
    style: { color: '#78909c', weight: 1, dashArray: '3', fillOpacity: 0 },
    onEachFeature: (f, layer) => layer.bindTooltip(
      `${f.properties.name} · <span class="arabic" dir="rtl" lang="ar">${f.properties.name_ar}</span>`),
  }).addTo(map);
  document.getElementById('legend').innerHTML = '<p class="legend">' + Object.entries(SIDE_COLOURS)
    .map(([side, colour]) => `<span style="background:${colour}"></span>${side}`).join('')
    + `<span style="background:${CONTESTED}"></span>contested</p>`;
}

async function showControl(date) {
  document.getElementById('date-label').textContent = date;
  const controls = await get(`/api/control?at=${date}`);
  state.markers.clearLayers();
  for (const control of controls) {
    if (control.lat === undefined) continue;
    const marker = L.circleMarker([control.lat, control.lon], {
      radius: 9, color: '#fff', weight: 2, fillColor: colourOf(control), fillOpacity: 0.95,
      className: `place place-${slug(control.place)}`,
    });
    const arabic = control.nameAr ? ` <span class="arabic" dir="rtl" lang="ar">${control.nameAr}</span>` : '';
    marker.bindTooltip(`${control.place}${arabic}: ${control.status} by ${control.controller}`);
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
  list.innerHTML = '';
  for (const event of page.items.slice().reverse()) { // newest first
    const item = document.createElement('li');
    item.className = 'event';
    item.textContent = `${event.from} ${event.type} ${event.actor || '?'}${event.target ? ' → ' + event.target : ''}`
      + `${event.place ? ' @ ' + event.place : ''} (${event.sources} source${event.sources === 1 ? '' : 's'})`;
    item.addEventListener('click', () => {
      showEvidence(item.textContent, event.evidence[0]);
      if (event.actor) showActor(event.actor);
    });
    list.appendChild(item);
  }
}

async function showEvidence(title, evidence) {
  const article = await get(`/api/articles/${evidence.articleId}`);
  const text = article.article.text;
  const panel = document.getElementById('evidence');
  document.getElementById('evidence-title').textContent = title;
  const meta = document.getElementById('evidence-meta');
  meta.textContent = `${article.article.source}, ${article.article.published || 'undated'} `;
  if (article.article.url) {
    const link = document.createElement('a');
    link.href = article.article.url; link.textContent = 'source'; link.rel = 'noopener';
    meta.appendChild(link);
  }
  const body = document.getElementById('evidence-text');
  body.replaceChildren(document.createTextNode(text.slice(0, evidence.start)));
  const mark = document.createElement('mark');
  mark.textContent = text.slice(evidence.start, evidence.end);
  body.appendChild(mark);
  body.appendChild(document.createTextNode(text.slice(evidence.end)));
  panel.hidden = false;
  mark.scrollIntoView({ block: 'center' });
}

async function showActor(actor) {
  const [stances, quotes] = await Promise.all([
    get(`/api/stances?from=${encodeURIComponent(actor)}`), get(`/api/quotes?speaker=${encodeURIComponent(actor)}`)]);
  const box = document.getElementById('actor');
  const points = stances.filter(s => s.date);
  let svg = '';
  if (points.length) {
    const w = 300, h = 90;
    const xs = points.map((_, i) => 10 + i * (w - 20) / Math.max(1, points.length - 1));
    svg = `<svg class="stance-chart" viewBox="0 0 ${w} ${h}" role="img" aria-label="stance of ${actor}">`
      + `<line x1="0" x2="${w}" y1="${h / 2}" y2="${h / 2}" stroke="#999"/>`
      + points.map((p, i) => `<circle cx="${xs[i]}" cy="${h / 2 - p.value * (h / 2 - 6)}" r="4" `
        + `fill="${p.value >= 0 ? '#2e7d32' : '#c62828'}"><title>${p.date} → ${p.to}: ${p.value}</title></circle>`).join('')
      + '</svg>';
  }
  box.innerHTML = `<h3>${actor}</h3>${svg}<ul>` + quotes.slice(0, 5)
    .map(q => `<li>“${q.text.replace(/</g, '&lt;')}”</li>`).join('') + '</ul>';
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
