// Rows of the register as the API shows them (src/shared/api/register.ts).
import type { z } from 'zod'
import type { Deadline as DeadlineSchema, MatterDetail, MatterSummary } from '@/shared/api/register.ts'
import { EVENT_TYPES, isEventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { offerableEventTypes } from '@/domain/register/offerable.ts'
import { deadlineStatus, findRule } from '@/domain/deadlines/index.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import { describeChargeShort } from './charges.ts'
import { toIsoInstant } from '../../platform/time.ts'
import {
  factsOf,
  type DeadlineRow,
  type EventRow,
  type LoadedMatter,
  type MatterRow,
  type SubjectRow,
} from './register.repository.ts'

type Deadline = z.infer<typeof DeadlineSchema>
export type Names = Map<number, string>

export const toSummary = (matter: MatterRow, tree: UnitTree, names: Names, subjectNames: string[]): MatterSummary => ({
  id: matter.id,
  kind: matter.kind as MatterKind,
  unitId: matter.unitId,
  unitName: tree.byId.get(matter.unitId)?.name ?? '',
  number: matter.number,
  title: matter.title,
  receivedOn: matter.receivedOn,
  stage: matter.stage,
  stageLabel: matter.stageLabel,
  category: matter.category,
  closed: matter.closed,
  prosecutorId: matter.prosecutorId,
  prosecutorName: matter.prosecutorId === null ? null : (names.get(matter.prosecutorId) ?? null),
  subjectNames,
  nextDueDate: matter.nextDueDate,
  updatedAt: toIsoInstant(matter.updatedAt)!,
})

export const toDeadline = (
  row: DeadlineRow,
  context: { matter: MatterRow; tree: UnitTree; names: Names; subjectName: string | null; today: string },
): Deadline => ({
  id: row.id,
  matterId: row.matterId,
  matterNumber: context.matter.number,
  matterTitle: context.matter.title,
  matterKind: context.matter.kind as MatterKind,
  unitId: row.unitId,
  unitName: context.tree.byId.get(row.unitId)?.name ?? '',
  subjectId: row.subjectId,
  subjectName: context.subjectName,
  ruleCode: row.ruleCode,
  ruleName: findRule(row.ruleCode, row.startDate)?.name ?? row.ruleCode,
  startDate: row.startDate,
  dueDate: row.dueDate,
  alternativeDueDate: row.alternativeDueDate,
  dueTime: row.dueTime,
  movedBecauseOfDayOff: row.movedBecauseOfDayOff,
  dayOffReasons: (row.dayOffReasons ?? []) as string[],
  basis: row.basis,
  latestExtensionRequestDate: row.latestExtensionRequestDate,
  extensionsRemaining: row.extensionsRemaining,
  status: row.status as Deadline['status'],
  urgency: row.status === 'open' && row.dueDate ? deadlineStatus(row.dueDate, context.today) : null,
  closedOn: row.closedOn,
  prosecutorName: row.responsibleId === null ? null : (context.names.get(row.responsibleId) ?? null),
})

const toSubject = (row: SubjectRow) => ({
  id: row.id,
  fullName: row.fullName,
  birthYear: row.birthYear,
  gender: (row.gender as 'nam' | 'nu' | null) ?? null,
  charge:
    row.chargeArticle === null
      ? null
      : describeChargeShort({ article: row.chargeArticle, clause: row.chargeClause ?? 1, point: row.chargePoint }),
  category: row.category,
  measure: (row.measure as 'none' | 'custody' | 'detention') ?? 'none',
})

const toEvent = (row: EventRow, names: Names) => ({
  id: row.id,
  type: row.type,
  typeLabel: isEventType(row.type) ? EVENT_TYPES[row.type].label : row.type,
  occurredOn: row.occurredOn,
  occurredAt: row.occurredAt,
  subjectId: row.subjectId,
  documentNumber: row.documentNumber,
  issuingBody: row.issuingBody,
  data: (row.data ?? {}) as Record<string, unknown>,
  recordedBy: row.recordedBy === null ? null : (names.get(row.recordedBy) ?? null),
  recordedAt: toIsoInstant(row.recordedAt)!,
  voided: row.voidedAt !== null,
  voidedAt: toIsoInstant(row.voidedAt),
  voidedBy: row.voidedBy === null ? null : (names.get(row.voidedBy) ?? null),
  voidReason: row.voidReason,
})

export const toDetail = (loaded: LoadedMatter, tree: UnitTree, names: Names, today: string): MatterDetail => {
  const subjectNames = new Map(loaded.subjects.map((s) => [s.id, s.fullName]))
  return {
    ...toSummary(
      loaded.matter,
      tree,
      names,
      loaded.subjects.map((s) => s.fullName),
    ),
    subjects: loaded.subjects.map(toSubject),
    events: loaded.events.map((e) => toEvent(e, names)),
    deadlines: loaded.deadlines.map((d) =>
      toDeadline(d, {
        matter: loaded.matter,
        tree,
        names,
        subjectName: d.subjectId === null ? null : (subjectNames.get(d.subjectId) ?? null),
        today,
      }),
    ),
    offerableEventTypes: offerableEventTypes(factsOf(loaded), today),
  }
}
