// The public SKM form (/f/{formToken}): reads the form behind the token, shows the unsur with their official
// questions and labels, and sends each response with a solved proof-of-work. Responses wait in a queue (with their
// client response id) while the network is down and are sent when it returns; a replay counts once on the server.
import { assetVersion, el, getJson } from './api.js';

const token = decodeURIComponent(location.pathname.replace(/^\/f\//, '').replace(/\/$/, ''));
const worker = new Worker(`/web/assets/pow-worker.js?v=${assetVersion(import.meta.url)}`);
const $ = (id) => document.getElementById(id);
let form = null;
let flushing = false;
let retryTimer = null;

/**
 * Kiosk idle reset, so nothing of one citizen stays on screen for the next: a form left half-filled is cleared after
 * `?jeda=` seconds without a touch or key (default 120), and the thank-you screen goes back to an empty form after
 * `?jedaTerimaKasih=` seconds (default 15). Answers already submitted are in the queue, never lost by a reset.
 */
const params = new URLSearchParams(location.search);
const seconds = (name, fallback) => {
  const value = Number.parseInt(params.get(name) ?? '', 10);
  return Number.isFinite(value) && value >= 5 && value <= 3600 ? value : fallback;
};
const IDLE_MS = seconds('jeda', 120) * 1000;
const THANKS_MS = seconds('jedaTerimaKasih', 15) * 1000;
let idleTimer = null;

/** The queue of unsent responses, per form token. Only answers and consented fields, removed once accepted. */
const queueKey = `rapor.antrian.${token}`;
function queue() {
  try {
    return JSON.parse(localStorage.getItem(queueKey) || '[]');
  } catch {
    return [];
  }
}
function saveQueue(items) {
  if (items.length === 0) {
    localStorage.removeItem(queueKey);
  } else {
    localStorage.setItem(queueKey, JSON.stringify(items));
  }
  showQueue();
}
function showQueue() {
  const waiting = queue().length;
  const badge = $('antrian');
  badge.hidden = waiting === 0;
  badge.textContent = waiting === 0 ? '' : `${waiting} jawaban menunggu dikirim`;
  badge.dataset.count = String(waiting);
}

function clientResponseId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return 'web:' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function solve(challenge) {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => (event.data.number >= 0 ? resolve(event.data.number) : reject(new Error('pow')));
    worker.onerror = reject;
    worker.postMessage(challenge);
  });
}

/** Sends one response: a fresh challenge, solved in the worker, then the submission. Returns the HTTP status. */
async function send(item) {
  const headers = { 'X-Form-Token': token };
  const challenge = await getJson(`/api/v1/survey/campaigns/${item.campaignId}/challenge`, headers);
  if (challenge.status !== 200) {
    return { status: challenge.status, body: challenge.body, headers: challenge.headers };
  }
  const c = challenge.body;
  const number = await solve(c);
  const solution = btoa(JSON.stringify({
    algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature }));
  const response = await fetch(`/api/v1/survey/campaigns/${item.campaignId}/responses`, {
    method: 'POST',
    credentials: 'omit',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Form-Token': token,
      'X-Proof-Of-Work': solution,
      'Idempotency-Key': item.body.clientResponseId,
    },
    body: JSON.stringify(item.body),
  });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { status: response.status, body, headers: response.headers };
}

