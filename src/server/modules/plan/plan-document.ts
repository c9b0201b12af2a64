// The plan as an official document (issue 13 item 8; DOMAIN.md §8.2 outline, §9 layout): the
// KẾ HOẠCH in the usual order — I. Mục đích, yêu cầu; II. Chỉ tiêu; III. Nhiệm vụ trọng tâm và
// giải pháp; IV. Tổ chức thực hiện — with its Phụ lục table "STT | Nhiệm vụ | Đơn vị chủ trì |
// Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm" on landscape pages. Pure: the plan's view in,
// the document model out; the platform's renderer lays it out in the Nghị định 30 format.
import { formatViDate } from '@/domain/calendar/index.ts'
import { PLAN_KIND_LABELS } from '@/domain/plan/index.ts'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import type { PlanDetail, PlanReview } from '@/shared/api/plan.ts'
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

const REVIEW_COLUMNS: TableColumn[] = [
  { title: 'STT', width: 5, align: 'center' },
  { title: 'Chỉ tiêu', width: 30 },
  { title: 'Yêu cầu', width: 13 },
  { title: 'Kết quả', width: 12, align: 'center' },
  { title: 'Cùng kỳ năm trước', width: 12, align: 'center' },
  { title: 'So sánh', width: 14 },
  { title: 'Đánh giá', width: 14 },
]

const TASK_COLUMNS: TableColumn[] = [
  { title: 'STT', width: 6, align: 'center' },
  { title: 'Nhiệm vụ', width: 50 },
  { title: 'Đơn vị chủ trì', width: 22 },
  { title: 'Kết quả thực hiện', width: 22 },
]

/**
 * The BÁO CÁO sơ kết / tổng kết thực hiện kế hoạch (issue 13 items 6 and 8): the figures against
 * the targets and last year, the tasks in the Government's totals (QĐ 42/2014/QĐ-TTg) overall and
 * per lead unit, the tables as landscape annexes. Unnumbered: the register gives its number when
 * it is issued, as every document's.
 */
export const reviewDocument = (
  plan: PlanDetail,
  review: PlanReview,
  stateLabel: (state: PlanReview['tasks'][number]['state']) => string,
  tree: UnitTree,
  today: string,
): OfficialDocument => {
  const kind = review.period === 'six_months' ? 'Sơ kết 6 tháng' : 'Tổng kết'
  const planRef = `Kế hoạch số ${plan.numberAndCode ?? `…/${plan.documentCode}`}${plan.issuedOn ? ` ngày ${formatViDate(plan.issuedOn)}` : ''}`
  return {
    agency: agencyOf(tree, plan.unitId),
    number: { value: null, code: `BC-${plan.documentCode.replace(/^KH-/, '')}` },
    place: placeOf(tree, plan.unitId),
    date: today,
    type: 'BÁO CÁO',
    summary: [`${kind} thực hiện ${planRef} về ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`],
    body: [
      {
        kind: 'paragraph',
        text: `Số liệu tính từ ngày ${formatViDate(review.from)} đến ngày ${formatViDate(review.asOf)}${review.frozen ? `, chốt ngày ${formatViDate(review.frozen.at.slice(0, 10))}` : ''}.`,
      },
      { kind: 'heading', level: 1, text: 'I. Kết quả thực hiện các chỉ tiêu' },
      ...review.targets.map(
        (t, i): DocumentBlock => ({
          kind: 'item',
          label: `${i + 1}.`,
          text: `${t.name}: ${t.actualText}${t.changeText ? `, ${t.changeText}` : ''}; yêu cầu ${t.requirement.charAt(0).toLowerCase()}${t.requirement.slice(1)} — ${t.verdict}.`,
        }),
      ),
      { kind: 'heading', level: 1, text: 'II. Kết quả thực hiện nhiệm vụ trọng tâm' },
      { kind: 'paragraph', text: `Tổng số: ${review.totalsLine}.` },
      ...review.byLeadUnit.map(
        (u): DocumentBlock => ({ kind: 'item', label: '-', text: `${u.unitName}: ${u.totalsLine}.` }),
      ),
      { kind: 'heading', level: 1, text: 'III. Đánh giá chung, hạn chế và nguyên nhân' },
      { kind: 'paragraph', text: '(Đơn vị bổ sung nhận xét, hạn chế, nguyên nhân và bài học kinh nghiệm.)' },
      { kind: 'heading', level: 1, text: 'IV. Phương hướng, nhiệm vụ thời gian tới' },
      { kind: 'paragraph', text: '(Đơn vị bổ sung phương hướng, giải pháp cho thời gian tiếp theo.)' },
    ],
    signature: {
      ...(plan.signerPrefix ? { authority: plan.signerPrefix } : {}),
      title: plan.signerTitle,
      name: plan.signerName,
    },
    recipients: lines(plan.recipients),
    archive: 'VT, VP',
    annexes: [
      {
        title: 'Phụ lục I',
        subtitle: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
        note: `(Kèm theo Báo cáo ${kind.toLowerCase()} thực hiện ${planRef})`,
        orientation: 'landscape',
        blocks: [
          {
            kind: 'table',
            columns: REVIEW_COLUMNS,
            rows: review.targets.map((t) => [
              String(t.position),
              t.name,
              t.requirement,
              t.actualText,
              t.lastYearText,
              t.changeText,
              t.verdict,
            ]),
          },
        ],
      },
      {
        title: 'Phụ lục II',
        subtitle: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM',
        orientation: 'portrait',
        blocks: [
          {
            kind: 'table',
            columns: TASK_COLUMNS,
            rows: review.tasks.map((t) => [String(t.position), t.title, t.leadUnitName, stateLabel(t.state)]),
          },
        ],
      },
    ],
    title: `${kind} thực hiện ${planRef}`,
  }
}
