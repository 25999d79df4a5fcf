// Browser test of the public pages against a running stack, through the gateway: Debian Chromium (headless)
// driven by playwright-core. Run by system-tests (PublicPagesBrowserTest) with node --test and these variables:
//   RAPOR_GATEWAY_URL, RAPOR_CHROMIUM (the browser), RAPOR_ADMIN_TOKEN (the test's own checks, never the pages'),
//   RAPOR_FORM_TOKEN, RAPOR_CAMPAIGN_ID (mouse and offline), RAPOR_KEYBOARD_FORM_TOKEN, RAPOR_KEYBOARD_CAMPAIGN_ID,
//   RAPOR_UNIT_ID, RAPOR_REGION (kab/kota of both units), RAPOR_PERIOD, RAPOR_ARTIFACTS (screenshots).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const env = (name) => {
  const value = process.env[name];
  assert.ok(value, `${name} must be set`);
  return value;
};
const base = env('RAPOR_GATEWAY_URL');
const artifacts = env('RAPOR_ARTIFACTS');
const period = env('RAPOR_PERIOD');
mkdirSync(artifacts, { recursive: true });

let context;
let userDataDir;

before(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'rapor-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: env('RAPOR_CHROMIUM'),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 360, height: 800 },
    locale: 'id-ID',
  });
});

after(async () => {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

/** The test's own reads of the survey service, with the admin token (the pages never send one). */
async function admin(path) {
  const response = await fetch(base + path, { headers: { Authorization: `Bearer ${env('RAPOR_ADMIN_TOKEN')}` } });
  assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
  return response.json();
}

async function anonymous(path) {
  const response = await fetch(base + path);
  const json = (response.headers.get('content-type') || '').includes('json');
  return { status: response.status, body: json ? await response.json() : null };
}

async function eventually(what, check, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last === true) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`${what} did not happen within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}

const respondents = async (campaignId) => (await admin(`/api/v1/survey/campaigns/${campaignId}`)).respondents;

async function awaitRespondents(campaignId, expected) {
  await eventually(`${expected} respondents in campaign ${campaignId}`, async () => {
    const n = await respondents(campaignId);
    return n === expected || n;
  });
}

async function openForm(page, token) {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${base}/f/${token}`);
  await page.waitForSelector('body[data-ready=true]');
  return errors;
}

/** Answers the nine unsur by clicking (touch-like) with the given values, index 1..4. */
async function answerByClicking(page, values) {
  const fieldsets = page.locator('#unsur fieldset');
  for (let i = 0; i < values.length; i++) {
    await fieldsets.nth(i).locator('label.choice').nth(values[i] - 1).click();
  }
}

