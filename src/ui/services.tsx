import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { DEFAULT_ORGANISATION } from '../domain/organisation';
import type { Locale, OrganisationSettings } from '../domain';
import type {
  Calendar, CaseAccess, CaseloadSource, Clock, DocumentReader, DocumentWriter, DraftStore, EditorPresence, People, PlanExports, PlanPlace, PlanStore, ReflectionStore,
  Sharing, SignOutStep, StorageHealth,
} from '../app/ports';

/**
 * What a host hands to the UI: one implementation per port. The UI never imports adapters;
 * `null` means the capability is not available in this mode (e.g. no calendar in local mode).
 */
export interface AppServices {
  mode: 'local' | 'tenant';
  store: PlanStore;
  drafts: DraftStore;
  /** Which editors are open on this device; lets two tabs on one plan know about each other. */
  presence: EditorPresence;
  /** The device store's durability and interruptions; shown in local mode, where it holds the only copy. */
  storageHealth: StorageHealth | null;
  clock: Clock;
  /** Lazy: the docx/ics code loads only when the user exports. */
  loadExports: () => Promise<PlanExports>;
  calendar: Calendar | null;
  sharing: Sharing | null;
  people: People | null;
  document: { writer: DocumentWriter; reader: DocumentReader } | null;
  /** The professional's private reflections on this device (per account); absent where nothing may be kept. */
  reflections?: ReflectionStore;
  /**
   * Interactive sign-in, started by a click: browsers block a sign-in popup that no user gesture opened.
   * Absent in local mode.
   */
  signIn?: () => Promise<void>;
  /**
   * Tenant mode: forget this account's sign-in, drafts and reflections on this device, then reload (never rejects).
   * In Teams and Word the host's sign-in decides who the user is, so there it only clears this device's data.
   */
  signOut?: () => Promise<void>;
  /**
   * The professional's caseload (every plan of every case they are on), loaded on first use; null or absent where
   * this mode has none yet.
   */
  caseload?: (() => Promise<CaseloadSource>) | null;
  /**
   * Tenant mode in a private case channel: who can open the case, to compare with the plan's professionals (section 1).
   * Absent elsewhere.
   */
  caseAccess?: CaseAccess | null;
  /**
   * Tenant mode: the store of the library a plan lives in, found by its ids (a Word document's link, a caseload
   * row). SharePoint refuses it to anyone not on the plan's case (CASE.NO_ACCESS).
   */
  storeAt?: (place: Pick<PlanPlace, 'driveId'>) => PlanStore;
  /** 'host': Teams or Word hold the session (the action is "clear data on this device"); 'app': the plain web page. */
  signOutKind?: 'host' | 'app';
  /** What the last sign-out in this tab could not do; said once on the first screen after its reload. */
  signOutFailed?: readonly SignOutStep[];
  /** The organisation's words (the authority's regional name, `VP_AUTHORITY_NAME`); the defaults when absent. */
  organisation?: OrganisationSettings;
}

const ServicesContext = createContext<AppServices | null>(null);
const LocaleContext = createContext<Locale>('nl');

export function ServicesProvider({ services, locale, children }: { services: AppServices; locale: Locale; children: ReactNode }) {
  return (
    <ServicesContext.Provider value={services}>
      <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
    </ServicesContext.Provider>
  );
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The organisation's settings, for the template's texts and the quality check's messages. */
export function useOrganisation(): OrganisationSettings {
  return useContext(ServicesContext)?.organisation ?? DEFAULT_ORGANISATION;
}
