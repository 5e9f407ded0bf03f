// The workbench's pages, one shell for four permalinks: /place/{name} (control history with every side's evidence,
// events there), /actor/{name} (stance over time, quotes, events as actor and target), /event/{id} (every report)
// and /article/{id}#start-end (the article with the sentence highlighted). Helpers come from common.js; every
// string from the API reaches the page as text.
'use strict';
const root = document.getElementById('page');
const [, kind, rawId] = location.pathname.split('/');
const id = decodeURIComponent(rawId || '');

function eventItems(events) {
  if (!events.length) return el('p', {}, 'none');
  return el('ul', { class: 'event-list' }, events.map(e => el('li', {}, typeGlyph(e.type), ' ',
    el('a', { href: links.event(e.id) }, eventLine(e)))));
}

/** The control history as one bar: each interval a segment coloured by its holder, contested in orange. */
function historyBar(timeline) {
  const w = 600, h = 44, today = new Date().toISOString().slice(0, 10);
  const t = d => new Date(d + 'T00:00:00Z').getTime();
  const t0 = t(timeline[0].from), t1 = Math.max(t(timeline[timeline.length - 1].to || today), t0 + 86400000);
  const x = d => 4 + (t(d) - t0) / (t1 - t0) * (w - 8);
  const svg = svgEl('svg', { class: 'history-bar', viewBox: `0 0 ${w} ${h}`, role: 'img',
    'aria-label': 'control over time' });
  for (const interval of timeline) {
    const end = interval.to || today;
    svg.append(svgEl('rect', { x: x(interval.from), y: 4, width: Math.max(2, x(end) - x(interval.from)), height: 22,
      fill: controlColour(interval), 'fill-opacity': interval.stale ? 0.35 : 1 },
      svgEl('title', {}, `${interval.from} – ${interval.to || 'now'}: ${controlWho(interval)}`)));
  }
  svg.append(svgEl('text', { x: 4, y: h - 4, class: 'axis' }, timeline[0].from),
    svgEl('text', { x: w - 4, y: h - 4, 'text-anchor': 'end', class: 'axis' },
      timeline[timeline.length - 1].to || 'now'));
  return svg;
}

async function placePage() {
  const place = await get(`/api/places/${encodeURIComponent(id)}`);
  document.title = `${place.place} — sitrep`;
  root.append(el('h2', {}, place.place, place.nameAr ? ' ' : null, place.nameAr ? arabicName(place.nameAr) : null),
    el('p', { class: 'subtitle' }, [place.admin1, place.country].filter(Boolean).join(', '),
      typeof place.lat === 'number' ? ` · ${place.lat.toFixed(3)}, ${place.lon.toFixed(3)} · ` : null,
      el('a', { href: `/?place=${encodeURIComponent(place.place)}&window=0` }, 'on the map')));
  root.append(el('h3', {}, 'Who controlled it'));
  if (!place.timeline.length) root.append(el('p', {}, 'no control reports'));
  else root.append(historyBar(place.timeline));
  for (const interval of place.timeline.slice().reverse()) {
    const box = el('section', { class: `interval${interval.stale ? ' stale' : ''}`, 'data-status': interval.status,
      'data-controller': interval.controller },
      el('h4', {}, `${interval.from} – ${interval.to || 'now'}: ${controlWho(interval)}`
        + (interval.controllerSide ? ` (${interval.controllerSide})` : '')),
      el('p', { class: 'subtitle' }, `last reported ${interval.lastReported} · confidence `
        + `${Number(interval.confidence).toFixed(2)} · ${plural(interval.evidence.length, 'report')}`),
      reportList(interval.evidence));
    box.style.borderLeftColor = controlColour(interval);
    const review = el('div', { class: 'review' });
    box.append(review);
    const newest = interval.evidence[interval.evidence.length - 1];
    if (window.sitrepReview && newest.claimId) {
      window.sitrepReview.controls(review, 'control', newest.claimId, interval, () => location.reload());
    }
    root.append(box);
  }
  root.append(el('h3', {}, `Events at ${place.place}`), eventItems(place.events));
}

