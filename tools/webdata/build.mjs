// Copies Leaflet and Leaflet.markercluster into the web UI and writes its map data: world country outlines from
// Natural Earth (public domain, npm world-atlas 2.0.2, 110m), Syria's governorates from OCHA COD-AB (read from
// ../shared/bench/syria-admin-boundaries/), rivers of the region from OpenStreetMap (ODbL, npm
// @geo-maps/earth-rivers-10m 0.6.0) and the region's main cities from sitrep's GeoNames gazetteer (CC BY 4.0), with
// coordinates rounded and thinned to keep the files small.
// Run: npm install && node build.mjs [path/to/syr_admin1.geojson]
import { readFileSync, writeFileSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { feature } from 'topojson-client';
import { gunzipSync } from 'node:zlib';
const out = '../../core/src/main/resources/web';
const admin1 = process.argv[2] ?? '../../../shared/bench/syria-admin-boundaries/syr_admin1_ocha_cod_20201217.geojson';

mkdirSync(`${out}/vendor/leaflet/images`, { recursive: true });
for (const f of ['leaflet.js', 'leaflet.css']) copyFileSync(`node_modules/leaflet/dist/${f}`, `${out}/vendor/leaflet/${f}`);
for (const f of readdirSync('node_modules/leaflet/dist/images')) {
  copyFileSync(`node_modules/leaflet/dist/images/${f}`, `${out}/vendor/leaflet/images/${f}`);
}
copyFileSync('node_modules/leaflet/LICENSE', `${out}/vendor/leaflet/LICENSE`);
mkdirSync(`${out}/vendor/markercluster`, { recursive: true });
for (const f of ['leaflet.markercluster.js', 'MarkerCluster.css', 'MarkerCluster.Default.css']) {
  copyFileSync(`node_modules/leaflet.markercluster/dist/${f}`, `${out}/vendor/markercluster/${f}`);
}
copyFileSync('node_modules/leaflet.markercluster/MIT-LICENCE.txt', `${out}/vendor/markercluster/MIT-LICENCE.txt`);

const round = c => [Math.round(c[0] * 1e3) / 1e3, Math.round(c[1] * 1e3) / 1e3];
const thin = (ring, step) => {
  const kept = ring.filter((_, i) => i % step === 0 || i === ring.length - 1).map(round);
  return kept.length >= 4 ? kept : ring.map(round);
};
const simplify = (geometry, step) => {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(r => thin(r, step)) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(p => p.map(r => thin(r, step))) };
  }
  return geometry;
};

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const countries = feature(world, world.objects.countries);
countries.features = countries.features.map(f => ({ type: 'Feature', properties: { name: f.properties.name },
  geometry: simplify(f.geometry, 1) }));
writeFileSync(`${out}/data/countries.geojson`, JSON.stringify(countries));

const gov = JSON.parse(readFileSync(admin1, 'utf8'));
gov.features = gov.features.map(f => ({ type: 'Feature',
  properties: { name: f.properties.ADM1_EN, name_ar: f.properties.ADM1_AR, pcode: f.properties.ADM1_PCODE },
  geometry: simplify(f.geometry, 8) }));
delete gov.crs;
writeFileSync(`${out}/data/syria-governorates.geojson`, JSON.stringify(gov));
console.log(`${countries.features.length} countries, ${gov.features.length} governorates`);

// The region the map opens on: Syria and its neighbours' border areas.
const [west, south, east, north] = [34.5, 31.0, 48.5, 38.5];
const inRegion = ring => ring.some(([x, y]) => x >= west && x <= east && y >= south && y <= north);

const rivers = JSON.parse(readFileSync('node_modules/@geo-maps/earth-rivers-10m/map.geo.json', 'utf8'));
const parts = [];
for (const g of rivers.geometries) {
  for (const polygon of g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]) {
    if (inRegion(polygon[0])) parts.push(polygon.map(ring => ring.map(round)));
  }
}
writeFileSync(`${out}/data/rivers.geojson`, JSON.stringify({ type: 'FeatureCollection', features: [
  { type: 'Feature', properties: { name: 'rivers' }, geometry: { type: 'MultiPolygon', coordinates: parts } }] }));

// The labels a reader finds the map by: Syria's towns of 40,000 people or more, the neighbours' cities of 200,000.
const gazetteer = gunzipSync(readFileSync('../../core/src/main/resources/org/sitrep/knowledge/gazetteer.tsv.gz'))
  .toString('utf8').split('\n').filter(line => line && !line.startsWith('#')).map(line => line.split('\t'));
const cities = gazetteer.filter(f => Number(f[5]) >= (f[2] === 'SY' ? 40000 : 200000) && inRegion([[Number(f[7]), Number(f[6])]]))
  .map(f => ({ type: 'Feature', properties: { name: f[1], name_ar: (f[9] || '').split(',')[0] || null,
    population: Number(f[5]) }, geometry: { type: 'Point', coordinates: round([Number(f[7]), Number(f[6])]) } }));
writeFileSync(`${out}/data/cities.geojson`, JSON.stringify({ type: 'FeatureCollection', features: cities }));
console.log(`${parts.length} river parts, ${cities.length} cities`);
