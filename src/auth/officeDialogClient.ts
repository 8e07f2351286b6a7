import type { AccountLike, PublicClientLike, TokenResultLike } from './tokenProvider';

/**
 * Sign-in for Word without nested app authentication, the way Microsoft documents for Office Add-ins: the Office
 * dialog API opens `auth-dialog.html` (src/auth/authDialog.ts), which signs in with MSAL's redirect flow and hands
 * the token back with `messageParent`. A browser popup from the task pane does not work in Office on Windows or Mac.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/auth-with-office-dialog-api
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 *
 * Tokens live in this object only (memory of the task pane), per scope set, until five minutes before they expire.
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

export class OfficeDialogClient implements PublicClientLike {
  private active: AccountLike | null = null;
  private readonly tokens: CachedToken[] = [];

  constructor(
    private readonly office: OfficeDialogApi,
    private readonly origin: string,
    private readonly now: () => number = () => Date.now(),
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

  async acquireTokenSilent(request: { scopes: string[] }): Promise<TokenResultLike> {
    const wanted = request.scopes.map((s) => s.toLowerCase());
    const hit = this.tokens.find((t) => t.expiresAt - MARGIN_MS > this.now() && wanted.every((s) => t.scopes.has(s)));
    if (!hit) throw authError('interaction_required');
    return { accessToken: hit.accessToken, account: hit.account };
  }

  ssoSilent(request: { scopes: string[] }): Promise<TokenResultLike> {
    return this.acquireTokenSilent(request);
  }

  /** Opens the Office dialog (Office asks the user first where a popup blocker would interfere). */
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<TokenResultLike> {
    const query = new URLSearchParams({ scopes: request.scopes.join(' ') });
    if (request.loginHint) query.set('loginHint', request.loginHint);
    const url = `${this.origin}${AUTH_DIALOG_PATH}?${query.toString()}`;
    return new Promise<TokenResultLike>((resolve, reject) => {
      this.office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: true }, (opened) => {
        if (opened.status !== 'succeeded') {
          reject(authError('popup_window_error'));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(MESSAGE, (arg) => {
          dialog.close();
          const reply = parseReply(arg.message);
          if (!reply.ok) {
            reject(authError(reply.errorCode));
            return;
          }
          resolve(this.remember(reply, request.scopes));
        });
        dialog.addEventHandler(EVENT, (arg) => reject(authError(arg.error === DIALOG_CLOSED ? 'user_cancelled' : 'popup_window_error')));
      });
    });
  }

  private remember(reply: Extract<DialogReply, { ok: true }>, asked: string[]): TokenResultLike {
    const account: AccountLike = { username: reply.username, homeAccountId: reply.homeAccountId };
    const expiresAt = reply.expiresOn ? Date.parse(reply.expiresOn) : this.now() + 60 * 60 * 1000;
    const scopes = new Set([...asked, ...reply.scopes].map((s) => s.toLowerCase()));
    this.tokens.push({ scopes, accessToken: reply.accessToken, expiresAt, account });
    return { accessToken: reply.accessToken, account };
  }
}

function parseReply(message: string | undefined): DialogReply {
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
