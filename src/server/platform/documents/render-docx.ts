// An OfficialDocument laid out as a .docx in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I
// (DOMAIN.md §9). Each size, style and margin below cites the row of §9 it follows; where §9
// gives a range, the value chosen is inside it and the choice is said. Times New Roman is named
// in the file; LibreOffice substitutes Liberation Serif (metric-compatible) where it is missing.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx'
import { formatDocumentDate } from '@/shared/format.ts'
import {
  documentNumberText,
  type Annex,
  type DocumentBlock,
  type OfficialDocument,
  type RichText,
} from './document-model.ts'

const FONT = 'Times New Roman'
/** Font sizes in half-points, as .docx stores them. */
const pt = (points: number) => points * 2
const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4)

/** A4, 210 × 297 mm (§9, confirmed): 11906 × 16838 twips. */
const A4 = { width: 11906, height: 16838 }
/**
 * Margins, §9 confirmed: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; the smallest of
 * each range, which leaves the widest text column. The page number sits in the top margin, 10 mm
 * from the edge.
 */
const MARGINS = {
  top: mmToTwip(20),
  bottom: mmToTwip(20),
  left: mmToTwip(30),
  right: mmToTwip(15),
  header: mmToTwip(10),
}
/** Body text size: 13–14 (§9, Mục V "Body"); 14, the common practice of the procuracy's documents. */
const BODY = pt(14)
/** First-line indent of a body paragraph: 1–1.27 cm (§9, unconfirmed row); 1.27 cm. */
const FIRST_LINE = mmToTwip(12.7)
/** At least 6 pt between paragraphs (§9, Mục V "Body"): 6 pt after each, in twentieths of a point. */
const AFTER = 6 * 20
/** Line spacing from single to 1.5 lines (§9, Mục V "Body"): 1.2 lines (240 = single). */
const LINE = 288
/** Table text: one step below the body, so a six-column table keeps its words whole (a choice, §9 gives none). */
const TABLE_TEXT = pt(12)

const run = (text: string, size: number, style: { bold?: boolean; italic?: boolean } = {}) =>
  new TextRun({ text, size, font: FONT, bold: style.bold, italics: style.italic })

const runsOf = (text: RichText, size: number, style: { bold?: boolean; italic?: boolean } = {}): TextRun[] =>
  typeof text === 'string'
    ? [run(text, size, style)]
    : text.map((span) => run(span.text, size, { bold: span.bold ?? style.bold, italic: span.italic ?? style.italic }))

const line = (
  children: ParagraphChild[],
  options: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType]
    after?: number
    rule?: { indent: number }
  } = {},
) =>
  new Paragraph({
    children,
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { before: 0, after: options.after ?? 0, line: 240 },
    // A solid rule under the line, shortened by indenting the paragraph on both sides.
    ...(options.rule && {
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      indent: { left: options.rule.indent, right: options.rule.indent },
    }),
  })

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
}

/**
 * A borderless layout table of two columns (header, signature), `width` wide and moved `shift`
 * into the left margin, its left column `left` wide.
 */
const twoColumns = (rows: [Paragraph[], Paragraph[]][], width: number, left: number, shift = 0) =>
  new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    indent: shift ? { size: -shift, type: WidthType.DXA } : undefined,
    rows: rows.map(
      ([a, b]) =>
        new TableRow({
          children: [a, b].map(
            (children, i) =>
              new TableCell({
                children,
                width: { size: i === 0 ? left : width - left, type: WidthType.DXA },
                borders: NO_BORDERS,
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
              }),
          ),
        }),
    ),
  })

/** Lines given with "\n" stay separate lines (e.g. "VIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO", §9). */
const capitalLines = (text: string, size: number, style: { bold?: boolean } = {}) =>
  text.split('\n').map((part) => line([run(part.trim().toLocaleUpperCase('vi'), size, style)]))

/**
 * The first lines: agency header (left) beside the Quốc hiệu and Tiêu ngữ (right), then the number
 * (left) beside the place and date (right). The header is 185 mm wide, 12 mm into the left margin
 * and 8 mm into the right (as the procuracy's documents do), so that the Quốc hiệu at 13 bold
 * keeps to one line; the agency column takes 82 mm, about 45 % of the text line (§9: at 42 %
 * "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" wraps at size 12).
 */
const HEADER = { width: mmToTwip(185), left: mmToTwip(82), shift: mmToTwip(12) }

