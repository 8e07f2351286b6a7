/**
 * @jest-environment node
 */
import { setupServer } from 'msw/node';
import { measureRequestCounts } from './requestCounts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('Graph request budget per user action', () => {
  it('loads with 1 Graph request, saves with 1, lists 500 plans with <= 4, schedules with <= 2 after the suggestions, shares 5 copies with <= 10 (an upload and an invite each)', async () => {
    const counts = await measureRequestCounts(server);
    expect(counts.load).toBe(1);
    // The file body comes from SharePoint's pre-authenticated download URL, not from Graph.
    expect(counts.loadDownloads).toBe(1);
    // One JSON batch: the content PUT and the list columns PATCH.
    expect(counts.save).toBe(1);
    // One page per 200 plans (listItem columns expanded), no downloads.
    expect(counts.list500).toBeLessThanOrEqual(4);
    expect(counts.schedule).toBeLessThanOrEqual(2);
    // Each copy is its own file: one upload and one invite per recipient.
    expect(counts.share5).toBeLessThanOrEqual(10);
  });
});
