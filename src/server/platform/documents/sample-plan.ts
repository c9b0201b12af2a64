// A KẾ HOẠCH of the size of the demo province's annual plan (issue 13 items 8 and 10): the
// renderer's tests and bench/documents.ts lay it out.
import type { Annex, DocumentBlock, OfficialDocument, RichText, Signature, TableColumn } from './index.ts'

const TASKS = [
  'Tăng cường trách nhiệm công tố trong hoạt động điều tra, gắn công tố với hoạt động điều tra',
  'Chống oan, sai, bỏ lọt tội phạm và người phạm tội',
  'Nâng cao chất lượng tranh tụng tại phiên tòa, tổ chức phiên tòa rút kinh nghiệm',
  'Tăng cường kiến nghị, kháng nghị trong kiểm sát giải quyết các vụ án dân sự, hành chính',
  'Nâng cao chất lượng kiểm sát thi hành án dân sự',
  'Thu hồi tài sản trong các vụ án tham nhũng, kinh tế',
  'Kiện toàn đội ngũ cán bộ, nâng cao năng lực chuyên môn',
  'Phát huy vai trò, trách nhiệm của người đứng đầu',
  'Siết chặt kỷ cương, kỷ luật công vụ',
  'Đẩy mạnh chuyển đổi số trong công tác kiểm sát',
]

const COLUMNS: TableColumn[] = [
  { title: 'STT', width: 5, align: 'center' },
  { title: 'Nhiệm vụ', width: 35 },
  { title: 'Đơn vị chủ trì', width: 15 },
  { title: 'Đơn vị phối hợp', width: 15 },
  { title: 'Thời gian hoàn thành', width: 12, align: 'center' },
  { title: 'Sản phẩm', width: 18 },
]

const ORGANISATION: RichText = [
  { text: 'Thủ trưởng các đơn vị ' },
  { text: 'khẩn trương xây dựng kế hoạch, chương trình công tác của đơn vị', bold: true },
  { text: '; định kỳ hằng tháng báo cáo kết quả thực hiện về Văn phòng tổng hợp.' },
]

const SIGNATURE: Signature = { authority: 'KT. Viện trưởng', title: 'Phó Viện trưởng', name: 'Nguyễn Văn An' }

/** The Phụ lục: the ten tasks with their lead and supporting units, deadline and product (issue 13 item 8). */
const assignmentAnnex = (tasks: readonly string[]): Annex => ({
  title: 'Phụ lục',
  subtitle: 'Phân công tổ chức thực hiện',
  note: '(Kèm theo Kế hoạch số 01/KH-VKS ngày 04/01/2026 của Viện kiểm sát nhân dân tỉnh An Giang)',
  orientation: 'landscape',
  blocks: [
    {
      kind: 'table',
      columns: COLUMNS,
      rows: tasks.map((task, i) => [
        String(i + 1),
        task,
        i % 2 === 0 ? 'Phòng 1' : 'Văn phòng tổng hợp',
        'Các Viện kiểm sát nhân dân khu vực',
        i % 3 === 0 ? 'Hằng quý' : '30/11/2026',
        'Báo cáo kết quả thực hiện',
      ]),
    },
  ],
})

/** The sample plan; `extra` blocks (a chart) go after the body. */
export const samplePlan = (extra: readonly DocumentBlock[] = []): OfficialDocument => ({
  agency: { parent: 'Viện kiểm sát nhân dân tối cao', issuer: 'Viện kiểm sát nhân dân\ntỉnh An Giang' },
  number: { value: 1, code: 'KH-VKS' },
  place: 'An Giang',
  date: '2026-01-04',
  type: 'Kế hoạch',
  summary: ['Thực hiện nhiệm vụ công tác kiểm sát năm 2026'],
  body: [
    {
      kind: 'basis',
      lines: [
        'Căn cứ Chỉ thị số 01/CT-VKSTC ngày 02/01/2026 của Viện trưởng Viện kiểm sát nhân dân tối cao về công tác năm 2026',
        'Căn cứ Kế hoạch công tác năm 2026 của Viện kiểm sát nhân dân tối cao',
      ],
    },
    {
      kind: 'paragraph',
      text: 'Viện kiểm sát nhân dân tỉnh An Giang xây dựng Kế hoạch thực hiện nhiệm vụ công tác kiểm sát năm 2026 như sau:',
    },
    { kind: 'heading', level: 1, text: 'I. Mục đích, yêu cầu' },
    {
      kind: 'item',
      label: '1.',
      text: 'Quán triệt, triển khai đầy đủ, kịp thời các chỉ tiêu, nhiệm vụ công tác của Ngành đến từng đơn vị, từng công chức.',
    },
    {
      kind: 'item',
      label: '2.',
      text: 'Các chỉ tiêu của đơn vị cấp dưới không thấp hơn chỉ tiêu của cấp trên; phân công rõ đơn vị chủ trì, thời hạn và sản phẩm.',
    },
    { kind: 'heading', level: 1, text: 'II. Nhiệm vụ trọng tâm và giải pháp' },
    ...TASKS.map((task, i) => ({ kind: 'item' as const, label: `${i + 1}.`, text: `${task}.` })),
    { kind: 'heading', level: 1, text: 'III. Tổ chức thực hiện' },
    { kind: 'paragraph', text: ORGANISATION },
    ...extra,
  ],
  signature: SIGNATURE,
  recipients: [
    'Viện kiểm sát nhân dân tối cao (để báo cáo)',
    'Lãnh đạo Viện',
    'Các phòng, Viện kiểm sát nhân dân khu vực',
  ],
  archive: 'VT, VP',
  annexes: [assignmentAnnex(TASKS)],
})
