// The catalogue's integrity: enough articles, well-formed clauses, every bracket giving a
// category, honest about being unverified, and searchable without accents.
import { describe, expect, it } from 'vitest'
import { CRIME_CATEGORIES } from '@/domain/deadlines/index.ts'
import { PENAL_ARTICLES, findArticle, searchArticles } from './catalogue.ts'
import { compareArticleIds } from './define.ts'
import { PENAL_CHAPTERS, chapterOf } from './chapters.ts'
import { categoryOfClause } from './charges.ts'

describe('penal code catalogue', () => {
  it('holds at least the 60 most frequent crimes, once each, in article order', () => {
    expect(PENAL_ARTICLES.length).toBeGreaterThanOrEqual(60)
    const numbers = PENAL_ARTICLES.map((a) => a.article)
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(numbers).toEqual([...numbers].sort(compareArticleIds))
    const brief = [
      123, 134, 141, 168, 169, 170, 171, 172, 173, 174, 175, 178, 188, 190, 191, 192, 200, 201, 227, 232, 234, 244, 249,
      250, 251, 255, 256, 260, 285, 286, 287, 288, 289, 290, 304, 318, 321, 322, 323, 330, 341, 353, 354, 355, 356, 357,
      358, 364, 365,
    ]
    for (const n of brief) expect(findArticle(String(n)), `Điều ${n}`).toBeDefined()
  })

  it('gives every article ascending clauses, each bracket deriving a category', () => {
    for (const article of PENAL_ARTICLES) {
      expect(article.clauses.length, `Điều ${article.article}`).toBeGreaterThan(0)
      const numbers = article.clauses.map((c) => c.clause)
      numbers.forEach((n, i) => i > 0 && expect(n, `Điều ${article.article}`).toBeGreaterThan(numbers[i - 1]!))
      for (const clause of article.clauses) expect(CRIME_CATEGORIES).toContain(categoryOfClause(clause))
    }
  })

  it('names every crime in Vietnamese, starting with "Tội"', () => {
    for (const article of PENAL_ARTICLES)
      expect(article.name, `Điều ${article.article}`).toMatch(/^Tội [a-zàáảãạăâđêôơư]/u)
  })

  it('files each article under the chapter whose range holds it; chapter XIII is national security', () => {
    for (const article of PENAL_ARTICLES) {
      expect(chapterOf(article.number)?.numeral).toBe(article.chapter)
      expect(article.nationalSecurity).toBe(article.chapter === 'XIII')
    }
    const security = PENAL_ARTICLES.filter((a) => a.nationalSecurity).map((a) => a.article)
    expect(security).toEqual([
      '108',
      '109',
      '110',
      '111',
      '112',
      '113',
      '114',
      '115',
      '116',
      '117',
      '118',
      '119',
      '120',
      '121',
    ])
    PENAL_CHAPTERS.forEach((c, i) => i > 0 && expect(c.firstArticle).toBe(PENAL_CHAPTERS[i - 1]!.lastArticle + 1))
  })

  it('marks every row as not re-read against the official text, with its source', () => {
    for (const article of PENAL_ARTICLES) {
      expect(article.verified).toBe(false)
      expect(article.source).toContain('chưa đối chiếu văn bản chính thức')
    }
  })
})

describe('searchArticles', () => {
  const numbers = (q: string) => searchArticles(q).map((a) => a.article)

  it('finds by name without accents or case', () => {
    expect(numbers('trom cap')).toEqual(['173'])
    expect(numbers('TRỘM CẮP')).toEqual(['173'])
    expect(numbers('lua dao')).toContain('174')
    expect(numbers('ma tuy')).toEqual(
      expect.arrayContaining(['247', '248', '249', '250', '251', '252', '253', '254', '255', '256', '257']),
    )
  })

  it('finds by number, the exact article first, then those starting with the digits', () => {
    expect(numbers('173')[0]).toBe('173')
    expect(numbers('Điều 17')).toEqual(['170', '171', '172', '173', '174', '175', '176', '177', '178'])
    expect(numbers('đ.251')).toEqual(['251'])
  })

  it('combines a number and words, and finds nothing for an empty query', () => {
    expect(numbers('25 van chuyen')).toEqual(['250', '253', '254'])
    expect(numbers('  ')).toEqual([])
    expect(numbers('tội')).toEqual([])
  })
})
