// Chapters of Part Two of the Penal Code 2015 (Phần thứ hai: Các tội phạm), with the
// article ranges each covers [law-text, not re-read].
import type { PenalChapter } from './types.ts'

export const PENAL_CHAPTERS: readonly PenalChapter[] = [
  { numeral: 'XIII', name: 'Các tội xâm phạm an ninh quốc gia', firstArticle: 108, lastArticle: 122 },
  {
    numeral: 'XIV',
    name: 'Các tội xâm phạm tính mạng, sức khỏe, nhân phẩm, danh dự của con người',
    firstArticle: 123,
    lastArticle: 156,
  },
  {
    numeral: 'XV',
    name: 'Các tội xâm phạm quyền tự do của con người, quyền tự do, dân chủ của công dân',
    firstArticle: 157,
    lastArticle: 167,
  },
  { numeral: 'XVI', name: 'Các tội xâm phạm sở hữu', firstArticle: 168, lastArticle: 180 },
  { numeral: 'XVII', name: 'Các tội xâm phạm chế độ hôn nhân và gia đình', firstArticle: 181, lastArticle: 187 },
  { numeral: 'XVIII', name: 'Các tội xâm phạm trật tự quản lý kinh tế', firstArticle: 188, lastArticle: 234 },
  { numeral: 'XIX', name: 'Các tội phạm về môi trường', firstArticle: 235, lastArticle: 246 },
  { numeral: 'XX', name: 'Các tội phạm về ma túy', firstArticle: 247, lastArticle: 259 },
  {
    numeral: 'XXI',
    name: 'Các tội xâm phạm an toàn công cộng, trật tự công cộng',
    firstArticle: 260,
    lastArticle: 329,
  },
  { numeral: 'XXII', name: 'Các tội xâm phạm trật tự quản lý hành chính', firstArticle: 330, lastArticle: 351 },
  { numeral: 'XXIII', name: 'Các tội phạm về chức vụ', firstArticle: 352, lastArticle: 366 },
  { numeral: 'XXIV', name: 'Các tội xâm phạm hoạt động tư pháp', firstArticle: 367, lastArticle: 391 },
  {
    numeral: 'XXV',
    name: 'Các tội xâm phạm nghĩa vụ, trách nhiệm của quân nhân và trách nhiệm của người phối thuộc với quân đội trong chiến đấu, phục vụ chiến đấu',
    firstArticle: 392,
    lastArticle: 420,
  },
  {
    numeral: 'XXVI',
    name: 'Các tội phá hoại hòa bình, chống loài người và tội phạm chiến tranh',
    firstArticle: 421,
    lastArticle: 425,
  },
]

/** The chapter whose range holds `article`, if any (Part One, Arts. 1–107, has none). */
export const chapterOf = (article: number): PenalChapter | undefined =>
  PENAL_CHAPTERS.find((c) => c.firstArticle <= article && article <= c.lastArticle)

/** Chapter XIII: the crimes whose deadlines carry the national-security extensions (DOMAIN.md §4.2, §4.3). */
export const NATIONAL_SECURITY_CHAPTER = 'XIII'
