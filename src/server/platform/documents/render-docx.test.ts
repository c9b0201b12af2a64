// The layout facts of Nghị định 30/2020/NĐ-CP, Phụ lục I (DOMAIN.md §9) read back from the
// .docx's XML, not compared to a snapshot. Expected numbers are worked by hand: 1 mm =
// 1440/25.4 twips, so 20 mm = 1133.9 → 1134, 30 mm = 1700.8 → 1701, 15 mm = 850.4 → 850,
// 12.7 mm = 720; A4 210 × 297 mm = 11906 × 16838 twips; font sizes in half-points (13 pt = 26).
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatDocumentDate } from '@/shared/format.ts'
import { documentNumberText, renderDocx, type OfficialDocument } from './index.ts'
import { samplePlan } from './sample-plan.ts'

type Run = { text: string; bold: boolean; italic: boolean; size: number | null; font: string | null; paragraph: string }

const unescape = (xml: string) =>
  xml
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')

/** Every text run of the XML with its formatting and the properties of its paragraph. */
const runsOf = (xml: string): Run[] => {
  const runs: Run[] = []
  for (const p of xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)) {
    const body = p[1] ?? p[2] ?? ''
    const paragraph = /<w:pPr>(.*?)<\/w:pPr>/s.exec(body)?.[1] ?? ''
    for (const r of body.matchAll(/<w:r>(.*?)<\/w:r>/gs)) {
      const rPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(r[1]!)?.[1] ?? ''
      const text = [...r[1]!.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)].map((t) => unescape(t[1]!)).join('')
      if (!text) continue
      runs.push({
        text,
        bold: /<w:b\/>/.test(rPr),
        italic: /<w:i\/>/.test(rPr),
        size: Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1]) || null,
        font: /<w:rFonts w:ascii="([^"]+)"/.exec(rPr)?.[1] ?? null,
        paragraph,
      })
    }
  }
  return runs
}

let xml: string
let runs: Run[]
let sections: string[]
let zip: JSZip

const runWith = (text: string): Run => {
  const found = runs.find((r) => r.text === text)
  if (!found) throw new Error(`no run "${text}" in ${runs.map((r) => r.text).join(' | ')}`)
  return found
}

beforeAll(async () => {
  zip = await JSZip.loadAsync(await renderDocx(samplePlan()))
  xml = await zip.file('word/document.xml')!.async('string')
  runs = runsOf(xml)
  sections = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map((m) => m[0])
})