async function actorPage() {
  const actor = await get(`/api/actors/${encodeURIComponent(id)}`);
  document.title = `${actor.name} — sitrep`;
  root.append(el('h2', {}, actor.name, actor.nameAr ? ' ' : null, actor.nameAr ? arabicName(actor.nameAr) : null),
    el('p', { class: 'subtitle' }, [actor.kind, actor.side ? `side: ${actor.side}` : null].filter(Boolean).join(' · '),
      ' · ', el('a', { href: `/?actor=${encodeURIComponent(actor.actor)}&window=0` }, 'on the map')));
  root.append(el('h3', {}, 'Stance toward others'));
  const points = actor.stances.filter(s => s.date);
  root.append(points.length ? stanceChart(actor.name, points) : el('p', {}, 'no dated stance'));
  if (actor.stances.length) {
    root.append(el('ul', { class: 'reports' }, actor.stances.map(s => el('li', {},
      `${s.date || 'undated'} → ${s.to}: ${Number(s.value).toFixed(2)} `, quoted(s.text), ' ', reportLinks(s)))));
  }
  root.append(el('h3', {}, `Quotes (${actor.quotes.length})`),
    actor.quotes.length ? el('ul', { class: 'reports quotes' }, actor.quotes.map(q => el('li', {},
      quoted(q.text), ' — ', el('bdi', {}, q.speaker), ' ', reportLinks(q)))) : el('p', {}, 'none'));
  root.append(el('h3', {}, `Events as actor (${actor.asActor.length})`), eventItems(actor.asActor),
    el('h3', {}, `Events as target (${actor.asTarget.length})`), eventItems(actor.asTarget));
}

async function eventPage() {
  const event = await get(`/api/events/${encodeURIComponent(id)}`);
  document.title = `${event.type} ${event.from} — sitrep`;
  root.append(el('h2', {}, typeGlyph(event.type), ' ', eventLine(event)),
    el('p', { class: 'subtitle' }, `${event.acled} · CAMEO ${event.cameo} · ${event.modality} · `,
      dateLabel(event.from, event.to),
      event.fatalities !== null && event.fatalities !== undefined ? ` · ${event.fatalities} killed` : null,
      ` · confidence ${Number(event.confidence).toFixed(2)} · `,
      el('a', { href: `/?date=${event.to}&select=event:${encodeURIComponent(event.id)}` }, 'on the map')),
    el('p', {}, event.actor ? el('a', { href: links.actor(event.actor) }, event.actor) : 'unknown actor',
      event.target ? ' → ' : null, event.target ? el('a', { href: links.actor(event.target) }, event.target) : null,
      event.place ? ' @ ' : null, event.place ? el('a', { href: links.place(event.place) }, event.place) : null));
  const review = el('div', { class: 'review' });
  root.append(review);
  if (window.sitrepReview) window.sitrepReview.controls(review, 'event', event.id, event, () => location.reload());
  root.append(el('h3', {}, `Reports (${event.reports.length})`),
    el('ul', { class: 'reports' }, event.reports.map(r => el('li', {}, el('strong', { dir: 'auto' }, r.title || ''),
      ' ', quoted(r.text), ' ', reportLinks(r)))));
}

async function articlePage() {
  const { article } = await get(`/api/articles/${encodeURIComponent(id)}`);
  document.title = `${article.title} — sitrep`;
  const href = safeUrl(article.url);
  root.append(el('h2', { lang: article.language || '', dir: 'auto' }, article.title), el('p', { class: 'subtitle' },
    `${article.source}, ${article.published || 'undated'}`, href ? ' · ' : null,
    href ? el('a', { href, rel: 'noopener noreferrer' }, 'publisher') : null));
  const text = article.text;
  const hash = /^#(\d+)-(\d+)(?:,(\d+)-(\d+))?$/.exec(location.hash);
  const body = articleText({ id: 'article-text' }, article.language);
  const valid = (start, end) => start < end && end <= text.length;
  const marks = [];
  if (hash && valid(Number(hash[1]), Number(hash[2]))) {
    marks.push({ start: Number(hash[1]), end: Number(hash[2]), cls: 'evidence' });
    // a quote's speaker, named apart from its words: marked too, unless the two overlap
    const [start, end] = [Number(hash[3]), Number(hash[4])];
    if (hash[3] && valid(start, end) && (end <= marks[0].start || start >= marks[0].end)) {
      marks.push({ start, end, cls: 'speaker' });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of marks) {
    const mark = el('mark', m.cls === 'speaker' ? { class: 'speaker', title: 'the words that name who is quoted' }
      : { class: 'evidence' }, text.slice(m.start, m.end));
    body.append(text.slice(at, m.start), mark);
    m.element = mark;
    at = m.end;
  }
  body.append(text.slice(at));
  root.append(body);
  const evidence = marks.find(m => m.cls === 'evidence');
  if (evidence) evidence.element.scrollIntoView({ block: 'center' });
}

const pages = { place: placePage, actor: actorPage, event: eventPage, article: articlePage };
(pages[kind] || (() => Promise.reject(new Error('no such page'))))()
  .catch(e => root.append(el('p', { class: 'error' }, `Cannot show this page: ${e.message}`)))
  .finally(() => { document.body.dataset.ready = 'true'; });