const headerBlock = (doc: OfficialDocument) => {
  const rightWidth = HEADER.width - HEADER.left
  const agency: Paragraph[] = [
    // Cơ quan chủ quản: capitals 12–13 upright (§9 Mục V); 13.
    ...(doc.agency.parent ? capitalLines(doc.agency.parent, pt(13)) : []),
    // Cơ quan ban hành: capitals 12–13 upright bold with a solid rule under it (§9 Mục V); the
    // rule 1/3 of the column (§9, unconfirmed row: 1/3–1/2 of the line).
    ...capitalLines(doc.agency.issuer, pt(13), { bold: true }),
    line([], { rule: { indent: Math.round(HEADER.left / 3) }, after: 120 }),
  ]
  const nation: Paragraph[] = [
    // Quốc hiệu: capitals 12–13, upright, bold (§9, confirmed); 13.
    line([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', pt(13), { bold: true })]),
    // Tiêu ngữ: 13–14 upright bold, a solid rule under it (§9 Mục V) as long as the motto (unconfirmed row);
    // 14. "Độc lập - Tự do - Hạnh phúc" at 14 pt bold is about 66 mm wide: the rule is indented to it.
    line([run('Độc lập - Tự do - Hạnh phúc', pt(14), { bold: true })], {
      rule: { indent: Math.max(0, Math.round((rightWidth - mmToTwip(66)) / 2)) },
      after: 120,
    }),
  ]
  return twoColumns(
    [
      [agency, nation],
      [
        // Số, ký hiệu: size 13 upright (§9 Mục V); the number below 10 with a leading 0.
        [line([run(`Số: ${documentNumberText(doc.number)}`, pt(13))])],
        // Địa danh, ngày tháng năm: 13–14 italic (§9 Mục V); 14, days below 10 and months 1–2 with a leading 0.
        [line([run(`${doc.place}, ${formatDocumentDate(doc.date)}`, pt(14), { italic: true })])],
      ],
    ],
    HEADER.width,
    HEADER.left,
    HEADER.shift,
  )
}

/** Tên loại and trích yếu: capitals 13–14 bold, then 13–14 bold with a solid rule under it (§9 Mục V); 14. */
const titleBlock = (doc: OfficialDocument, textWidth: number): Paragraph[] => [
  new Paragraph({ spacing: { before: 360, after: 0 }, children: [] }),
  line([run(doc.type.toLocaleUpperCase('vi'), pt(14), { bold: true })]),
  ...doc.summary.map((text) => line([run(text, pt(14), { bold: true })])),
  line([], { rule: { indent: Math.round(textWidth * 0.4) }, after: 240 }),
]

const bodyParagraph = (children: ParagraphChild[], options: { indent?: boolean; keepNext?: boolean } = {}) =>
  new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: AFTER, line: LINE },
    indent: options.indent === false ? undefined : { firstLine: FIRST_LINE },
    keepNext: options.keepNext,
  })

/** The endings of the căn cứ lines: each ";", the last "." (Phụ lục I Mục V, confirmed). */
export const basisLines = (lines: readonly string[]): string[] =>
  lines.map((text, i) => `${text.trim().replace(/[;.,]+$/, '')}${i === lines.length - 1 ? '.' : ';'}`)

const tableBlock = (block: Extract<DocumentBlock, { kind: 'table' }>, textWidth: number): Table => {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0)
  const widths = block.columns.map((c) => Math.floor((textWidth * c.width) / total))
  const alignOf = (i: number) =>
    block.columns[i]?.align === 'center'
      ? AlignmentType.CENTER
      : block.columns[i]?.align === 'right'
        ? AlignmentType.RIGHT
        : AlignmentType.LEFT
  const cell = (text: string, i: number, heading: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: heading ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: text.split('\n').map(
        (part) =>
          new Paragraph({
            alignment: heading ? AlignmentType.CENTER : alignOf(i),
            spacing: { before: 0, after: 0, line: 240 },
            children: [run(part, TABLE_TEXT, { bold: heading })],
          }),
      ),
    })
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c.title, i, true)),
      }),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: block.columns.map((_, i) => cell(row[i] ?? '', i, false)) }),
      ),
    ],
  })
}

