/** @jest-environment node */
import { lazyEditorPresence } from '../../../../src/adapters/local';

/** Node has BroadcastChannel (delivered to every other channel object of the name) but no Web Locks: presence then counts others as closed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the editor presence, loaded on first use', () => {
  it('delivers a save announced in one tab to a listener in another, once the module is there', async () => {
    const here = lazyEditorPresence();
    const there = lazyEditorPresence();
    const heard: string[] = [];
    const stop = there.onSaved('plan-1', (revision, editorId) => heard.push(`${revision}/${editorId}`));
    await settle();
    here.announceSaved('plan-1', 'r2', 'editor-a');
    await settle();
    stop();
    expect(heard).toEqual(['r2/editor-a']);
  });

  it('attaches no listener that was stopped before the module loaded', async () => {
    const here = lazyEditorPresence();
    const there = lazyEditorPresence();
    const heard: string[] = [];
    there.onSaved('plan-1', (revision) => heard.push(revision))();
    await settle();
    here.announceSaved('plan-1', 'r3', 'editor-a');
    await settle();
    expect(heard).toEqual([]);
  });

  it('holds and answers who is alive through the loaded presence', async () => {
    const presence = lazyEditorPresence();
    const release = await presence.hold('editor-a');
    // Without Web Locks every other editor counts as closed (presence.ts).
    expect(await presence.alive(['editor-b'])).toEqual(new Set());
    release();
  });
});
