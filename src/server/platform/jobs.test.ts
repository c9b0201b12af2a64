import { describe, expect, it } from 'vitest'
import { PgDialect } from 'drizzle-orm/pg-core'
import { toDrizzleSql } from './jobs.ts'

describe('the queue statements run in a Drizzle transaction', () => {
  it('keeps every $n parameter in its place, repeated or out of order', () => {
    const query = new PgDialect().sqlToQuery(
      toDrizzleSql('SELECT $2::text, $1::int, $2::text, $10::jsonb', [1, 'a', 3, 4, 5, 6, 7, 8, 9, { x: 1 }]),
    )
    expect(query.sql).toBe('SELECT $1::text, $2::int, $3::text, $4::jsonb')
    expect(query.params).toEqual(['a', 1, 'a', { x: 1 }])
  })
})
