import type { DriveItem } from '@microsoft/microsoft-graph-types';
import type { CaseloadProfessional, CaseloadRow, CaseloadSource, CaseloadViewer, PlanSummary, TeamPlanFacts } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { HELD_ROLES } from '../../domain/caseload';
import type { PlanRoleHolders } from '../../domain/caseload';
import type { PlanVariant } from '../../domain';
import type { GraphContext } from './client';
import { itemPath, succeeded } from './drive';
import type { BatchStep } from './drive';
import { SUMMARY_COLUMNS, summaryFromListItem } from './drive.mappers';
import { graphCall } from './errors';
import { batched, channelDrives, joinedTeams, privateChannels } from './teams';
import type { CaseChannel } from './teams';

/** Plans per page of a case's list (Graph pages children at up to 200). */
const PAGE = 200;
/**
 * The library column with what the caseload's search and filters need beyond the plan list's (children's first
 * names, the professionals, the roles, the variant), as JSON written by every save (drive.mappers.ts,
 * caseloadFactsOf). A row without it (saved by an older version) gets empty facts until its next save.
 */
export const CASELOAD_COLUMN = 'VpCaseload';
const EXPAND = `listItem($select=id,eTag,lastModifiedDateTime;$expand=fields($select=${SUMMARY_COLUMNS.join(',')}))`;

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

interface CaseFacts {
  childFirstNames: string[];
  variant: PlanVariant;
  professionals: CaseloadProfessional[];
  roleHolders: PlanRoleHolders;
  revisionOf: string | null;
}

const NO_ROLES = Object.fromEntries(HELD_ROLES.map((r) => [r, null])) as PlanRoleHolders;

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The VpCaseload column's JSON, or the empty facts when the column is missing or unreadable. */
export function caseFactsOf(fields: Record<string, unknown> | undefined): CaseFacts {
  const empty: CaseFacts = { childFirstNames: [], variant: 'standard', professionals: [], roleHolders: NO_ROLES, revisionOf: null };
  const raw = fields?.[CASELOAD_COLUMN];
  if (typeof raw !== 'string') return empty;
  try {
    const parsed = JSON.parse(raw) as Partial<Record<keyof CaseFacts, unknown>>;
    const professionals = Array.isArray(parsed.professionals)
      ? parsed.professionals.flatMap((p: unknown) => {
        const o = p as Record<string, unknown>;
        return typeof o?.id === 'string' ? [{ id: o.id, name: String(o.name ?? ''), email: String(o.email ?? '') }] : [];
      })
      : [];
    const roles = (parsed.roleHolders ?? {}) as Record<string, unknown>;
    return {
      childFirstNames: stringsOf(parsed.childFirstNames),
      variant: parsed.variant === 'crisis' ? 'crisis' : 'standard',
      professionals,
      roleHolders: Object.fromEntries(HELD_ROLES.map((r) => [r, typeof roles[r] === 'string' ? roles[r] : null])) as PlanRoleHolders,
      revisionOf: typeof parsed.revisionOf === 'string' ? parsed.revisionOf : null,
    };
  } catch {
    return empty;
  }
}

export interface GraphCaseloadOptions {
  libraryFolder: string;
  /** The signed-in user's addresses come from GET /me (User.Read). */
  me: () => Promise<{ mail?: string | null; userPrincipalName?: string | null }>;
  /** Whether the signed-in user leads a team (the Teams context's team role); the overview then counts their cases. */
  teamLead: boolean;
}

/**
 * The caseload in tenant mode: every plan in every private case channel the signed-in professional is a member of.
 * SharePoint and Teams decide what is listed: a private channel is only listed to its members, and its site only
 * opens for them, so the list never holds a plan of a case the professional is not on.
 *
 * Requests: /me/joinedTeams, one batch per 20 teams (their private channels), one batch per 20 channels (their
 * libraries; only the first time a channel is seen in this session), one batch per 20 libraries (the plans, with
 * the list columns), and one request per further page of a case with more than 200 plans. `npm run bench` prints
 * the count (graph.requests.caseload.<C>x<N>). Plans whose list columns are missing are not listed here (the
 * case's own plan list reads their plan.json): docs/tenant.md, "Library columns".
 */
