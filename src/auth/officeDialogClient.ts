import type { AccountLike, PublicClientLike, TokenResultLike } from './tokenProvider';

/**
 * Sign-in without nested app authentication, the way Microsoft documents it for each host: a host-managed window
 * opens `auth-dialog.html` (src/auth/authDialog.ts), which signs in with MSAL's redirect flow and hands the token back.
 * - Word: the Office dialog API (`displayDialogAsync` / `messageParent`). A browser popup from a task pane does not
 *   work in Office on Windows or Mac.
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/develop/auth-with-office-dialog-api
 * - Teams: teams-js `authentication.authenticate()` / `notifySuccess()`, the tab authentication window.
 *   https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/auth-tab-aad
 *
 * Tokens live in this object only (memory of the page), per scope set, until five minutes before they expire.
 */

/** The slice of office.js used here. Event type values are Office.EventType's strings. */
export interface OfficeDialogApi {
  context: {
    ui: {
      displayDialogAsync(
        startAddress: string,
        options: { height: number; width: number; promptBeforeOpen?: boolean },
        callback: (result: { status: string; value: DialogLike; error?: { code: number; message: string } }) => void,
      ): void;
    };
  };
}

export interface DialogLike {
  addEventHandler(eventType: string, handler: (arg: { message?: string; error?: number }) => void): void;
  close(): void;
}

/** What auth-dialog.html sends back (JSON in `messageParent`). Never contains plan content. */
export type DialogReply =
  | { ok: true; accessToken: string; expiresOn: string | null; scopes: string[]; username: string; homeAccountId: string }
  | { ok: false; errorCode: string };

export const AUTH_DIALOG_PATH = '/auth-dialog.html';

/**
 * The login hint (the user's UPN) never goes into the sign-in window's address, where the static host's access logs
 * would keep it (issue 25, security review finding 13). The opener leaves it in this origin's localStorage under a
 * one-time random ticket for a few minutes, and the address carries only the ticket; the window takes the hint only
 * when the ticket matches, and removes it. localStorage, not sessionStorage: the window is a browsing context of its
 * own (an Office dialog, Teams' authentication window) and does not share the opener's session storage. Where the
 * browser partitions the task pane's storage from the window's (a third-party frame), the window finds no hint and
 * Entra ID asks which account: a click more, nothing leaks.
 */
export const DIALOG_HINT_KEY = 'vp.authDialog.hint';
export const DIALOG_HINT_TTL_MS = 5 * 60 * 1000;
/** The query parameter that carries the ticket (a random id, no personal data). */
export const DIALOG_TICKET_PARAM = 'ticket';
export interface DialogHint { ticket: string; loginHint: string; expiresAt: number }
export type HintStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function pageStorage(): HintStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage blocked by the browser's settings: the window then signs in without a hint.
    return null;
  }
}
const MESSAGE = 'dialogMessageReceived';
const EVENT = 'dialogEventReceived';
/** Office's code for "the user closed the dialog". */
const DIALOG_CLOSED = 12006;
const MARGIN_MS = 5 * 60 * 1000;

function authError(errorCode: string): Error {
  return Object.assign(new Error(errorCode), { errorCode });
}

interface CachedToken {
  scopes: Set<string>;
  accessToken: string;
  expiresAt: number;
  account: AccountLike;
}

/** Opens the sign-in window at `url`; resolves with its reply (JSON text), rejects with an `errorCode` error. */
export type DialogOpener = (url: string) => Promise<string>;

/** The Office dialog API as a DialogOpener. */
export function officeOpener(office: OfficeDialogApi): DialogOpener {
  return (url) => new Promise<string>((resolve, reject) => {
    office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: true }, (opened) => {
      if (opened.status !== 'succeeded') {
        reject(authError('popup_window_error'));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(MESSAGE, (arg) => {
        dialog.close();
        resolve(arg.message ?? '');
      });
      dialog.addEventHandler(EVENT, (arg) => reject(authError(arg.error === DIALOG_CLOSED ? 'user_cancelled' : 'popup_window_error')));
    });
  });
}

/** The slice of teams-js `authentication` used here. */
export interface TeamsAuthenticationLike {
  authenticate(parameters: { url: string; width?: number; height?: number }): Promise<string>;
}

/** teams-js `authentication.authenticate()` as a DialogOpener; "CancelledByUser" is teams-js' reason for a closed window. */
export function teamsOpener(authentication: TeamsAuthenticationLike): DialogOpener {
  return async (url) => {
    try {
      return await authentication.authenticate({ url, width: 600, height: 535 });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      if (reason === 'CancelledByUser') throw authError('user_cancelled');
      // notifyFailure() in the window carries our JSON reply; anything else is a window that failed to open.
      const reply = parseReply(reason);
      throw authError(reply.ok ? 'popup_window_error' : reply.errorCode === 'invalid_dialog_reply' ? 'popup_window_error' : reply.errorCode);
    }
  };
}

