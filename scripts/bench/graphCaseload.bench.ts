/**
 * HTTP requests of the tenant caseload list (issue 21), counted by msw against the fake tenant, for C cases holding
 * N plans; budget ceil(C/20) + ceil(N/200) + 3. Same scenario as tests/unit/adapters/graph/caseloadRequests.test.ts.
 */
import { setupServer } from 'msw/node';
import type { Figure } from '../bench';
import { caseloadBudget, measureCaseloadRequests } from '../../tests/unit/adapters/graph/caseloadRequests';

export async function run(): Promise<Figure[]> {
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const figures: Figure[] = [];
    for (const [cases, plans] of [[50, 500], [300, 5000]] as const) {
      const { requests, again } = await measureCaseloadRequests(server, cases, plans);
      figures.push({ metric: `graph.requests.caseload.${cases}x${plans}`, value: requests, unit: 'requests' });
      figures.push({ metric: `graph.requests.caseload.${cases}x${plans}.again`, value: again, unit: 'requests' });
      figures.push({ metric: `graph.requests.caseload.${cases}x${plans}.budget`, value: caseloadBudget(cases, plans), unit: 'requests' });
    }
    return figures;
  } finally {
    server.close();
  }
}