const blocksOf = (blocks: readonly DocumentBlock[], textWidth: number): (Paragraph | Table)[] =>
  blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        // "Phần", "Chương" and their titles: 13–14 bold, titles in capitals (§9 Mục V); 14.
        return [
          bodyParagraph(
            [
              run(block.level === 1 ? block.text.toLocaleUpperCase('vi') : block.text, BODY, {
                bold: true,
                italic: block.level === 3,
              }),
            ],
            { keepNext: true },
          ),
        ]
      case 'paragraph':
        return [bodyParagraph(runsOf(block.text, BODY))]
      case 'item':
        return [bodyParagraph([run(`${block.label} `, BODY), ...runsOf(block.text, BODY)])]
      case 'basis':
        // Căn cứ: 13–14 italic (§9 Mục V); 14.
        return basisLines(block.lines).map((text) => bodyParagraph([run(text, BODY, { italic: true })]))
      case 'table':
        return [tableBlock(block, textWidth), new Paragraph({ spacing: { before: 0, after: AFTER }, children: [] })]
      case 'image': {
        // ImageRun sizes are in pixels at 96 per inch.
        const px = (mm: number) => Math.round((mm / 25.4) * 96)
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: AFTER },
            keepNext: block.caption !== undefined,
            children: [
              new ImageRun({
                type: 'png',
                data: block.png,
                transformation: { width: px(block.widthMm), height: px(block.heightMm) },
              }),
            ],
          }),
          ...(block.caption ? [line([run(block.caption, pt(13), { italic: true })], { after: AFTER })] : []),
        ]
      }
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })]
    }
  })

/**
 * The signature block (right): authority prefix and title in capitals 13–14 bold, room for the
 * signature and seal, the name 13–14 bold (§9, unconfirmed rows); and "Nơi nhận" (left): the label
 * 12 bold italic, the list 11 upright, each line "- …;", the last "- Lưu: VT, …." (§9, unconfirmed rows).
 */
const closingBlock = (doc: OfficialDocument, textWidth: number) => {
  const recipients = [...doc.recipients.map((r) => `- ${r.trim().replace(/[;.,]+$/, '')};`), `- Lưu: ${doc.archive}.`]
  const left = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', pt(12), { bold: true, italic: true })],
    }),
    ...recipients.map((text) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(text, pt(11))] })),
  ]
  const { authority, title, name } = doc.signature
  const right = [
    ...(authority ? [line([run(authority.toLocaleUpperCase('vi'), pt(14), { bold: true })])] : []),
    line([run(title.toLocaleUpperCase('vi'), pt(14), { bold: true })]),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => line([run('', pt(14))])),
    line([run(name, pt(14), { bold: true })]),
  ]
  return [
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    twoColumns([[left, right]], textWidth, Math.round(textWidth * 0.5)),
  ]
}

/** Page numbers: Arabic, 13–14 upright, centred in the top margin, not on page 1 (§9, confirmed); 14. */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(14), font: FONT })],
      }),
    ],
  })

const pageOf = (orientation: 'portrait' | 'landscape') => ({
  size: {
    width: A4.width,
    height: A4.height,
    orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
  },
  margin: MARGINS,
})

/** The width of the text column, in twips. */
const textWidthOf = (orientation: 'portrait' | 'landscape') =>
  (orientation === 'landscape' ? A4.height : A4.width) - MARGINS.left - MARGINS.right

const annexSection = (annex: Annex): ISectionOptions => {
  const width = textWidthOf(annex.orientation)
  return {
    properties: { page: pageOf(annex.orientation) },
    headers: { default: pageNumberHeader() },
    children: [
      line([run(annex.title, pt(14), { bold: true })]),
      ...(annex.subtitle ? [line([run(annex.subtitle.toLocaleUpperCase('vi'), pt(14), { bold: true })])] : []),
      ...(annex.note ? [line([run(annex.note, pt(14), { italic: true })])] : []),
      new Paragraph({ spacing: { before: 0, after: 240 }, children: [] }),
      ...blocksOf(annex.blocks, width),
    ],
  }
}

/** The document as a .docx file. */
export const renderDocx = async (doc: OfficialDocument): Promise<Buffer> => {
  const width = textWidthOf('portrait')
  const document = new Document({
    creator: doc.agency.issuer.replaceAll('\n', ' '),
    title: doc.title ?? `${doc.type} ${documentNumberText(doc.number)}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        // A first page of its own header (titlePg) with nothing in it: no number on page 1.
        properties: { page: pageOf('portrait'), titlePage: true },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [
          headerBlock(doc),
          ...titleBlock(doc, width),
          ...blocksOf(doc.body, width),
          ...closingBlock(doc, width),
        ],
      },
      ...(doc.annexes ?? []).map(annexSection),
    ],
  })
  return Packer.toBuffer(document)
}
