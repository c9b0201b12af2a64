// The plan as an official document (issue 13 item 8; DOMAIN.md §8.2 outline, §9 layout): the
// KẾ HOẠCH in the usual order — I. Mục đích, yêu cầu; II. Chỉ tiêu; III. Nhiệm vụ trọng tâm và
// giải pháp; IV. Tổ chức thực hiện — with its Phụ lục table "STT | Nhiệm vụ | Đơn vị chủ trì |
// Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm" on landscape pages. Pure: the plan's view in,
// the document model out; the platform's renderer lays it out in the Nghị định 30 format.
import { formatViDate } from '@/domain/calendar/index.ts'
import { PLAN_KIND_LABELS } from '@/domain/plan/index.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import type { PlanDetail } from '@/shared/api/plan.ts'
import type { Annex, DocumentBlock, OfficialDocument, TableColumn } from '../../platform/documents/index.ts'

const ANNEX_COLUMNS: TableColumn[] = [
  { title: 'STT', width: 5, align: 'center' },
  { title: 'Nhiệm vụ', width: 35 },
  { title: 'Đơn vị chủ trì', width: 15 },
  { title: 'Đơn vị phối hợp', width: 15 },
  { title: 'Thời gian hoàn thành', width: 12, align: 'center' },
  { title: 'Sản phẩm', width: 18 },
]

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

/** "Cần Thơ" of "Viện kiểm sát nhân dân thành phố Cần Thơ": the place a provincial unit's documents are dated at. */
export const placeOf = (tree: UnitTree, unitId: number): string => {
  let current = tree.byId.get(unitId)
  while (current && current.level !== 'provincial' && current.parentId !== null)
    current = tree.byId.get(current.parentId)
  const name = current?.name ?? ''
  const match = /(?:tỉnh|thành phố)\s+(.+)$/i.exec(name)
  return match ? match[1]! : name.replace(/^Viện kiểm sát nhân dân\s*/i, '') || 'Hà Nội'
}

/** The agency header: the line-management body above the issuing unit (DOMAIN.md §9, observed practice). */
export const agencyOf = (tree: UnitTree, unitId: number): OfficialDocument['agency'] => {
  const unit = tree.byId.get(unitId)
  const parent = unit?.parentId ? tree.byId.get(unit.parentId) : undefined
  return { ...(parent ? { parent: parent.name.toUpperCase() } : {}), issuer: (unit?.name ?? '').toUpperCase() }
}

const numbered = (items: readonly string[]): DocumentBlock[] =>
  items.map((text, i) => ({ kind: 'item', label: `${i + 1}.`, text }))

export const planDocument = (plan: PlanDetail, tree: UnitTree, today: string): OfficialDocument => {
  const date = plan.issuedOn ?? today
  const number = {
    value: plan.numberAndCode ? Number(plan.numberAndCode.split('/')[0]) : null,
    code: plan.documentCode,
  }
  const issuerName = plan.unitName
  const numberText = plan.numberAndCode ?? `…/${plan.documentCode}`
  const body: DocumentBlock[] = [
    ...lines(plan.implementsDocuments).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    ...(plan.amendmentReason
      ? [
          {
            kind: 'paragraph' as const,
            text: `Điều chỉnh kế hoạch theo ${plan.amendmentDocument ?? ''}${plan.amendmentDocumentDate ? ` ngày ${formatViDate(plan.amendmentDocumentDate)}` : ''}: ${plan.amendmentReason}`,
          },
        ]
      : []),
    { kind: 'heading', level: 1, text: 'I. Mục đích, yêu cầu' },
    ...lines(plan.purpose).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', level: 1, text: 'II. Chỉ tiêu' },
    ...numbered(
      plan.targets.map(
        (t) => `${t.name}: ${t.requirement}${t.scopeUnitId !== plan.unitId ? ` (${t.scopeUnitName})` : ''}.`,
      ),
    ),
    { kind: 'heading', level: 1, text: 'III. Nhiệm vụ trọng tâm và giải pháp' },
    ...numbered(plan.tasks.map((t) => `${t.title}.`)),
    { kind: 'heading', level: 1, text: 'IV. Tổ chức thực hiện' },
    ...lines(plan.organisation).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    {
      kind: 'paragraph',
      text: 'Đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ theo Phụ lục kèm theo Kế hoạch này.',
    },
  ]
  const annex: Annex = {
    title: 'Phụ lục',
    subtitle: 'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ TRỌNG TÂM',
    note: `(Kèm theo Kế hoạch số ${numberText} ngày ${formatViDate(date)} của ${issuerName})`,
    orientation: 'landscape',
    blocks: [
      {
        kind: 'table',
        columns: ANNEX_COLUMNS,
        rows: plan.tasks.map((t) => [
          String(t.position),
          t.title,
          t.leadUnitName,
          t.supportingUnitNames.join('; '),
          t.deadlineText,
          t.product,
        ]),
      },
    ],
  }
  return {
    agency: agencyOf(tree, plan.unitId),
    number,
    place: placeOf(tree, plan.unitId),
    date,
    type: 'KẾ HOẠCH',
    summary: [plan.title],
    body,
    signature: {
      ...(plan.signerPrefix ? { authority: plan.signerPrefix } : {}),
      title: plan.signerTitle,
      name: plan.signerName,
    },
    recipients: lines(plan.recipients),
    archive: 'VT, VP',
    annexes: [annex],
    title: `${PLAN_KIND_LABELS[plan.kind]} ${plan.year}: ${plan.title}`,
  }
}
