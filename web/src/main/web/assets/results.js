// The public results pages: /hasil/unit/{unitId}?periode=2026-S1 and /hasil/wilayah/{code}?periode=2026 (kab/kota
// or province). Only what the public API gives anonymous callers, i.e. published results (a unit's published snapshot
// names its version and date); a read that answers 404 (not-published) or nothing says "belum dipublikasikan".
import { el, getJson, num } from './api.js';

const $ = (id) => document.getElementById(id);
const parts = location.pathname.split('/').filter(Boolean);
const kind = parts[1];
const subject = decodeURIComponent(parts[2] || '');
const params = new URLSearchParams(location.search);
const period = params.get('periode') || '';
const ZONES = { HIJAU: 'Hijau', KUNING: 'Kuning', MERAH: 'Merah' };

function zoneBadge(zone) {
  return el('span', { class: `zone zone-${ZONES[zone] ? zone : 'none'}` }, ZONES[zone] || 'Belum ada');
}

function card(label, value, id) {
  return el('div', { class: 'card' }, el('span', { class: 'label' }, label),
    el('span', { class: 'value', id }, value));
}

function unpublished(what) {
  const box = $('pesan');
  box.textContent = `${what} untuk periode ${period} belum dipublikasikan.`;
  box.hidden = false;
  box.dataset.state = 'unpublished';
}

/** NRR per unsur as a horizontal bar chart on the 1–4 scale, with the values as text (and a table for readers). */
function nrrChart(items) {
  const rowHeight = 30;
  const left = 150;
  const width = 640;
  const height = items.length * rowHeight + 30;
  const scale = (v) => ((Number(v) - 1) / 3) * (width - left - 60);
  const svg = el('svg:svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': 'nrr-title' }, el('svg:title', { id: 'nrr-title' }, 'Nilai rata-rata (NRR) per unsur, skala 1–4'));
  items.forEach((item, i) => {
    const y = 10 + i * rowHeight;
    svg.append(el('svg:text', { x: 0, y: y + 18 }, `${item.code} ${item.name}`.slice(0, 22)));
    if (item.nrr !== null && item.nrr !== undefined) {
      svg.append(el('svg:rect', { class: 'bar-value', x: left, y: y + 4, height: rowHeight - 10,
        width: Math.max(2, scale(item.nrr)) }));
      svg.append(el('svg:text', { x: left + scale(item.nrr) + 6, y: y + 18 }, num(item.nrr)));
    }
  });
  svg.append(el('svg:line', { class: 'axis', x1: left, x2: left, y1: 6, y2: height - 20 }));
  const table = el('table', {},
    el('caption', {}, 'NRR per unsur'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Unsur'), el('th', { scope: 'col', class: 'num' }, 'NRR'))),
    el('tbody', {}, items.map((item) => el('tr', {}, el('td', {}, `${item.code} ${item.name}`),
      el('td', { class: 'num' }, num(item.nrr))))));
  return [el('h2', {}, 'Nilai per unsur'), svg, el('div', { class: 'table-wrap' }, table)];
}

async function unitPage() {
  const unit = await getJson(`/api/v1/ranking/units/${encodeURIComponent(subject)}`).catch(() => null);
  const name = unit && unit.status === 200 ? unit.body.name : 'Unit layanan';
  $('judul').textContent = name;
  $('subjudul').textContent = `Indeks Kepuasan Masyarakat · periode ${period}`;
  document.title = `Hasil SKM · ${name} · ${period}`;
  const result = await getJson(`/api/v1/survey/units/${encodeURIComponent(subject)}/result?period=${
    encodeURIComponent(period)}&breakdowns=false`).catch(() => null);
  if (!result || result.status !== 200 || !result.body || result.body.ikmKonversi === null) {
    unpublished('Hasil survei unit ini');
    return;
  }
  const r = result.body;
  const sample = r.sample || {};
  const adequacy = sample.met === true ? 'memenuhi' : sample.met === false ? 'belum memenuhi' : 'tidak diketahui';
  const out = $('hasil');
  out.replaceChildren(
    el('div', { class: 'cards' },
      card('IKM (25–100)', num(r.ikmKonversi), 'ikm'),
      card('Mutu pelayanan', `${r.mutu || '—'} ${r.mutuLabel ? `(${r.mutuLabel})` : ''}`, 'mutu'),
      el('div', { class: 'card' }, el('span', { class: 'label' }, 'Zona'),
        el('span', { class: 'value', id: 'zona' }, zoneBadge(r.zone))),
      card('Responden', num(r.respondents, 0), 'responden')),
    el('p', { id: 'sampel' }, sample.minimumSample
      ? `Sampel minimum (Krejcie–Morgan) ${num(sample.minimumSample, 0)} dari populasi ${num(sample.population, 0)}: ${adequacy}.`
      : 'Populasi layanan tidak diketahui, kecukupan sampel tidak dapat dinilai.'),
    r.publication ? el('p', { class: 'muted small', id: 'publikasi' }, `Dipublikasikan ${
      new Date(r.publication.publishedAt).toLocaleDateString('id-ID', { dateStyle: 'long' })} · versi ${
      r.publication.version}.`) : null,
    ...nrrChart(r.items || []));
  await trend(out);
}

