// The frontend scenario with the generated client against a running stack (run by the system tests, see
// clients/README.md): register a Puskesmas, open an SKM campaign, submit responses, close it, read the result
// and the unit ranking. Typed throughout: a contract change that breaks a frontend breaks this compile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Configuration,
  CampaignsApi,
  ResponsesApi,
  ResultsApi,
  UnitRankingsApi,
  UnitsApi,
  ResponseError,
  type SurveyResponseRequest,
} from '../target/typescript-client/src';

const gateway = process.env.RAPOR_GATEWAY_URL ?? 'http://localhost:8080';
const adminToken = process.env.RAPOR_ADMIN_TOKEN ?? '';
const SKM_2017 = '00000000-0000-0000-0000-000000002017';

const asAdmin = new Configuration({ basePath: gateway, accessToken: async () => adminToken });
const anonymous = new Configuration({ basePath: gateway });

/** Nine answers from 2 to 4, different for every respondent (identical runs would be held for review). */
function varied(respondent: number): number[] {
  let seed = respondent * 9973 + 17;
  return Array.from({ length: 9 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 2 + (Math.floor(seed / 256) % 3);
  });
}

async function eventually<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await attempt();
    } catch (failure: unknown) {
      if (Date.now() > deadline) {
        throw new Error(`${what} did not happen within 60 s: ${String(failure)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

test('a frontend registers a Puskesmas, collects SKM answers and reads its IKM and ranking', async () => {
  assert.ok(adminToken, 'RAPOR_ADMIN_TOKEN names an admin token');
  const year = 2300 + Math.floor(Math.random() * 500);
  const period = `${year}-S1`;

  const unit = await new UnitsApi(asAdmin).createUnit({
    unitRequest: {
      name: `UPT Puskesmas Lanrisang ${year}`,
      type: 'PUSKESMAS',
      regionCode: '73.15',
      parentOrganisation: 'Dinas Kesehatan Kabupaten Pinrang',
    },
  });
  assert.equal(unit.regionCode, '73.15');

  const campaigns = new CampaignsApi(asAdmin);
  const campaign = await eventually('the unit reaching the survey service', () =>
    campaigns.createCampaign({
      campaignRequest: {
        unitId: unit.id,
        questionnaireId: SKM_2017,
        period,
        population: 1200,
        title: `SKM Puskesmas Lanrisang ${period}`,
      },
    }),
  );
  assert.equal(campaign.status, 'OPEN');

  const answers = (values: number[]): SurveyResponseRequest['answers'] =>
    Object.fromEntries(values.map((value, i) => [`U${i + 1}`, value]));
  const responses: SurveyResponseRequest[] = Array.from({ length: 40 }, (_, i) => ({
    clientResponseId: `e2e-${year}-${i}`,
    answers: answers(varied(i)),
    gender: i % 2 === 0 ? 'P' : 'L',
    age: 20 + i,
    consent: true,
  }));
  const batch = await new ResponsesApi(asAdmin).submitResponseBatch({
    campaignId: campaign.id,
    surveyResponseRequest: responses,
    batchReference: `e2e-${year}`,
  });
  assert.equal(batch.accepted, 40);

  const closed = await campaigns.closeCampaign({ id: campaign.id });
  assert.equal(closed.status, 'CLOSED');

  const result = await new ResultsApi(asAdmin).getCampaignResult({ campaignId: campaign.id });
  assert.equal(result.respondents, 40);
  const ikm = result.ikmKonversi;
  assert.ok(ikm !== null && ikm > 25 && ikm <= 100, `IKM ${ikm}`);
  assert.ok(result.mutu, 'a quality grade (mutu)');

  const ranking = await eventually('the unit in the ranking', async () => {
    // the live ranking, as a manager reads it (anonymous readers see only a published one)
    const page = await new UnitRankingsApi(asAdmin).listUnitRanking({ index: 'IKM', period, region: '73.15' });
    const row = page.items.find((item) => item.unitId === unit.id);
    if (!row) {
      throw new Error('not ranked yet');
    }
    return row;
  });
  assert.equal(ranking.rank, 1);

  await assert.rejects(
    () => new UnitsApi(anonymous).createUnit({ unitRequest: { name: 'Tanpa token', type: 'PUSKESMAS', regionCode: '73.15' } }),
    (failure: unknown) => failure instanceof ResponseError && failure.response.status === 401,
  );
});
