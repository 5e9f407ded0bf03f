// Copies Leaflet into the web UI and writes its map data: world country outlines from Natural Earth (public
// domain, npm world-atlas 2.0.2, 110m) and Syria's governorates from OCHA COD-AB (read from
// ../shared/bench/syria-admin-boundaries/), with coordinates rounded and thinned to keep the files small.
// Run: npm install && node build.mjs [path/to/syr_admin1.geojson]
import { readFileSync, writeFileSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { feature } from 'topojson-client';
const out = '../../core/src/main/resources/web';
const admin1 = process.argv[2] ?? '../../../shared/bench/syria-admin-boundaries/syr_admin1_ocha_cod_20201217.geojson';

mkdirSync(`${out}/vendor/leaflet/images`, { recursive: true });
for (const f of ['leaflet.js', 'leaflet.css']) copyFileSync(`node_modules/leaflet/dist/${f}`, `${out}/vendor/leaflet/${f}`);
for (const f of readdirSync('node_modules/leaflet/dist/images')) {
  copyFileSync(`node_modules/leaflet/dist/images/${f}`, `${out}/vendor/leaflet/images/${f}`);
}
copyFileSync('node_modules/leaflet/LICENSE', `${out}/vendor/leaflet/LICENSE`);

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