describe('the .docx in the layout of Nghị định 30/2020, Phụ lục I', () => {
  it('is A4 portrait with margins top/bottom 20 mm, left 30 mm, right 15 mm', () => {
    const first = sections[0]!
    expect(first).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/)
    expect(/w:top="(\d+)"/.exec(first)?.[1]).toBe('1134')
    expect(/w:bottom="(\d+)"/.exec(first)?.[1]).toBe('1134')
    expect(/w:left="(\d+)"/.exec(first)?.[1]).toBe('1701')
    expect(/w:right="(\d+)"/.exec(first)?.[1]).toBe('850')
  })

  it('sets every run in Times New Roman, the default style too', async () => {
    expect(runs.length).toBeGreaterThan(40)
    expect(runs.filter((r) => r.font !== 'Times New Roman')).toEqual([])
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman"/s)
  })

  it('writes the Quốc hiệu in bold capitals 13 and the Tiêu ngữ bold 14 with a rule under it', () => {
    expect(runWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, italic: false, size: 26 })
    const motto = runWith('Độc lập - Tự do - Hạnh phúc')
    expect(motto).toMatchObject({ bold: true, italic: false, size: 28 })
    expect(motto.paragraph).toMatch(/<w:pBdr><w:bottom w:val="single"/)
  })

  it('writes the agency header in two lines: the line-management body upright, the issuing unit bold, a short rule under it', () => {
    expect(runWith('VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO')).toMatchObject({ bold: false, italic: false, size: 26 })
    expect(runWith('VIỆN KIỂM SÁT NHÂN DÂN')).toMatchObject({ bold: true, size: 26 })
    expect(runWith('TỈNH AN GIANG')).toMatchObject({ bold: true, size: 26 })
    const afterIssuer = xml.slice(xml.indexOf('TỈNH AN GIANG'), xml.indexOf('CỘNG HÒA'))
    // The rule: an empty paragraph with a bottom border, indented by a third of the 82 mm column on each side.
    expect(afterIssuer).toMatch(
      /<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>.*<w:ind w:left="1550" w:right="1550"\/>/s,
    )
  })

  it('writes "Số: 01/KH-VKS" at 13 and the place and date in italics at 14 with leading zeros', () => {
    expect(runWith('Số: 01/KH-VKS')).toMatchObject({ bold: false, italic: false, size: 26 })
    expect(runWith('An Giang, ngày 04 tháng 01 năm 2026')).toMatchObject({ italic: true, bold: false, size: 28 })
  })

  it('writes the document type in bold capitals and the summary line bold, both 14', () => {
    expect(runWith('KẾ HOẠCH')).toMatchObject({ bold: true, size: 28 })
    expect(runWith('Thực hiện nhiệm vụ công tác kiểm sát năm 2026')).toMatchObject({ bold: true, size: 28 })
  })

  it('sets the body at 14 with a first-line indent of 1.27 cm, 6 pt after and at most 1.5 lines', () => {
    const body = runWith(
      'Viện kiểm sát nhân dân tỉnh An Giang xây dựng Kế hoạch thực hiện nhiệm vụ công tác kiểm sát năm 2026 như sau:',
    )
    expect(body).toMatchObject({ size: 28, bold: false, italic: false })
    expect(body.paragraph).toMatch(/<w:ind w:firstLine="720"\/>/)
    expect(Number(/w:after="(\d+)"/.exec(body.paragraph)?.[1])).toBeGreaterThanOrEqual(120)
    expect(Number(/w:line="(\d+)"/.exec(body.paragraph)?.[1])).toBeLessThanOrEqual(360)
    expect(body.paragraph).toMatch(/<w:jc w:val="both"\/>/)
  })

  it('puts the Roman-numbered parts in bold capitals and the căn cứ lines in italics ending ";" then "."', () => {
    expect(runWith('I. MỤC ĐÍCH, YÊU CẦU')).toMatchObject({ bold: true, size: 28 })
    const basis = runs.filter((r) => r.text.startsWith('Căn cứ'))
    expect(basis).toHaveLength(2)
    expect(basis.every((r) => r.italic && r.size === 28)).toBe(true)
    expect(basis[0]!.text.endsWith('về công tác năm 2026;')).toBe(true)
    expect(basis[1]!.text.endsWith('Viện kiểm sát nhân dân tối cao.')).toBe(true)
  })

  it('signs "KT. VIỆN TRƯỞNG / PHÓ VIỆN TRƯỞNG" and the name in bold 14', () => {
    expect(runWith('KT. VIỆN TRƯỞNG')).toMatchObject({ bold: true, size: 28 })
    expect(runWith('PHÓ VIỆN TRƯỞNG')).toMatchObject({ bold: true, size: 28 })
    expect(runWith('Nguyễn Văn An')).toMatchObject({ bold: true, size: 28 })
  })

  it('lists "Nơi nhận:" bold italic 12, the recipients at 11, the last line "- Lưu: VT, VP."', () => {
    expect(runWith('Nơi nhận:')).toMatchObject({ bold: true, italic: true, size: 24 })
    const start = runs.findIndex((r) => r.text === 'Nơi nhận:')
    expect(runs.slice(start + 1, start + 5).map((r) => [r.text, r.size])).toEqual([
      ['- Viện kiểm sát nhân dân tối cao (để báo cáo);', 22],
      ['- Lãnh đạo Viện;', 22],
      ['- Các phòng, Viện kiểm sát nhân dân khu vực;', 22],
      ['- Lưu: VT, VP.', 22],
    ])
  })

  it('numbers the pages in the top margin from page 2: a different first page whose header is empty', async () => {
    const first = sections[0]!
    expect(first).toMatch(/<w:titlePg\/>/)
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
    const headerXml = async (type: 'default' | 'first') => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(first)![1]
      const target = new RegExp(`Id="${id}" Type="[^"]+" Target="([^"]+)"`).exec(rels)![1]
      return zip.file(`word/${target}`)!.async('string')
    }
    const numbered = await headerXml('default')
    expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
    expect(numbered).toMatch(/<w:jc w:val="center"\/>/)
    expect(numbered).toMatch(/<w:sz w:val="28"\/>/)
    expect(await headerXml('first')).not.toMatch(/PAGE/)
    // The number sits in the top margin: the header 10 mm (567 twips) from the edge, above the 20 mm margin.
    expect(/w:header="(\d+)"/.exec(first)?.[1]).toBe('567')
  })

  it('puts the annex in its own landscape section, numbered, with the assignment table', () => {
    expect(sections).toHaveLength(2)
    const annex = sections[1]!
    expect(annex).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    expect(annex).toMatch(/<w:headerReference w:type="default"/)
    expect(annex).not.toMatch(/<w:titlePg\/>/)
    const annexXml = xml.slice(xml.indexOf('</w:sectPr>'))
    for (const heading of ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'])
      expect(annexXml).toContain(`>${heading}</w:t>`)
    expect(annexXml).toMatch(/<w:tblHeader\/>/)
    expect(annexXml).toContain('Đẩy mạnh chuyển đổi số trong công tác kiểm sát')
  })

  it('embeds a picture block as a PNG in the package', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    const doc: OfficialDocument = {
      ...samplePlan(),
      body: [{ kind: 'image', png, widthMm: 150, heightMm: 75, caption: 'Biểu đồ 1' }],
    }
    const withImage = await JSZip.loadAsync(await renderDocx(doc))
    const media = Object.keys(withImage.files).filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    // 150 mm = 5.906 in = 567 px at 96 per inch and 75 mm = 283 px; 9525 EMU a pixel: 5400675 × 2695575.
    expect(await withImage.file('word/document.xml')!.async('string')).toMatch(
      /<wp:extent cx="5400675" cy="2695575"\/>/,
    )
  })
})

describe('the number and the date of a document', () => {
  it('gives numbers below 10 a leading zero and keeps larger ones', () => {
    expect(documentNumberText({ value: 1, code: 'KH-VKS' })).toBe('01/KH-VKS')
    expect(documentNumberText({ value: 215, code: 'KH-VKS' })).toBe('215/KH-VKS')
    expect(documentNumberText({ value: null, code: 'BC-VKS' })).toBe('…/BC-VKS')
  })

  it('writes days below 10 and the months 1 and 2 with a leading zero, other months without', () => {
    expect(formatDocumentDate('2026-01-04')).toBe('ngày 04 tháng 01 năm 2026')
    expect(formatDocumentDate('2020-03-05')).toBe('ngày 05 tháng 3 năm 2020')
    expect(formatDocumentDate('2026-02-10')).toBe('ngày 10 tháng 02 năm 2026')
    expect(formatDocumentDate('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026')
    expect(() => formatDocumentDate('04/01/2026')).toThrow()
  })
})
