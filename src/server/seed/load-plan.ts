// Writes the demo plans (src/demo/plan.ts) into a database holding the demo organisation, in one
// transaction, through the plan module's repository (so targets and tasks get their positions
// and lineages as the services give them) and the outgoing-document register (so an issued
// plan's number is the register's next one for its unit and calendar year — Nghị định 30/2020
// Art. 15, DOMAIN.md §9 — and the register holds the document). The province's plan goes first,
// so that the programmes can link to its tasks. One audit row 'demo_plan' records the load; the
// register writes its own row per number given (documents.service.ts).
import { formatViDate } from '@/domain/calendar/index.ts'
import type { DemoPlan, DemoPlanPerson, DemoPlans } from '@/demo/plan.ts'
import type { Database, Executor } from '../db/client.ts'
import { people, units } from '../db/schema.ts'
import { writeAudit, type AuditOrigin } from '../platform/audit.ts'
import { registerOutgoingDocument } from '../modules/documents/index.ts'
import {
  insertPlan,
  insertProgress,
  insertTarget,
  insertTask,
  updatePlanRow,
  type PlanRow,
  type TargetRow,
  type TaskRow,
} from '../modules/plan/index.ts'

export type LoadPlanResult = { plans: number; targets: number; tasks: number; reports: number }

const SYSTEM: AuditOrigin = { actorId: null, ip: null, requestId: null }

const resolvers = async (tx: Executor) => {
  const unitRows = await tx.select({ id: units.id, code: units.code, name: units.name }).from(units)
  const byCode = new Map(unitRows.map((u) => [u.code, u]))
  const personRows = await tx
    .select({ id: people.id, email: people.email, fullName: people.fullName, unitId: people.unitId })
    .from(people)
  const byEmail = new Map(personRows.filter((p) => p.email !== null).map((p) => [p.email!, p.id]))
  const byName = new Map(personRows.map((p) => [`${p.unitId}|${p.fullName}`, p.id]))
  const unit = (code: string) => {
    const found = byCode.get(code)
    if (!found) throw new Error(`Đơn vị ${code} chưa có trong cơ sở dữ liệu: hãy nạp tổ chức mẫu trước`)
    return found
  }
  const personId = (p: DemoPlanPerson | null): number | null => {
    if (p === null) return null
    const id =
      (p.email !== null ? byEmail.get(p.email) : undefined) ?? byName.get(`${unit(p.unitCode).id}|${p.fullName}`)
    if (id === undefined) throw new Error(`Không tìm thấy cán bộ ${p.fullName} (${p.unitCode}) trong cơ sở dữ liệu`)
    return id
  }
  return { unitId: (code: string) => unit(code).id, unitName: (code: string) => unit(code).name, personId }
}

type Resolvers = Awaited<ReturnType<typeof resolvers>>

const loadOne = async (
  tx: Executor,
  r: Resolvers,
  plan: DemoPlan,
  year: number,
  superior: { row: PlanRow; tasks: TaskRow[]; line: string } | null,
  counts: LoadPlanResult,
): Promise<{ row: PlanRow; tasks: TaskRow[] }> => {
  const unitId = r.unitId(plan.unitCode)
  const inserted = await insertPlan(tx, {
    unitId,
    year,
    kind: plan.kind,
    title: plan.title,
    status: 'draft',
    superiorPlanId: superior?.row.id ?? null,
    implementsDocuments: superior ? `${superior.line}\n${plan.implementsDocuments}` : plan.implementsDocuments,
    purpose: plan.purpose,
    organisation: plan.organisation,
    approver: plan.approver,
    signerPrefix: plan.signerPrefix,
    signerTitle: plan.signerTitle,
    signerName: plan.signerName,
    recipients: plan.recipients,
  })
  const targets: TargetRow[] = []
  for (const t of plan.targets) {
    targets.push(
      await insertTarget(tx, {
        planId: inserted.id,
        indicatorCode: t.indicatorCode,
        comparison: t.comparison,
        value: t.value,
        scopeUnitId: r.unitId(t.scopeUnitCode),
        name: t.name,
        unitOfMeasure: t.unitOfMeasure,
        reportedValue: t.reportedValue,
        reportedEvidence: t.reportedEvidence,
        lineageId: null,
      }),
    )
  }
  const tasks: TaskRow[] = []
  for (const t of plan.tasks) {
    const row = await insertTask(tx, {
      planId: inserted.id,
      lineageId: null,
      title: t.title,
      workStream: t.workStream,
      leadUnitId: r.unitId(t.leadUnitCode),
      supportingUnitIds: t.supportingUnitCodes.map(r.unitId),
      responsiblePersonId: r.personId(t.responsible),
      assigneeId: r.personId(t.assignee),
      deadline: t.deadline,
      recurrence: t.recurrence,
      dueDay: t.dueDay,
      product: t.product,
      targetLineageIds: t.targets.map((i) => targets[i]!.lineageId!),
      superiorTaskId: t.superiorTask === null ? null : superior!.tasks[t.superiorTask]!.id,
    })
    tasks.push(row)
    for (const p of t.progress) {
      await insertProgress(tx, {
        taskLineageId: row.lineageId!,
        occurrenceDue: p.occurrenceDue,
        reportedOn: p.reportedOn,
        note: p.note,
        percent: p.percent,
        completedOn: p.completedOn,
        paused: p.paused,
        pausedDocument: p.pausedDocument,
        appraisal: p.appraisal,
        appraisalNote: p.appraisalNote,
        appraisedBy: r.personId(p.appraisedBy),
        reportedBy: r.personId(p.reportedBy)!,
      })
      counts.reports++
    }
  }
  counts.plans++
  counts.targets += targets.length
  counts.tasks += tasks.length
  if (plan.status === 'submitted') return { row: await updatePlanRow(tx, inserted.id, { status: 'submitted' }), tasks }

  // Issued: the number is the register's next for the unit and calendar year.
  const registered = await registerOutgoingDocument(tx, SYSTEM, {
    unitId,
    type: 'ke_hoach',
    agencyCode: 'VKS',
    summary: plan.title,
    issuedOn: plan.issuedOn!,
    signer: plan.signerName,
    source: { kind: 'plan', id: inserted.id },
  })
  const row = await updatePlanRow(tx, inserted.id, {
    status: 'issued',
    issuedOn: plan.issuedOn,
    documentNumber: registered.number,
    documentCode: registered.code,
  })
  return { row, tasks }
}

const pad = (n: number) => String(n).padStart(2, '0')

export const loadDemoPlans = async (db: Database, demo: DemoPlans): Promise<LoadPlanResult> =>
  db.transaction(async (tx) => {
    const r = await resolvers(tx)
    const counts: LoadPlanResult = { plans: 0, targets: 0, tasks: 0, reports: 0 }
    const province = await loadOne(tx, r, demo.province, demo.year, null, counts)
    const { row } = province
    // The programmes name the province's plan they implement by its number and date (DOMAIN.md §9).
    const line = `Kế hoạch số ${pad(row.documentNumber!)}/${row.documentCode} ngày ${formatViDate(row.issuedOn!)} của ${r.unitName(demo.province.unitCode)}`
    for (const programme of demo.programmes) await loadOne(tx, r, programme, demo.year, { ...province, line }, counts)
    await writeAudit(tx, SYSTEM, {
      action: 'create',
      entity: 'demo_plan',
      entityId: row.id,
      unitId: row.unitId,
      after: { ...counts, year: demo.year },
    })
    return counts
  })
