import type { EditorPresence } from '../../app/ports';

/**
 * The editor presence, loaded when an editor first asks for it: the plan list (the first screen) never does, so its
 * code stays out of the first load (bundle.tab.gzip, docs/performance.md). `onSaved` answers at once, as the port
 * says; the listener is attached as soon as the module is there, and not at all if it was stopped before.
 */
export function lazyEditorPresence(): EditorPresence {
  let presence: Promise<EditorPresence> | null = null;
  const load = (): Promise<EditorPresence> => {
    presence ??= import(/* webpackChunkName: "editor-presence" */ './presence').then(({ BrowserEditorPresence }) => new BrowserEditorPresence());
    return presence;
  };
  return {
    hold: async (editorId) => (await load()).hold(editorId),
    alive: async (editorIds) => (await load()).alive(editorIds),
    announceSaved: (planId, revision, editorId) => {
      void load().then((p) => p.announceSaved(planId, revision, editorId));
    },
    onSaved: (planId, listener) => {
      let stop: (() => void) | null = null;
      let stopped = false;
      void load().then((p) => {
        if (!stopped) stop = p.onSaved(planId, listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