export class DialogTokenClient implements PublicClientLike {
  private active: AccountLike | null = null;
  private readonly tokens: CachedToken[] = [];

  constructor(
    private readonly open: DialogOpener,
    private readonly origin: string,
    private readonly host: 'office' | 'teams',
    private readonly now: () => number = () => Date.now(),
    private readonly storage: HintStorage | null = pageStorage(),
    private readonly newTicket: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  getActiveAccount(): AccountLike | null {
    return this.active;
  }

  getAllAccounts(): AccountLike[] {
    return this.active ? [this.active] : [];
  }

  setActiveAccount(account: AccountLike | null): void {
    this.active = account;
  }

  async clearCache(): Promise<void> {
    this.tokens.length = 0;
    this.active = null;
  }

  async acquireTokenSilent(request: { scopes: string[] }): Promise<TokenResultLike> {
    const wanted = request.scopes.map((s) => s.toLowerCase());
    const hit = this.tokens.find((t) => t.expiresAt - MARGIN_MS > this.now() && wanted.every((s) => t.scopes.has(s)));
    if (!hit) throw authError('interaction_required');
    return { accessToken: hit.accessToken, account: hit.account };
  }

  ssoSilent(request: { scopes: string[] }): Promise<TokenResultLike> {
    return this.acquireTokenSilent(request);
  }

  /** Opens the host's sign-in window (Office asks the user first where a popup blocker would interfere). */
  async acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<TokenResultLike> {
    const query = new URLSearchParams({ scopes: request.scopes.join(' '), host: this.host });
    const ticket = request.loginHint ? this.leaveHint(request.loginHint) : null;
    if (ticket) query.set(DIALOG_TICKET_PARAM, ticket);
    try {
      const reply = parseReply(await this.open(`${this.origin}${AUTH_DIALOG_PATH}?${query.toString()}`));
      if (!reply.ok) throw authError(reply.errorCode);
      return this.remember(reply, request.scopes);
    } finally {
      // The window removes it when it reads it; a window that never got that far must not leave the UPN behind.
      if (ticket) this.storage?.removeItem(DIALOG_HINT_KEY);
    }
  }

  /** Leaves the hint for the sign-in window (DIALOG_HINT_KEY); the ticket, or null when there is no storage. */
  private leaveHint(loginHint: string): string | null {
    if (!this.storage) return null;
    const hint: DialogHint = { ticket: this.newTicket(), loginHint, expiresAt: this.now() + DIALOG_HINT_TTL_MS };
    try {
      this.storage.setItem(DIALOG_HINT_KEY, JSON.stringify(hint));
      return hint.ticket;
    } catch {
      return null;
    }
  }

  private remember(reply: Extract<DialogReply, { ok: true }>, asked: string[]): TokenResultLike {
    const account: AccountLike = { username: reply.username, homeAccountId: reply.homeAccountId };
    const expiresAt = reply.expiresOn ? Date.parse(reply.expiresOn) : this.now() + 60 * 60 * 1000;
    const scopes = new Set([...asked, ...reply.scopes].map((s) => s.toLowerCase()));
    this.tokens.push({ scopes, accessToken: reply.accessToken, expiresAt, account });
    return { accessToken: reply.accessToken, account };
  }
}

/** Word's fallback client. */
export class OfficeDialogClient extends DialogTokenClient {
  constructor(office: OfficeDialogApi, origin: string, now?: () => number, storage?: HintStorage | null) {
    super(officeOpener(office), origin, 'office', now, storage);
  }
}

/** Teams' fallback client. */
export class TeamsDialogClient extends DialogTokenClient {
  constructor(authentication: TeamsAuthenticationLike, origin: string, now?: () => number, storage?: HintStorage | null) {
    super(teamsOpener(authentication), origin, 'teams', now, storage);
  }
}

export function parseReply(message: string | undefined): DialogReply {
  try {
    const parsed = JSON.parse(message ?? '') as Partial<DialogReply>;
    if (parsed.ok === true && typeof parsed.accessToken === 'string') return parsed as DialogReply;
    if (parsed.ok === false && typeof parsed.errorCode === 'string') return parsed as DialogReply;
  } catch {
    // fall through
  }
  return { ok: false, errorCode: 'invalid_dialog_reply' };
}

/** The global Office object when its dialog API is there (Word with office.js), else null. */
export function officeDialogApi(): OfficeDialogApi | null {
  const office = (globalThis as unknown as { Office?: Partial<OfficeDialogApi> }).Office;
  return office?.context?.ui && typeof office.context.ui.displayDialogAsync === 'function' ? (office as OfficeDialogApi) : null;
}
