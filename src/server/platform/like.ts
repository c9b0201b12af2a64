// A search box looks for the text as typed: `%`, `_` and `\` in it are characters to find, not
// LIKE's wildcards ("10%" must not match "100 vụ", "a_b" must not match "axb").
import { sql, type SQL } from 'drizzle-orm'

/**
 * The LIKE pattern "contains `text`", with LIKE's special characters escaped by backslash (the
 * default escape character of LIKE: https://www.postgresql.org/docs/15/functions-matching.html).
 * `text` is an SQL expression, so that it can be normalised (search_normalize) before escaping.
 */
export const containsPattern = (text: SQL): SQL =>
  sql`'%' || replace(replace(replace(${text}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`