export class GraphCaseloadSource implements CaseloadSource {
  /** Channel id -> its library's drive id: a channel site keeps its library, so later lists skip that round. */
  private readonly drives = new Map<string, string>();

  constructor(private readonly ctx: GraphContext, private readonly options: GraphCaseloadOptions) {}

  async viewer(): Promise<CaseloadViewer> {
    const me = await this.options.me();
    const addresses = [...new Set([me.mail, me.userPrincipalName].filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase()))];
    return { addresses, teamLead: this.options.teamLead };
  }

  async listCaseload(): Promise<CaseloadRow[]> {
    return graphCall(this.ctx, consentFor(['cases', 'storage']), async () => {
      const channels = await privateChannels(this.ctx, await joinedTeams(this.ctx));
      const unknown = channels.filter((c) => !this.drives.has(c.channelId));
      const found = await channelDrives(this.ctx, unknown);
      unknown.forEach((c, i) => {
        const drive = found[i]!;
        if (drive.kind === 'ready') this.drives.set(c.channelId, drive.driveId);
      });
      const ready = channels.flatMap((c) => {
        const driveId = this.drives.get(c.channelId);
        return driveId ? [{ channel: c, driveId }] : [];
      });
      return this.listPlans(ready);
    });
  }

  /**
   * Private case channels keep each case's plans out of sight of everyone not on it, team owners included: the
   * overview can only count the cases the lead is on (docs/tenant.md, "Who can see what").
   */
  async listTeamPlans(): Promise<TeamPlanFacts[]> {
    if (!this.options.teamLead) return [];
    return (await this.listCaseload()).map((r) => ({
      caseId: r.caseId, planId: r.id, status: r.status, validUntil: r.validUntil, evaluationDate: r.evaluationDate, hasEvaluationDecision: r.hasEvaluationDecision,
    }));
  }

  private async listPlans(cases: ReadonlyArray<{ channel: CaseChannel; driveId: string }>): Promise<CaseloadRow[]> {
    const steps: BatchStep[] = cases.map((c, i) => ({
      id: String(i), method: 'GET',
      url: `${itemPath(`/drives/${encodeURIComponent(c.driveId)}`, [this.options.libraryFolder])}:/children?$select=id,name,folder,sharepointIds&$expand=${EXPAND}&$top=${PAGE}`,
    }));
    const results = await batched(this.ctx, steps);
    const rows: CaseloadRow[] = [];
    for (const [i, c] of cases.entries()) {
      const result = results.get(String(i));
      // A case without a plans folder yet has no plans; a refused one is not the professional's case (any more).
      if (!succeeded(result)) continue;
      let page = result!.body as Page<DriveItem>;
      rows.push(...this.rowsOf(c.channel, c.driveId, page.value));
      while (page['@odata.nextLink']) {
        page = (await this.ctx.client.api(page['@odata.nextLink']).get()) as Page<DriveItem>;
        rows.push(...this.rowsOf(c.channel, c.driveId, page.value));
      }
    }
    return rows;
  }

  private rowsOf(channel: CaseChannel, driveId: string, items: readonly DriveItem[]): CaseloadRow[] {
    return items.flatMap((item) => {
      if (!item.folder || !item.name) return [];
      const summary: PlanSummary | null = summaryFromListItem(item.name, item.listItem);
      if (!summary) return [];
      const facts = caseFactsOf(item.listItem?.fields as Record<string, unknown> | undefined);
      return [{
        ...summary, ...facts, caseId: channel.channelId, caseLabel: channel.displayName,
        href: `#/plan/${encodeURIComponent(summary.id)}?drive=${encodeURIComponent(driveId)}`,
      }];
    });
  }
}