/** Contrast ratio (WCAG 2) of an element's text against its effective background. */
async function contrasts(page, selectors) {
  return page.evaluate((list) => {
    const rgb = (s) => s.match(/[\d.]+/g).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (node) => {
      for (let n = node; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out = {};
    for (const selector of list) {
      const node = document.querySelector(selector);
      if (!node) { out[selector] = null; continue; }
      const a = lum(rgb(getComputedStyle(node).color).slice(0, 3));
      const b = lum(background(node));
      out[selector] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
    return out;
  }, selectors);
}

async function assertContrast(page, selectors) {
  const ratios = await contrasts(page, selectors);
  for (const [selector, ratio] of Object.entries(ratios)) {
    assert.ok(ratio !== null, `${selector} is on the page`);
    assert.ok(ratio >= 4.5, `${selector}: contrast ${ratio.toFixed(2)} below 4.5:1`);
  }
}

test('the form shows the questionnaire from its data, counts a submission, and queues two while offline', async () => {
  const token = env('RAPOR_FORM_TOKEN');
  const campaignId = env('RAPOR_CAMPAIGN_ID');
  const form = (await anonymous(`/api/v1/survey/forms/${token}`)).body;
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  const errors = await openForm(page, token);

  // The unit and the nine unsur with their official questions and labels, as the questionnaire data says.
  assert.equal(await page.locator('h1').textContent(), form.unit.name);
  assert.equal(await page.locator('#unsur fieldset').count(), 9);
  for (const [i, item] of form.questionnaire.items.entries()) {
    const fieldset = page.locator('#unsur fieldset').nth(i);
    assert.ok((await fieldset.locator('legend').textContent()).includes(item.question), item.code);
    assert.deepEqual(await fieldset.locator('label.choice span').allTextContents(), item.labels);
  }

  // Accessibility basics: language, a label for every control, a legend for every group, contrast, touch targets,
  // no sideways scrolling on a 360 px phone.
  const a11y = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    unlabelled: [...document.querySelectorAll('input, select, textarea')]
      .filter((c) => c.labels.length === 0 || !c.labels[0].textContent.trim()).map((c) => c.name || c.id),
    groupsWithoutLegend: [...document.querySelectorAll('fieldset')].filter((f) => !f.querySelector('legend')).length,
    smallestChoice: Math.min(...[...document.querySelectorAll('label.choice')].map((l) => l.getBoundingClientRect().height)),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  assert.equal(a11y.lang, 'id');
  assert.deepEqual(a11y.unlabelled, []);
  assert.equal(a11y.groupsWithoutLegend, 0);
  assert.ok(a11y.smallestChoice >= 44, `answer targets ${a11y.smallestChoice}px high, at least 44px wanted`);
  assert.ok(a11y.overflow <= 0, `page ${a11y.overflow}px wider than the phone`);
  await assertContrast(page, ['body', 'main p.muted', '.brand', 'legend', 'label.choice span', '#kirim', '#consent-text']);
  await page.screenshot({ path: join(artifacts, 'form-360.png'), fullPage: true });

  // One response, online: counted in the campaign's result.
  await answerByClicking(page, [4, 3, 4, 4, 3, 4, 3, 4, 4]);
  await page.locator('input[name=gender][value=P]').check();
  await page.selectOption('#ageBand', '30-39');
  await page.locator('#consent').check();
  await page.locator('#kirim').click();
  await page.waitForSelector('#terima-kasih:not([hidden])');
  await page.waitForSelector('#antrian[hidden]', { state: 'attached' });
  await awaitRespondents(campaignId, 1);
  assert.equal(await page.locator('input:checked').count(), 0, 'the kiosk form is reset');

  // Offline: two responses wait in the browser, the page says how many.
  await context.setOffline(true);
  await page.locator('#ulang').click();
  await answerByClicking(page, [2, 3, 3, 2, 3, 3, 2, 3, 3]);
  await page.locator('#kirim').click();
  await page.waitForSelector('#antrian:not([hidden])');
  await page.locator('#ulang').click();
  await answerByClicking(page, [3, 4, 4, 3, 4, 4, 3, 4, 3]);
  await page.locator('#kirim').click();
  assert.equal(await page.locator('#antrian').textContent(), '2 jawaban menunggu dikirim');
  assert.equal(await respondents(campaignId), 1, 'nothing reached the server while offline');

  // Back online; the first submission reaches the service but its receipt is lost on the way back, so the page
  // sends it again (same client response id): the service answers with the first receipt and counts it once.
  let lostReceipts = 0;
  await page.route('**/api/v1/survey/campaigns/*/responses', async (route) => {
    if (lostReceipts === 0) {
      lostReceipts++;
      const response = await route.fetch();
      assert.equal(response.status(), 201);
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await context.setOffline(false);
  await page.waitForSelector('#antrian[hidden]', { state: 'attached', timeout: 60000 });
  assert.equal(lostReceipts, 1);
  await awaitRespondents(campaignId, 3);
  const result = await admin(`/api/v1/survey/campaigns/${campaignId}/result`);
  assert.equal(result.respondents, 3, 'two queued responses and a replay counted once each');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing left in the browser');
  assert.deepEqual(errors.filter((e) => !e.includes('net::ERR_')), [], 'no script errors');
  await page.close();
});

test('the form can be filled and submitted with the keyboard alone, in a sensible focus order', async () => {
  const token = env('RAPOR_KEYBOARD_FORM_TOKEN');
  const campaignId = env('RAPOR_KEYBOARD_CAMPAIGN_ID');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await openForm(page, token);
  await page.screenshot({ path: join(artifacts, 'form-1280.png'), fullPage: true });

  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    return { tag: a.tagName.toLowerCase(), id: a.id, name: a.getAttribute('name'), type: a.type };
  });
  await page.keyboard.press('Tab');
  assert.equal((await focused()).tag, 'a', 'the skip link comes first');
  await page.keyboard.press('Enter');
  const order = [];
  const answers = [3, 4, 3, 4, 4, 3, 4, 2, 4];
  let unsur = 0;
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    order.push(f.name || f.id);
    if (f.type === 'radio' && f.name.startsWith('item-')) {
      // Arrow keys move within a radio group and select: value 1 is first, so value v is v-1 presses away.
      await page.keyboard.press('Space');
      for (let k = 1; k < answers[unsur]; k++) {
        await page.keyboard.press('ArrowDown');
      }
      unsur++;
    } else if (f.id === 'consent') {
      await page.keyboard.press('Space');
    } else if (f.id === 'kirim') {
      await page.keyboard.press('Enter');
      break;
    }
  }
  assert.deepEqual(order, [
    'item-U1', 'item-U2', 'item-U3', 'item-U4', 'item-U5', 'item-U6', 'item-U7', 'item-U8', 'item-U9',
    'gender', 'ageBand', 'education', 'occupation', 'serviceUsed', 'suggestion', 'consent', 'kirim']);
  await page.waitForSelector('#terima-kasih:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'terima-kasih', 'focus moves to the receipt');
  await awaitRespondents(campaignId, 1);
  await page.close();
});

test('a kiosk clears a half-filled form after the idle time and returns from the thank-you screen', async () => {
  const token = env('RAPOR_KEYBOARD_FORM_TOKEN');
  const page = await context.newPage();
  await page.clock.install();
  await openForm(page, `${token}?jeda=30&jedaTerimaKasih=10`);

  // A citizen answers three unsur, writes a suggestion, and walks away.
  await answerByClicking(page, [4, 4, 3]);
  await page.locator('#suggestion').fill('Antrean terlalu lama');
  await page.clock.runFor(29_000);
  assert.equal(await page.locator('input:checked').count(), 3, 'not cleared before the idle time');
  await page.locator('#suggestion').press('End');
  await page.clock.runFor(29_000);
  assert.equal(await page.locator('input:checked').count(), 3, 'a key press starts the idle time again');
  await page.clock.runFor(2_000);
  assert.equal(await page.locator('input:checked').count(), 0, 'the next citizen sees none of the answers');
  assert.equal(await page.locator('#suggestion').inputValue(), '');

  // Submitted while offline: the thank-you screen goes back to an empty form by itself; the answers wait in the queue.
  await context.setOffline(true);
  await answerByClicking(page, [3, 3, 3, 4, 3, 3, 4, 3, 3]);
  await page.locator('#kirim').click();
  await page.waitForSelector('#terima-kasih:not([hidden])');
  await page.clock.runFor(10_000);
  await page.waitForSelector('#skm:not([hidden])');
  assert.ok(await page.locator('#terima-kasih').isHidden());
  assert.equal(await page.locator('input:checked').count(), 0);
  assert.equal(await page.locator('#antrian').textContent(), '1 jawaban menunggu dikirim', 'the reset loses no answer');
  // This test's answers are not meant for the campaign: dropped before the browser goes online again.
  await page.evaluate(() => localStorage.clear());
  await page.close();
  await context.setOffline(false);
});

test('the results pages show the published IKM, the zone counts and the ranking, or say they are not published', async () => {
  const unitId = env('RAPOR_UNIT_ID');
  const region = env('RAPOR_REGION');
  // The ranking learns the tallies from the survey service's events.
  await eventually('both units ranked', async () => {
    const r = await admin(`/api/v1/ranking/units?index=IKM&period=${period}&region=${region}`);
    return (r.items || []).filter((u) => u.state === 'OK' && u.respondents > 0).length === 2
      || r.items?.map((u) => [u.state, u.respondents]);
  }, 120000);
  // A draft: anonymous readers (and the page) see nothing until an evaluator or admin publishes it.
  const draft = await anonymous(`/api/v1/survey/units/${unitId}/result?period=${period}&breakdowns=false`);
  assert.equal(draft.status, 404, 'the unit result is a draft before it is published');
  assert.equal(draft.body.type, 'https://rapor.id/problems/not-published');
  const before = await context.newPage();
  await before.goto(`${base}/hasil/unit/${unitId}?periode=${period}`);
  await before.waitForSelector('body[data-ready=true]');
  assert.match(await before.locator('#pesan').textContent(), /belum dipublikasikan/);
  assert.equal(await before.locator('#ikm').count(), 0);
  await before.close();
  const publication = await fetch(`${base}/api/v1/survey/units/${unitId}/publications`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env('RAPOR_ADMIN_TOKEN')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ period }),
  });
  assert.equal(publication.status, 201, 'the admin publishes the unit result');
  // The ranking is a draft until published: anonymous readers (and the pages) are told so.
  const rankingDraft = await anonymous(`/api/v1/ranking/units?index=IKM&period=${period}&region=${region}`);
  assert.equal(rankingDraft.status, 404, 'an unpublished ranking is not shown');
  // The province's publication covers the kab/kota page's ranking and the roll-ups of its kab/kota.
  const rankingPublication = await fetch(`${base}/api/v1/ranking/publications`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env('RAPOR_ADMIN_TOKEN')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ regionCode: region.split('.')[0], period }),
  });
  assert.equal(rankingPublication.status, 201, await rankingPublication.clone().text());
  const published = await anonymous(`/api/v1/survey/units/${unitId}/result?period=${period}&breakdowns=false`);
  assert.equal(published.status, 200, 'the unit result is published to anonymous readers');
  assert.equal(published.body.publication.version, 1);
  const expectedIkm = Number(published.body.ikmKonversi).toLocaleString('id-ID', { minimumFractionDigits: 2 });

  for (const width of [360, 1280]) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${base}/hasil/unit/${unitId}?periode=${period}`);
    await page.waitForSelector('body[data-ready=true]');
    assert.equal(await page.locator('#ikm').textContent(), expectedIkm);
    assert.equal(await page.locator('#responden').textContent(), String(published.body.respondents));
    assert.equal(await page.locator('svg.chart rect').count(), 9, 'NRR of the nine unsur charted');
    assert.match(await page.locator('#publikasi').textContent(), /^Dipublikasikan .* · versi 1\.$/);
    // Every unsur's full name in the chart, inside its drawing (nothing cut at 360 px or 1280 px).
    const labels = await page.locator('svg.chart text').allTextContents();
    for (const item of published.body.items) {
      assert.ok(labels.includes(`${item.code} ${item.name}`), `${item.code} labelled in full`);
    }
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('svg.chart text')]
      .every((t) => t.getBBox().x + t.getBBox().width <= t.ownerSVGElement.viewBox.baseVal.width)), 'labels inside the chart');
    // The 95 % interval the API gives, in words.
    const iv = published.body.interval;
    const fmt = (v) => Number(v).toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    assert.ok(iv, 'the published result carries an interval');
    assert.ok((await page.locator('#rentang').textContent()).includes(`${fmt(iv.lower)}–${fmt(iv.upper)} (±${fmt(iv.halfWidth)})`));
    await page.waitForSelector('#tren');
    await assertContrast(page, ['body', '#ikm', '.zone', 'h1', 'caption']);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    await page.screenshot({ path: join(artifacts, `results-unit-${width}.png`), fullPage: true });

    await page.goto(`${base}/hasil/wilayah/${region}?periode=${period}`);
    await page.waitForSelector('body[data-ready=true]');
    assert.equal(await page.locator('#peringkat tbody tr').count(), 2);
    const rangeCells = await page.locator('#peringkat tbody tr td:nth-child(5)').allTextContents();
    assert.ok(rangeCells.every((c) => /^\d+(–\d+)?$/.test(c)), `rank ranges shown: ${rangeCells}`);
    const zones = await page.locator('#zona-hitung li').allTextContents();
    assert.equal(zones.length, 3);
    await assertContrast(page, ['.zone-HIJAU', '.zone-KUNING', '.zone-MERAH', 'td a']);
    await page.screenshot({ path: join(artifacts, `results-region-${width}.png`), fullPage: true });
    await page.close();
  }

  // The province page: the province's own IKM is a row of the national ranking of provinces, so the page shows it
  // once the national ranking (ID) of the period is published; before that it says so.
  const province = region.split('.')[0];
  const provincePage = await context.newPage();
  await provincePage.setViewportSize({ width: 1280, height: 900 });
  await provincePage.goto(`${base}/hasil/wilayah/${province}?periode=${period}`);
  await provincePage.waitForSelector('body[data-ready=true]');
  assert.match(await provincePage.locator('#pesan').textContent(), /belum dipublikasikan/);
  const nationalPublication = await fetch(`${base}/api/v1/ranking/publications`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env('RAPOR_ADMIN_TOKEN')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ regionCode: 'ID', period }),
  });
  assert.equal(nationalPublication.status, 201, await nationalPublication.clone().text());
  const provinces = await anonymous(`/api/v1/ranking/regions?index=IKM&period=${period}&level=province`);
  assert.equal(provinces.status, 200);
  const provinceRow = provinces.body.items.find((r) => r.regionCode === province);
  assert.ok(provinceRow, 'the province is in the published national ranking');
  await provincePage.goto(`${base}/hasil/wilayah/${province}?periode=${period}`);
  await provincePage.waitForSelector('body[data-ready=true]');
  assert.equal(await provincePage.locator('#ikm').textContent(),
    Number(provinceRow.value).toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  assert.equal(await provincePage.locator('#peringkat tbody tr').count(), 2);
  assert.equal(await provincePage.locator('#zona-hitung li').count(), 3);
  await provincePage.screenshot({ path: join(artifacts, 'results-province-1280.png'), fullPage: true });
  await provincePage.close();

  // A period without published results: said plainly, nothing else shown.
  const page = await context.newPage();
  await page.goto(`${base}/hasil/unit/${unitId}?periode=1999`);
  await page.waitForSelector('body[data-ready=true]');
  assert.match(await page.locator('#pesan').textContent(), /belum dipublikasikan/);
  assert.equal(await page.locator('#ikm').count(), 0);
  await page.goto(`${base}/hasil/wilayah/${region}?periode=1999`);
  await page.waitForSelector('body[data-ready=true]');
  assert.match(await page.locator('#pesan').textContent(), /belum dipublikasikan/);
  await page.close();
});
