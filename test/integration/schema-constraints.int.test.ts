// The database itself keeps the enum-like text columns to their lists (CHECK constraints, migration
// 0018) and describes every table (COMMENT ON, migration 0019): a value written by hand in psql, by
// a script or by a bug is refused with check_violation, whatever code path wrote it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/test-database.ts'

const CHECK_VIOLATION = '23514'

describe.each(ENGINES)('the schema on %s', (engine) => {
  let database: TestDatabase
  const query = <T>(text: string, params?: unknown[]) => database.handle.query<T>(text, params)

  /** The error a statement fails with; fails the test when it succeeds. */
  const failureOf = async (text: string, params?: unknown[]): Promise<{ code?: string; constraint?: string }> => {
    try {
      await query(text, params)
    } catch (error) {
      return error as { code?: string; constraint?: string }
    }
    throw new Error(`accepted: ${text} ${JSON.stringify(params)}`)
  }

  let unitId: number
  let personId: number
  let matterId: number

  beforeAll(async () => {
    database = await createTestDatabase(engine)
    // Rows with good values, which the bad ones below are then measured against.
    unitId = (
      await query<{ id: number }>(
        `INSERT INTO units (code, name, level, valid_from) VALUES ('T', 'VKSND thử', 'provincial', '2020-01-01') RETURNING id`,
      )
    )[0]!.id
    personId = (
      await query<{ id: number }>(
        `INSERT INTO people (full_name, title, unit_id, gender) VALUES ('Nguyễn Văn Thử', 'ksv_trung_cap', $1, 'nam') RETURNING id`,
        [unitId],
      )
    )[0]!.id
    await query(`INSERT INTO role_grants (person_id, role, unit_id) VALUES ($1, 'prosecutor', $2)`, [personId, unitId])
    matterId = (
      await query<{ id: number }>(
        `INSERT INTO matters (unit_id, kind, number, title, received_on, stage, stage_label, category)
         VALUES ($1, 'criminal_case', '1/2026/HS', 'Vụ án thử', '2026-01-05', 'dang_dieu_tra', 'Đang điều tra', 'nghiem_trong') RETURNING id`,
        [unitId],
      )
    )[0]!.id
    await query(`INSERT INTO audit_log (action, entity) VALUES ('create', 'matter')`)
  })
  afterAll(() => database?.drop())

  /** Each constraint, with a statement that breaks it (params read once the rows above exist). */
  const violations: [constraint: string, statement: () => [text: string, params: unknown[]]][] = [
    [
      'units_level_check',
      () => [`INSERT INTO units (code, name, level, valid_from) VALUES ('X', 'Huyện cũ', 'county', '2020-01-01')`, []],
    ],
    [
      'role_grants_role_check',
      () => [`INSERT INTO role_grants (person_id, role, unit_id) VALUES ($1, 'superuser', $2)`, [personId, unitId]],
    ],
    ['people_title_check', () => [`UPDATE people SET title = 'giam_doc' WHERE id = $1`, [personId]]],
    ['people_gender_check', () => [`UPDATE people SET gender = 'male' WHERE id = $1`, [personId]]],
    ['matters_kind_check', () => [`UPDATE matters SET kind = 'traffic' WHERE id = $1`, [matterId]]],
    ['matters_stage_check', () => [`UPDATE matters SET stage = 'moi' WHERE id = $1`, [matterId]]],
    ['matters_category_check', () => [`UPDATE matters SET category = 'vua' WHERE id = $1`, [matterId]]],
    [
      'matter_events_type_check',
      () => [
        `INSERT INTO matter_events (matter_id, unit_id, type, occurred_on) VALUES ($1, $2, 'made_up', '2026-01-05')`,
        [matterId, unitId],
      ],
    ],
    [
      'matter_subjects_measure_check',
      () => [
        `INSERT INTO matter_subjects (matter_id, unit_id, full_name, measure) VALUES ($1, $2, 'Trần Văn B', 'house_arrest')`,
        [matterId, unitId],
      ],
    ],
    // "Overdue" is computed against the day of each query, never stored.
    [
      'deadlines_status_check',
      () => [
        `INSERT INTO deadlines (matter_id, unit_id, key, rule_code, start_event_id, start_date, basis, status) VALUES ($1, $2, 'k', 'r', 1, '2026-01-05', 'b', 'overdue')`,
        [matterId, unitId],
      ],
    ],
    ['audit_log_action_check', () => [`INSERT INTO audit_log (action, entity) VALUES ('hack', 'matter')`, []]],
    [
      'auth_throttles_scope_check',
      () => [
        `INSERT INTO auth_throttles (scope, key, failures, first_failure_at, last_failure_at) VALUES ('sms', 'k', 1, now(), now())`,
        [],
      ],
    ],
    [
      'indicator_targets_comparison_check',
      () => [
        `INSERT INTO indicator_targets (indicator_code, effective_from, comparison, legal_source) VALUES ('X', '2026-01-01', '~', 'Nghị quyết')`,
        [],
      ],
    ],
    [
      'official_calendar_entries_kind_check',
      () => [`INSERT INTO official_calendar_entries (date, kind, reason) VALUES ('2026-05-02', 'half_day', 'Thử')`, []],
    ],
  ]

  it.each(violations)('refuses a value outside the list with check_violation (%s)', async (constraint, statement) => {
    const [text, params] = statement()
    const error = await failureOf(text, params)
    expect(error.code).toBe(CHECK_VIOLATION)
    expect(error.constraint).toBe(constraint)
  })

  it('keeps the good values written before', async () => {
    const [matter] = await query<{ kind: string; stage: string }>(`SELECT kind, stage FROM matters WHERE id = $1`, [
      matterId,
    ])
    expect(matter).toEqual({ kind: 'criminal_case', stage: 'dang_dieu_tra' })
  })

  it('describes every table of the public schema (COMMENT ON TABLE)', async () => {
    const tables = await query<{ name: string; comment: string | null }>(
      `SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    )
    expect(tables.length).toBeGreaterThanOrEqual(21)
    expect(tables.filter((t) => !t.comment?.trim()).map((t) => t.name)).toEqual([])
  })

  it('describes every column kept to a list by a CHECK constraint (COMMENT ON COLUMN)', async () => {
    const columns = await query<{ name: string; comment: string | null }>(
      `SELECT con.conrelid::regclass::text || '.' || a.attname AS name, col_description(con.conrelid, a.attnum) AS comment
         FROM pg_constraint con
         JOIN pg_namespace n ON n.oid = con.connamespace
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
        WHERE n.nspname = 'public' AND con.contype = 'c' AND cardinality(con.conkey) = 1 AND pg_get_constraintdef(con.oid) LIKE '%ANY%'
        ORDER BY 1`,
    )
    expect(columns.map((c) => c.name)).toContain('matters.kind')
    expect(columns.filter((c) => !c.comment?.trim()).map((c) => c.name)).toEqual([])
  })
})