/** The unit's IKM over the periods the public scorecard lists (the ranking service's history). */
async function trend(out) {
  const card = await getJson(`/api/v1/ranking/units/${encodeURIComponent(subject)}/scorecard`).catch(() => null);
  if (!card || card.status !== 200 || !card.body) {
    return;
  }
  const ikm = (card.body.indices || []).find((i) => i.indexCode === 'IKM');
  const entries = ((ikm && ikm.periods) || []).filter((p) => p.value !== null && p.value !== undefined);
  if (entries.length === 0) {
    return;
  }
  out.append(el('h2', {}, 'Tren IKM'), el('div', { class: 'table-wrap' }, el('table', { id: 'tren' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Periode'), el('th', { scope: 'col', class: 'num' }, 'IKM'),
      el('th', { scope: 'col' }, 'Zona'), el('th', { scope: 'col', class: 'num' }, 'Responden'))),
    el('tbody', {}, entries.map((p) => el('tr', {}, el('td', {}, p.period), el('td', { class: 'num' }, num(p.value)),
      el('td', {}, zoneBadge(p.zone)), el('td', { class: 'num' }, num(p.respondents, 0))))))));
}

async function regionPage() {
  const level = subject.includes('.') ? 'regency' : 'province';
  const region = await getJson(`/api/v1/regions/${encodeURIComponent(subject)}`).catch(() => null);
  const name = region && region.status === 200 ? region.body.name : `Wilayah ${subject}`;
  $('judul').textContent = name;
  $('subjudul').textContent = `Indeks Kepuasan Masyarakat · periode ${period}`;
  document.title = `Hasil SKM · ${name} · ${period}`;
  const parent = level === 'regency' ? subject.split('.')[0] : null;
  const query = new URLSearchParams({ index: 'IKM', period, level, size: '1000' });
  if (parent) {
    query.set('parent', parent);
  }
  const regions = await getJson(`/api/v1/ranking/regions?${query}`).catch(() => null);
  const row = regions && regions.status === 200
    ? (regions.body.items || []).find((r) => r.regionCode === subject) : null;
  const units = await getJson(`/api/v1/ranking/units?${new URLSearchParams({ index: 'IKM', period, region: subject,
    size: '1000' })}`).catch(() => null);
  const ranked = units && units.status === 200 ? (units.body.items || []).filter((u) => u.state === 'OK') : [];
  if (!row || row.state !== 'OK' || ranked.length === 0) {
    unpublished('Hasil survei wilayah ini');
    return;
  }
  const zones = row.zoneCounts || { hijau: 0, kuning: 0, merah: 0 };
  $('hasil').replaceChildren(
    el('div', { class: 'cards' },
      card('IKM wilayah (25–100)', num(row.value), 'ikm'),
      el('div', { class: 'card' }, el('span', { class: 'label' }, 'Zona'),
        el('span', { class: 'value', id: 'zona' }, zoneBadge(row.zone))),
      card('Unit dinilai', `${num(row.unitsWithData, 0)} / ${num(row.unitsRegistered, 0)}`, 'cakupan'),
      card('Responden', num(row.respondents, 0), 'responden')),
    el('h2', {}, 'Jumlah unit per zona'),
    el('ul', { id: 'zona-hitung' },
      el('li', {}, zoneBadge('HIJAU'), ` ${num(zones.hijau, 0)} unit`),
      el('li', {}, zoneBadge('KUNING'), ` ${num(zones.kuning, 0)} unit`),
      el('li', {}, zoneBadge('MERAH'), ` ${num(zones.merah, 0)} unit`)),
    el('h2', {}, 'Peringkat unit layanan'),
    el('div', { class: 'table-wrap' }, el('table', { id: 'peringkat' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num' }, 'Peringkat'),
        el('th', { scope: 'col' }, 'Unit layanan'), el('th', { scope: 'col', class: 'num' }, 'IKM'),
        el('th', { scope: 'col' }, 'Zona'), el('th', { scope: 'col', class: 'num' }, 'Responden'))),
      el('tbody', {}, ranked.map((u) => el('tr', {},
        el('td', { class: 'num' }, u.rank === null ? '—' : String(u.rank)),
        el('td', {}, el('a', { href: `/hasil/unit/${u.unitId}?periode=${encodeURIComponent(period)}` }, u.name)),
        el('td', { class: 'num' }, num(u.value)), el('td', {}, zoneBadge(u.zone)),
        el('td', { class: 'num' }, num(u.respondents, 0))))))));
}

async function start() {
  $('periode').value = period;
  $('pilih-periode').addEventListener('submit', (event) => {
    event.preventDefault();
    location.search = `?periode=${encodeURIComponent($('periode').value.trim())}`;
  });
  if (!period) {
    $('judul').textContent = 'Pilih periode';
    $('periode').focus();
  } else if (kind === 'unit') {
    await unitPage();
  } else if (kind === 'wilayah') {
    await regionPage();
  } else {
    $('judul').textContent = 'Halaman tidak ditemukan';
  }
  document.body.dataset.ready = 'true';
}

start();
