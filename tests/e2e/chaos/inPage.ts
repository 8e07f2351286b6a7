/**
 * Helpers installed in every page of the chaos context (addInitScript), as plain JavaScript text: functions given to
 * page.evaluate from a tsx-compiled file may carry esbuild's `__name` helper, which the page does not have.
 * They read the DOM of the open editor and the app's IndexedDB straight, never through the app's own code.
 */

export interface TextFieldInfo {
  /** DOM id, `f-` + the plan path joined with `-` (src/ui/editor/fieldIds.ts). */
  id: string;
  value: string;
  max: number;
  multiline: boolean;
  /** React keys (item ids) of the list items around the field, outermost first. */
  itemKeys: string[];
}

export interface StoredRecord {
  plan: unknown;
  revision: string;
  savedAt: string;
}

export interface VersionRecord {
  seq?: number;
  planId: string;
  plan: unknown;
  label: string;
  savedAt: string;
}

export interface DraftRecord {
  planId: string;
  editorId: string;
  plan: unknown;
  baseRevision: string | null;
}

export interface Dump {
  record: StoredRecord | undefined;
  versions: VersionRecord[];
  drafts: DraftRecord[];
}

export interface Mismatch {
  id: string;
  screenLen: number;
  storedLen: number;
  screenTail: string;
  storedTail: string;
}

export interface ScreenVsStore {
  state: string | null;
  /** The save state again after the store was read. */
  after?: string | null;
  revision?: string;
  checked?: number;
  mismatches?: Mismatch[];
}

export interface ChaosWindow {
  __chaos: {
    readAll(planId: string): Promise<Dump>;
    textFields(): TextFieldInfo[];
    saveState(): string | null;
    paste(id: string, text: string): { prevented: boolean; before: number };
    itemOf(button: Element): { keys: string[]; values: string[] };
    /** Resolves with the save state once it is `state` (watched with a MutationObserver), or what it is after `ms`. */
    waitForState(state: string, ms: number): Promise<string | null>;
    /** Whether a list item with this React key (item id) is on screen. */
    hasItem(key: string): boolean;
    /** The app's next load of a plan from IndexedDB answers `ms` late (what it answers is read when asked). */
    slowNextLoad(ms: number): void;
    /** Slow loads asked for that no load has taken yet. */
    slowLoadsWaiting(): number;
  };
}

export const IN_PAGE_SCRIPT = String.raw`
(function () {
  function request(r) {
    return new Promise(function (resolve, reject) {
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }
  function openDb() {
    return new Promise(function (resolve, reject) {
      var r = indexedDB.open('veiligheidsplan');
      // Never create the database: that is the app's job (its upgrade makes the stores).
      r.onupgradeneeded = function () { r.transaction.abort(); };
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error || new Error('no database yet')); };
    });
  }
  function reactKey(el) {
    var k = Object.keys(el).find(function (name) { return name.indexOf('__reactFiber$') === 0; });
    // The key sits on the list item's element or, for a memoised item component, on the component that renders it.
    for (var fiber = k ? el[k] : null, hops = 0; fiber && hops < 4; fiber = fiber.return, hops++) {
      if (fiber.key != null) return String(fiber.key);
      if (hops > 0 && typeof fiber.type === 'string') break;
    }
    return '?';
  }
  function itemKeys(el) {
    var keys = [];
    for (var n = el; n; n = n.parentElement) if (n.tagName === 'LI') keys.unshift(reactKey(n));
    return keys;
  }
  function saveState() {
    var s = document.querySelector('[data-save-state]');
    return s ? s.getAttribute('data-save-state') : null;
  }
  function textFields() {
    return Array.from(document.querySelectorAll('input[id^="f-"], textarea[id^="f-"]'))
      // A people picker's search box (role combobox) holds no plan text: typing there saves nothing.
      .filter(function (el) { return (el.tagName === 'TEXTAREA' || el.type === 'text') && el.getAttribute('role') !== 'combobox'; })
      // A read-only or disabled field (a history record's written facts, a plan in force) takes no typing from anyone.
      .filter(function (el) { return !el.readOnly && !el.matches(':disabled'); })
      .map(function (el) {
        return { id: el.id, value: el.value, max: el.maxLength, multiline: el.tagName === 'TEXTAREA', itemKeys: itemKeys(el) };
      });
  }
  async function readAll(planId) {
    var db = await openDb();
    try {
      var tx = db.transaction(['plans', 'versions', 'drafts'], 'readonly');
      var all = await Promise.all([
        request(tx.objectStore('plans').get(planId)),
        request(tx.objectStore('versions').index('byPlan').getAll(planId)),
        request(tx.objectStore('drafts').index('byPlan').getAll(planId)),
      ]);
      return { record: all[0], versions: all[1], drafts: all[2] };
    } finally {
      db.close();
    }
  }
  // Slow plan loads on demand (the chaos op "slowFollow"). An IndexedDB read has no time bound: a readonly
  // transaction waits for an overlapping readwrite one on the same store, such as another tab's save
  // (https://w3c.github.io/IndexedDB/#transaction-scheduling), and the browser runs IndexedDB work for all its pages
  // on one backend. The record is read when asked; only the answer comes late, as a slow Graph GET's does.
  var slowLoads = [];
  var originalGet = IDBObjectStore.prototype.get;
  function answerLate(request, ms) {
    var add = request.addEventListener;
    request.addEventListener = function (type, listener, options) {
      if (type !== 'success') return add.call(request, type, listener, options);
      return add.call(request, type, function (event) { setTimeout(function () { listener.call(request, event); }, ms); }, options);
    };
  }
  IDBObjectStore.prototype.get = function () {
    var request = originalGet.apply(this, arguments);
    var tx = this.transaction;
    // The app's PlanStore.load (src/adapters/local/indexedDbPlanStore.ts): a get on 'plans' in a readonly transaction
    // of that store alone, answered through idb's success listener. Its save is readwrite; readAll below spans three stores.
    if (slowLoads.length > 0 && this.name === 'plans' && tx.mode === 'readonly' && tx.objectStoreNames.length === 1) answerLate(request, slowLoads.shift());
    return request;
  };
  window.__chaos = {
    slowNextLoad: function (ms) { slowLoads.push(ms); },
    slowLoadsWaiting: function () { return slowLoads.length; },
    readAll: readAll,
    textFields: textFields,
    saveState: saveState,
    paste: function (id, text) {
      var el = document.getElementById(id);
      el.focus();
      var n = el.value.length;
      el.setSelectionRange(n, n);
      var data = new DataTransfer();
      data.setData('text/plain', text);
      var event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      el.dispatchEvent(event);
      return { prevented: event.defaultPrevented, before: n };
    },
    itemOf: function (button) {
      var li = button.closest('li');
      if (!li) return { keys: [], values: [] };
      return {
        keys: itemKeys(li),
        values: Array.from(li.querySelectorAll('input, textarea')).map(function (e) { return e.value; }),
      };
    },
    waitForState: function (state, ms) {
      return new Promise(function (resolve) {
        if (saveState() === state) { resolve(state); return; }
        var observer = new MutationObserver(function () {
          if (saveState() === state) { observer.disconnect(); clearTimeout(timer); resolve(state); }
        });
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-save-state'], childList: true });
        var timer = setTimeout(function () { observer.disconnect(); resolve(saveState()); }, ms);
      });
    },
    hasItem: function (key) {
      return Array.from(document.querySelectorAll('li')).some(function (li) { return reactKey(li) === key; });
    },
  };
})();
`;
