/**
 * @jest-environment node
 */
import { setupServer } from 'msw/node';
import { caseloadBudget, measureCaseloadRequests } from './caseloadRequests';

/** The tenant caseload's request budget (issue 21): ceil(C/20) + ceil(N/200) + 3, a $batch counting as one. */
describe('GraphCaseloadSource.listCaseload() requests', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('lists every plan of 50 cases (500 plans) within the budget, the first time and again', async () => {
    const { requests, again, rows } = await measureCaseloadRequests(server, 50, 500);
    expect(rows).toBe(500);
    expect(requests).toBeLessThanOrEqual(caseloadBudget(50, 500));
    expect(again).toBeLessThanOrEqual(requests);
  });

  it('with few plans per case the first list also looks up each case\'s library (one batch per 20 more); later lists keep the budget', async () => {
    const { requests, again, rows } = await measureCaseloadRequests(server, 45, 90);
    expect(rows).toBe(90);
    // joinedTeams + teams' channels + the libraries + the plans: 1 + 1 + 3 + 3.
    expect(requests).toBe(1 + 1 + 2 * Math.ceil(45 / 20));
    expect(again).toBeLessThanOrEqual(caseloadBudget(45, 90));
  });
});