/** Sends the queued responses in order until one cannot go now; schedules the next attempt. */
async function flush() {
  if (flushing) {
    return;
  }
  flushing = true;
  clearTimeout(retryTimer);
  let delay = 0;
  try {
    while (queue().length > 0) {
      if (!navigator.onLine) {
        break;
      }
      const item = queue()[0];
      let result;
      try {
        result = await send(item);
      } catch {
        // The network dropped mid-way; the same client response id goes again, and counts once.
        delay = 5;
        break;
      }
      if (result.status === 200 || result.status === 201) {
        saveQueue(queue().filter((q) => q.body.clientResponseId !== item.body.clientResponseId));
        if (queue().length === 0 && !$('terima-kasih').hidden) {
          $('terima-kasih-teks').textContent = 'Jawaban Anda sudah kami terima. Masukan Anda membantu kami '
            + 'memperbaiki pelayanan.';
        }
      } else if (result.status === 429 || result.status === 503 || result.status === 502 || result.status === 504) {
        delay = Number(result.headers.get('Retry-After')) || 15;
        break;
      } else if (result.status === 400 && JSON.stringify(result.body || {}).includes('X-Proof-Of-Work')
          && (item.powRetries || 0) < 3) {
        // An expired or already spent challenge: solve a new one.
        saveQueue(queue().map((q) => (q === item || q.body.clientResponseId === item.body.clientResponseId
          ? { ...q, powRetries: (q.powRetries || 0) + 1 } : q)));
      } else {
        // Refused for good (form closed or withdrawn, invalid answers): never retried, said on the page.
        saveQueue(queue().filter((q) => q.body.clientResponseId !== item.body.clientResponseId));
        notice(refusal(result), true);
      }
    }
  } finally {
    flushing = false;
  }
  if (queue().length > 0 && delay > 0) {
    retryTimer = setTimeout(flush, delay * 1000);
  }
}

function refusal(result) {
  if (result.status === 403 || result.status === 404) {
    return 'Tautan formulir ini sudah tidak berlaku. Satu jawaban tidak dapat dikirim.';
  }
  if (result.status === 409) {
    return 'Survei ini sudah ditutup. Satu jawaban tidak dapat dikirim.';
  }
  return `Satu jawaban ditolak server (${result.status}).`;
}

function notice(text, isError = false) {
  const box = $('pesan');
  box.textContent = text;
  box.classList.toggle('error', isError);
  box.hidden = !text;
}

function render(f) {
  const q = f.questionnaire;
  document.title = `Survei Kepuasan Masyarakat · ${f.unit.name}`;
  $('judul').textContent = f.unit.name;
  $('subjudul').textContent = [f.title, `Periode ${f.period}`].filter(Boolean).join(' · ');
  for (const span of document.querySelectorAll('.unit-name')) {
    span.textContent = f.unit.name;
  }
  const container = $('unsur');
  container.replaceChildren();
  q.items.forEach((item, index) => {
    const choices = item.labels.map((label, i) => {
      const value = q.scaleMin + i;
      return el('label', { class: 'choice' },
        el('input', { type: 'radio', name: `item-${item.code}`, value, required: true }),
        el('span', {}, label));
    });
    container.append(el('fieldset', { class: 'question', id: `q-${item.code}`, 'data-code': item.code },
      el('legend', {}, el('span', { class: 'code' }, `${index + 1}. ${item.name}`), item.question),
      el('div', { class: 'choices' }, choices)));
  });
  $('skm').hidden = !f.open;
  if (!f.open) {
    notice('Survei ini sudah ditutup. Terima kasih atas perhatian Anda.');
  }
}

async function loadVocabulary(campaignId) {
  try {
    const v = await getJson(`/api/v1/survey/campaigns/${campaignId}/vocabulary`);
    if (v.status !== 200) {
      return;
    }
    for (const dimension of ['education', 'occupation', 'serviceUsed']) {
      const select = $(dimension);
      const terms = (v.body.dimensions[dimension] || []).map((t) => t.value);
      for (const term of [...new Set(terms)]) {
        select.append(el('option', { value: term }, term));
      }
      if (v.body.other && !terms.includes(v.body.other)) {
        select.append(el('option', { value: v.body.other }, v.body.other));
      }
    }
  } catch {
    // Offline at start: the selects keep their empty option; the answers still count.
  }
}

