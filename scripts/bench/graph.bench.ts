/**
 * Graph requests per user action, counted by msw against a Graph stand-in (same scenario as
 * tests/unit/adapters/graph/requestCounts.test.ts, which asserts the budgets).
 */
import { setupServer } from 'msw/node';
import type { Figure } from '../bench';
import { measureRequestCounts } from '../../tests/unit/adapters/graph/requestCounts';

export async function run(): Promise<Figure[]> {
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const c = await measureRequestCounts(server);
    return [
      { metric: 'graph.requests.load', value: c.load, unit: 'requests' },
      { metric: 'graph.downloads.load', value: c.loadDownloads, unit: 'requests' },
      { metric: 'graph.requests.save', value: c.save, unit: 'requests' },
      { metric: 'graph.requests.list.500', value: c.list500, unit: 'requests' },
      { metric: 'graph.requests.schedule', value: c.schedule, unit: 'requests' },
      { metric: 'graph.requests.share.5', value: c.share5, unit: 'requests' },
    ];
  } finally {
    server.close();
  }
}
