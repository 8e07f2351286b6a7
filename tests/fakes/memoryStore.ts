import { ConflictError, NotFoundError, parsePlan, serializePlan } from '../../src/domain';
import type { Plan } from '../../src/domain';
import type { Clock, PlanStore, PlanSummary, PlanVersionInfo, StoredPlan } from '../../src/app/ports';

/** An in-memory PlanStore for component tests (drafts use the real IndexedDB store: tests/fakes/deviceServices.ts); behaves like the real ones on revisions and conflicts. */
export class MemoryStore implements PlanStore {
  private plans = new Map<string, { json: string; revision: number; savedAt: string }>();
  private versions = new Map<string, Array<PlanVersionInfo & { json: string }>>();
  saves = 0;

  constructor(private readonly clock: Clock = { now: () => new Date('2026-11-24T10:00:00Z') }) {}

  async list(): Promise<PlanSummary[]> {
    return [...this.plans.entries()].map(([id, rec]) => {
      const plan = this.parse(rec.json);
      return {
        id, familyName: plan.familyName, status: plan.status, version: plan.version, validFrom: plan.validFrom, validUntil: plan.validUntil,
        evaluationDate: plan.evaluationDate, hasEvaluationDecision: plan.evaluations.some((e) => e.decision !== null),
        revisionOf: plan.revisionOf, revision: String(rec.revision), savedAt: rec.savedAt,
      };
    });
  }

  async load(id: string): Promise<StoredPlan> {
    const rec = this.plans.get(id);
    if (!rec) throw new NotFoundError();
    return { plan: this.parse(rec.json), revision: String(rec.revision), savedAt: rec.savedAt };
  }

  async save(plan: Plan, expectedRevision: string | null): Promise<StoredPlan> {
    const current = this.plans.get(plan.id);
    const currentRevision = current ? String(current.revision) : null;
    if (currentRevision !== expectedRevision) throw new ConflictError(currentRevision);
    const revision = (current?.revision ?? 0) + 1;
    const savedAt = this.clock.now().toISOString();
    this.plans.set(plan.id, { json: serializePlan(plan), revision, savedAt });
    this.saves += 1;
    return { plan, revision: String(revision), savedAt };
  }

  async delete(id: string): Promise<void> {
    this.plans.delete(id);
    this.versions.delete(id);
  }

  async listVersions(id: string): Promise<PlanVersionInfo[]> {
    return [...(this.versions.get(id) ?? [])].reverse().map(({ json: _json, ...info }) => info);
  }

  async loadVersion(id: string, versionId: string): Promise<Plan> {
    const v = (this.versions.get(id) ?? []).find((x) => x.versionId === versionId);
    if (!v) throw new NotFoundError('version');
    return this.parse(v.json);
  }

  async freezeVersion(plan: Plan, label: string): Promise<PlanVersionInfo> {
    const list = this.versions.get(plan.id) ?? [];
    const info = { versionId: `v${list.length + 1}`, savedAt: this.clock.now().toISOString(), label, planVersion: plan.version };
    this.versions.set(plan.id, [...list, { ...info, json: serializePlan(plan) }]);
    return info;
  }

  /** Simulates another tab or colleague saving the plan. */
  async saveAsSomeoneElse(plan: Plan): Promise<void> {
    const rec = this.plans.get(plan.id);
    await this.save(plan, rec ? String(rec.revision) : null);
  }

  private parse(json: string): Plan {
    const result = parsePlan(JSON.parse(json));
    if (!result.ok) throw new Error('stored plan invalid');
    return result.plan;
  }
}