function collect() {
  const answers = {};
  const missing = [];
  for (const fieldset of document.querySelectorAll('#unsur fieldset')) {
    const code = fieldset.dataset.code;
    const checked = fieldset.querySelector('input:checked');
    if (checked) {
      answers[code] = Number(checked.value);
    } else {
      missing.push(fieldset);
    }
  }
  const consent = $('consent').checked;
  const body = { clientResponseId: clientResponseId(), answers, consent };
  if (consent) {
    // Data minimisation: without consent, nothing but the answers leaves the page.
    const gender = document.querySelector('input[name=gender]:checked');
    const fields = {
      gender: gender ? gender.value : '',
      ageBand: $('ageBand').value,
      education: $('education').value,
      occupation: $('occupation').value,
      serviceUsed: $('serviceUsed').value,
      suggestion: $('suggestion').value.trim(),
    };
    for (const [key, value] of Object.entries(fields)) {
      if (value) {
        body[key] = value;
      }
    }
  }
  return { body, missing };
}

function onSubmit(event) {
  event.preventDefault();
  const { body, missing } = collect();
  const errors = $('kesalahan');
  for (const fieldset of document.querySelectorAll('#unsur fieldset')) {
    fieldset.removeAttribute('aria-invalid');
  }
  if (missing.length > 0) {
    missing.forEach((f) => f.setAttribute('aria-invalid', 'true'));
    errors.textContent = `Masih ada ${missing.length} pertanyaan yang belum dijawab.`;
    errors.hidden = false;
    missing[0].querySelector('input').focus();
    return;
  }
  errors.hidden = true;
  saveQueue([...queue(), { campaignId: form.campaignId, body }]);
  // Kiosk: the next citizen starts from an empty form; nothing of this one stays on screen.
  $('skm').reset();
  $('skm').hidden = true;
  const thanks = $('terima-kasih');
  $('terima-kasih-teks').textContent = navigator.onLine
    ? 'Jawaban Anda sedang dikirim. Masukan Anda membantu kami memperbaiki pelayanan.'
    : 'Jaringan sedang terputus. Jawaban Anda disimpan di perangkat ini dan dikirim otomatis saat jaringan kembali.';
  thanks.hidden = false;
  thanks.focus();
  armIdle();
  flush();
}

function restart() {
  $('terima-kasih').hidden = true;
  $('skm').hidden = false;
  window.scrollTo(0, 0);
  $('isi').focus();
  armIdle();
}

/** True when the visible form holds anything a citizen entered. */
function touched() {
  const fields = [...$('skm').elements];
  return fields.some((f) => ((f.type === 'radio' || f.type === 'checkbox') ? f.checked : f.value && f.tagName !== 'BUTTON'));
}

function clearForm() {
  $('skm').reset();
  $('kesalahan').hidden = true;
  for (const fieldset of document.querySelectorAll('#unsur fieldset')) {
    fieldset.removeAttribute('aria-invalid');
  }
  window.scrollTo(0, 0);
  $('isi').focus();
}

function onIdle() {
  if (!$('terima-kasih').hidden) {
    restart();
  } else if (!$('skm').hidden && touched()) {
    clearForm();
  }
}

function armIdle() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(onIdle, $('terima-kasih').hidden ? IDLE_MS : THANKS_MS);
}

async function start() {
  showQueue();
  $('skm').addEventListener('submit', onSubmit);
  $('ulang').addEventListener('click', restart);
  window.addEventListener('online', flush);
  window.addEventListener('offline', showQueue);
  for (const type of ['pointerdown', 'keydown', 'input']) {
    document.addEventListener(type, armIdle, { passive: true, capture: true });
  }
  let response;
  try {
    response = await getJson(`/api/v1/survey/forms/${encodeURIComponent(token)}`);
  } catch {
    $('judul').textContent = 'Formulir tidak dapat dimuat';
    notice('Periksa sambungan jaringan, lalu muat ulang halaman ini.', true);
    return;
  }
  if (response.status !== 200) {
    $('judul').textContent = 'Formulir tidak ditemukan';
    notice('Tautan atau kode QR ini tidak berlaku lagi. Mintalah tautan baru kepada petugas layanan.', true);
    return;
  }
  form = response.body;
  render(form);
  await loadVocabulary(form.campaignId);
  document.body.dataset.ready = 'true';
  armIdle();
  flush();
}

start();
