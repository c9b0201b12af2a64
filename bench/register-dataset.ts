// Generates a national-size register for the benchmarks: the scale-34 demo organisation
// (~34 provinces, ~350 regional units, ~2,000 people) and, by default, 1.2 million matters
// with ~10 million procedural acts, their subjects and their derived deadlines, spread over
// five statistics years (01/12/2021 – today).
//
// How: the flows in lib/flows.ts are drawn for every (template slot, day) and derived with the
// real pure core (stage, charges, measures, deadlines) — about 44,000 template instances. They
// are shipped to the database once, then every matter is produced set-based
// (INSERT … SELECT … FROM generate_series / joins on the templates), with names, titles,
// numbers, units and prosecutors drawn by hashing the row ids. Secondary indexes and foreign
// keys of the register are dropped during the load and rebuilt after it, exactly as the
// migrations define them. A sample is then derived again by the server's own code and compared.
//
//   npx tsx bench/register-dataset.ts                                  # PostgreSQL, kiemsat_bench, 1.2M matters
//   npx tsx bench/register-dataset.ts --engine pglite --matters 200000 # PGlite folder /tmp/kiemsat-bench-pglite
//
// Flags: --matters N, --batch N (matters per INSERT batch), --variants N (template slots per
// kind), --from YYYY-MM-DD, --seed N, --verify N (matters re-derived and compared),
// --url (server), --database (name, must contain "bench"), --data-dir (PGlite).
import { sql } from 'drizzle-orm'
import { daysBetween } from '../src/domain/calendar/index.ts'
import { deriveDeadlines, deriveMatterState } from '../src/domain/register/index.ts'
import { generateDemoOrganisation } from '../src/demo/organisation.ts'
import { DEMO_PASSWORD } from '../src/demo/types.ts'
import { migrateDatabase } from '../src/server/db/client.ts'
import { loadOrganisation } from '../src/server/seed/load-organisation.ts'
import { loadWorkingCalendar } from '../src/server/modules/calendar/calendar.service.ts'
import { factsOf, loadMatter } from '../src/server/modules/register/register.repository.ts'
import { todayInVietnam } from '../src/server/platform/time.ts'
import { matters } from '../src/server/db/schema.ts'
import { describeTarget, openBench, recreate, tableSizes, databaseBytes, targetFrom, type Raw } from './lib/engine.ts'
import { buildInstance, KIND_MIX, NAMES, PLACES, storedStatus, type Instance } from './lib/flows.ts'
import { bytes, codeVersion, count, intFlag, machine, now, parseFlags, seconds, table, timed } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const target = targetFrom(flags)
const pglite = target.engine === 'pglite'
const MATTERS = intFlag(flags, 'matters', pglite ? 200_000 : 1_200_000)
const BATCH = intFlag(flags, 'batch', pglite ? 20_000 : 100_000)
const VARIANTS = intFlag(flags, 'variants', 8)
const SEED = intFlag(flags, 'seed', 2026)
const VERIFY = intFlag(flags, 'verify', 300)
const FIRST_DAY = String(flags.from ?? '2021-12-01')
const REGISTER_TABLES = ['matters', 'matter_subjects', 'matter_events', 'deadlines'] as const
/** Share of matters handled at the provincial procuracy (its departments) rather than a regional one. */
const PROVINCIAL_PERCENT = 15

// ── SQL helpers: hashing row ids into choices ────────────────────────────────────────────

const hash = (x: string, salt: number) => `(hashint8((${x})::bigint * 1000003 + ${salt}) & 2147483647)`
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`
const pick = (items: readonly string[], x: string, salt: number) =>
  `(ARRAY[${items.map(literal).join(',')}]::text[])[1 + ${hash(x, salt)} % ${items.length}]`
const intArray = (ids: readonly number[]) => `ARRAY[${ids.join(',')}]::int[]`
const pickId = (ids: readonly number[], x: string) => `(${intArray(ids)})[1 + ${x} % ${ids.length}]`

/** A Vietnamese name and gender drawn from a subject id; `malePercent` is an SQL expression. */
const male = (x: string, malePercent: string) => `(${hash(x, 12)} % 100 < ${malePercent})`
const personName = (x: string, malePercent: string) =>
  `${pick(NAMES.family, x, 11)} || ' ' || CASE WHEN ${male(x, malePercent)} THEN ${pick(NAMES.middleMale, x, 13)} || ' ' || ${pick(NAMES.givenMale, x, 14)} ELSE ${pick(NAMES.middleFemale, x, 13)} || ' ' || ${pick(NAMES.givenFemale, x, 14)} END`
const malePercentOf = (kind: string) => `(CASE WHEN ${kind} = 'criminal_case' THEN 86 ELSE 52 END)`
const place = (x: string) => pick(PLACES, x, 7)
const honorific = (x: string, malePercent: string) =>
  `(CASE WHEN ${male(x, malePercent)} THEN 'ông ' ELSE 'bà ' END) || ${personName(x, malePercent)}`

// ── templates to the database ────────────────────────────────────────────────────────────

const TEMPLATE_DDL = `
  DROP TABLE IF EXISTS bench_tpl_inst, bench_tpl_subject, bench_tpl_event, bench_tpl_deadline, bench_unit, bench_matter;
  CREATE UNLOGGED TABLE bench_tpl_inst (inst_id int PRIMARY KEY, kind text, received_on date, last_on date, n_events int, n_subjects int,
    stage text, stage_label text, category text, closed boolean, next_due date, titles jsonb);
  CREATE UNLOGGED TABLE bench_tpl_subject (inst_id int, idx int, role text, charge_article text, charge_clause smallint, charge_point text, category text, measure text);
  CREATE UNLOGGED TABLE bench_tpl_event (inst_id int, idx int, type text, occurred_on date, occurred_at text, subj_idx int, series text, body text, data text, refs boolean);
  CREATE UNLOGGED TABLE bench_tpl_deadline (inst_id int, rule_code text, subj_idx int, start_idx int, start_date date, due_date date, due_time text, unadjusted_due_date date,
    moved boolean, day_off_reasons jsonb, basis text, latest_ext date, ext_remaining int, status text, closer_idx int, closed_on date);
`

/** Subject ids inside event data (indictment charges, verdicts) become tokens the SQL replaces by real ids. */
const dataText = (data: Record<string, unknown>): { text: string; refs: boolean } => {
  let refs = false
  const text = JSON.stringify(data, (key, value) => {
    if (key === 'subjectId' && typeof value === 'number') {
      refs = true
      return `@S${value}@`
    }
    return value
  })
  return { text, refs }
}

const insertRecords = async (raw: Raw, tableName: string, columns: string, rows: unknown[][], chunk = 20_000) => {
  const names = columns.split(',').map((c) => c.trim().split(' ')[0]!)
  for (let i = 0; i < rows.length; i += chunk) {
    const records = rows.slice(i, i + chunk).map((r) => Object.fromEntries(names.map((n, j) => [n, r[j] ?? null])))
    await raw.query(
      `INSERT INTO ${tableName} (${names.join(', ')}) SELECT * FROM json_to_recordset($1::json) AS x(${columns})`,
      [JSON.stringify(records)],
    )
  }
}

const shipTemplates = async (raw: Raw, instances: Instance[], ndays: number) => {
  await raw.exec(TEMPLATE_DDL)
  const inst: unknown[][] = []
  const subjects: unknown[][] = []
  const events: unknown[][] = []
  const deadlines: unknown[][] = []
  for (const i of instances) {
    const id = i.slot * ndays + i.day
    inst.push([
      id,
      i.kind,
      i.receivedOn,
      i.drafts[i.drafts.length - 1]!.on,
      i.drafts.length,
      i.subjects.length,
      i.state.stage,
      i.state.stageLabel,
      i.state.category,
      i.state.closed,
      i.nextDueDate,
      i.titles,
    ])
    i.subjects.forEach((s, k) => {
      const state = i.state.subjects[k]!
      subjects.push([
        id,
        k + 1,
        s.role,
        state.charge?.article ?? null,
        state.charge?.clause ?? null,
        state.charge?.point ?? null,
        state.category,
        state.measure,
      ])
    })
    i.drafts.forEach((d, k) => {
      const data = dataText(d.data)
      events.push([id, k + 1, d.type, d.on, d.at, d.subject, d.series, d.body, data.text, data.refs])
    })
    for (const d of i.deadlines)
      deadlines.push([
        id,
        d.ruleCode,
        d.subjectId,
        d.startEventId,
        d.startDate,
        d.dueDate,
        d.dueTime,
        d.unadjustedDueDate,
        d.movedBecauseOfDayOff,
        d.dayOffReasons,
        d.basis,
        d.latestExtensionRequestDate,
        d.extensionsRemaining,
        storedStatus(d),
        d.closedByEventId,
        d.closedOn,
      ])
  }
  await insertRecords(
    raw,
    'bench_tpl_inst',
    'inst_id int, kind text, received_on date, last_on date, n_events int, n_subjects int, stage text, stage_label text, category text, closed boolean, next_due date, titles jsonb',
    inst,
  )
  await insertRecords(
    raw,
    'bench_tpl_subject',
    'inst_id int, idx int, role text, charge_article text, charge_clause smallint, charge_point text, category text, measure text',
    subjects,
  )
  await insertRecords(
    raw,
    'bench_tpl_event',
    'inst_id int, idx int, type text, occurred_on date, occurred_at text, subj_idx int, series text, body text, data text, refs boolean',
    events,
  )
  await insertRecords(
    raw,
    'bench_tpl_deadline',
    'inst_id int, rule_code text, subj_idx int, start_idx int, start_date date, due_date date, due_time text, unadjusted_due_date date, moved boolean, day_off_reasons jsonb, basis text, latest_ext date, ext_remaining int, status text, closer_idx int, closed_on date',
    deadlines,
  )
  await raw.exec(
    `CREATE INDEX ON bench_tpl_subject (inst_id); CREATE INDEX ON bench_tpl_event (inst_id); CREATE INDEX ON bench_tpl_deadline (inst_id); ANALYZE bench_tpl_inst, bench_tpl_subject, bench_tpl_event, bench_tpl_deadline`,
  )
  return { inst: inst.length, subjects: subjects.length, events: events.length, deadlines: deadlines.length }
}

// ── where matters are handled, and by whom ───────────────────────────────────────────────

type Seats = { regional: number[]; criminalDept: number[]; civilDept: number[]; adminDept: number[] }

const prepareSeats = async (raw: Raw): Promise<Seats> => {
  // Current units only (valid_to is null); every unit gets a tag for the matter numbers and its staff.
  await raw.exec(`
    CREATE UNLOGGED TABLE bench_unit AS
    SELECT u.id AS unit_id, u.code, u.level,
           CASE WHEN u.level = 'regional' THEN split_part(u.code, '.', 2) ELSE split_part(u.code, '.', 2) || '-' || split_part(u.code, '.', 1) END AS tag,
           (SELECT array_agg(p.id ORDER BY p.id) FROM people p WHERE p.unit_id = u.id AND p.active) AS people
      FROM units u WHERE u.valid_to IS NULL AND u.level <> 'supreme';
    CREATE UNIQUE INDEX ON bench_unit (unit_id);
  `)
  const rows = await raw.query<{ unit_id: number; code: string; level: string; staffed: boolean }>(
    `SELECT unit_id, code, level, people IS NOT NULL AS staffed FROM bench_unit ORDER BY unit_id`,
  )
  const staffed = rows.filter((r) => r.staffed)
  const dept = (key: string) => staffed.filter((r) => r.code.endsWith(`.${key}`)).map((r) => r.unit_id)
  return {
    regional: staffed.filter((r) => r.level === 'regional').map((r) => r.unit_id),
    criminalDept: dept('P1'),
    civilDept: dept('P9'),
    adminDept: dept('P10'),
  }
}

// ── the matters, set-based ───────────────────────────────────────────────────────────────

const createMatterPlan = async (raw: Raw, seats: Seats, ndays: number) => {
  const thresholds = KIND_MIX.reduce<number[]>((acc, [, w]) => [...acc, (acc[acc.length - 1] ?? 0) + w], [])
  const total = thresholds[thresholds.length - 1]!
  const kindIndex = `CASE ${thresholds.map((t, i) => `WHEN ${hash('g', 1)} % ${total} < ${t} THEN ${i}`).join(' ')} END`
  const unit = `CASE WHEN ${hash('s.id', 4)} % 100 < ${PROVINCIAL_PERCENT} THEN (CASE i.kind WHEN 'civil' THEN ${pickId(seats.civilDept, hash('s.id', 5))}
                  WHEN 'administrative' THEN ${pickId(seats.adminDept, hash('s.id', 5))} ELSE ${pickId(seats.criminalDept, hash('s.id', 5))} END)
                ELSE ${pickId(seats.regional, hash('s.id', 5))} END`
  await raw.exec(`
    CREATE UNLOGGED TABLE bench_matter AS
    WITH slotted AS (
      SELECT g AS id, (${kindIndex}) * ${VARIANTS} + ${hash('g', 2)} % ${VARIANTS} AS slot, ${hash('g', 3)} % ${ndays} AS day
        FROM generate_series(1, ${MATTERS}) g
    ), placed AS (
      SELECT s.id, i.inst_id, i.kind, i.received_on, i.n_events, i.n_subjects, ${unit} AS unit_id
        FROM slotted s JOIN bench_tpl_inst i ON i.inst_id = s.slot * ${ndays} + s.day
    )
    SELECT p.id, p.inst_id, p.kind, p.received_on, p.unit_id,
           CASE WHEN ${hash('p.id', 6)} % 100 < 2 THEN NULL ELSE u.people[1 + ${hash('p.id', 8)} % cardinality(u.people)] END AS prosecutor_id,
           (sum(p.n_events) OVER w - p.n_events)::bigint AS event_base,
           (sum(p.n_subjects) OVER w - p.n_subjects)::bigint AS subj_base,
           row_number() OVER (PARTITION BY p.unit_id, p.kind, extract(year FROM p.received_on) ORDER BY p.received_on, p.id) || '/' || extract(year FROM p.received_on)
             || '/' || CASE p.kind WHEN 'crime_report' THEN 'TB' WHEN 'criminal_case' THEN 'HS' WHEN 'civil' THEN 'DS' ELSE 'HC' END || '-' || u.tag AS number
      FROM placed p JOIN bench_unit u ON u.unit_id = p.unit_id
    WINDOW w AS (ORDER BY p.id);
    CREATE UNIQUE INDEX ON bench_matter (id);
    ANALYZE bench_matter;
  `)
}

const insertBatch = async (raw: Raw, lo: number, hi: number) => {
  const range = `m.id BETWEEN ${lo} AND ${hi}`
  const nameA = honorific('m.subj_base + 1', malePercentOf('i.kind'))
  const nameB = honorific('m.subj_base + 2', malePercentOf('i.kind'))
  const title = `i.titles ->> (${hash('m.id', 9)} % jsonb_array_length(i.titles))::int`
  await raw.exec(`
    INSERT INTO matters (id, unit_id, kind, number, title, received_on, prosecutor_id, stage, stage_label, category, closed, next_due_date, created_by, created_at, updated_at)
    SELECT m.id, m.unit_id, i.kind, m.number,
           CASE WHEN t.title LIKE '%{a}%' THEN replace(replace(replace(t.title, '{p}', ${place('m.id')}), '{a}', ${nameA}), '{b}', ${nameB}) ELSE replace(t.title, '{p}', ${place('m.id')}) END,
           i.received_on, m.prosecutor_id, i.stage, i.stage_label, i.category, i.closed, i.next_due, m.prosecutor_id,
           least((i.received_on + time '08:00')::timestamptz, now()), least((i.last_on + time '16:30')::timestamptz, now())
      FROM bench_matter m JOIN bench_tpl_inst i ON i.inst_id = m.inst_id CROSS JOIN LATERAL (SELECT ${title} AS title) t
     WHERE ${range};

    INSERT INTO matter_subjects (id, matter_id, unit_id, full_name, birth_year, gender, charge_article, charge_clause, charge_point, category, measure, created_at)
    SELECT m.subj_base + s.idx, m.id, m.unit_id,
           CASE WHEN s.role = 'authority' THEN 'Ủy ban nhân dân ' || ${place('m.id')} ELSE ${personName('m.subj_base + s.idx', malePercentOf('m.kind'))} END,
           CASE WHEN s.role = 'authority' THEN NULL WHEN s.role = 'suspect' THEN extract(year FROM m.received_on)::int - 18 - ${hash('m.subj_base + s.idx', 15)} % 40 ELSE 1950 + ${hash('m.subj_base + s.idx', 15)} % 50 END,
           CASE WHEN s.role = 'authority' THEN NULL WHEN ${male('m.subj_base + s.idx', malePercentOf('m.kind'))} THEN 'nam' ELSE 'nu' END,
           s.charge_article, s.charge_clause, s.charge_point, s.category, s.measure, least((m.received_on + time '08:00')::timestamptz, now())
      FROM bench_matter m JOIN bench_tpl_subject s ON s.inst_id = m.inst_id
     WHERE ${range};

    INSERT INTO matter_events (id, matter_id, unit_id, subject_id, type, occurred_on, occurred_at, document_number, issuing_body, data, recorded_by, recorded_at)
    SELECT m.event_base + e.idx, m.id, m.unit_id, m.subj_base + e.subj_idx, e.type, e.occurred_on, e.occurred_at,
           CASE WHEN e.series IS NULL THEN NULL ELSE (1 + ${hash('m.event_base + e.idx', 21)} % 480)::text || '/' || e.series END,
           e.body,
           (CASE WHEN e.refs THEN replace(replace(replace(replace(replace(replace(e.data,
              '"@S1@"', (m.subj_base + 1)::text), '"@S2@"', (m.subj_base + 2)::text), '"@S3@"', (m.subj_base + 3)::text),
              '"@S4@"', (m.subj_base + 4)::text), '"@S5@"', (m.subj_base + 5)::text), '"@S6@"', (m.subj_base + 6)::text)
            ELSE e.data END)::jsonb,
           m.prosecutor_id, least((e.occurred_on + time '09:00' + e.idx * interval '7 minutes')::timestamptz, now())
      FROM bench_matter m JOIN bench_tpl_event e ON e.inst_id = m.inst_id
     WHERE ${range};

    INSERT INTO deadlines (matter_id, unit_id, key, subject_id, rule_code, start_event_id, start_date, due_date, due_time, unadjusted_due_date, moved_because_of_day_off,
                           day_off_reasons, basis, latest_extension_request_date, extensions_remaining, status, closed_by_event_id, closed_on, responsible_id)
    SELECT m.id, m.unit_id, d.rule_code || ':' || coalesce((m.subj_base + d.subj_idx)::text, '-') || ':' || (m.event_base + d.start_idx)::text,
           m.subj_base + d.subj_idx, d.rule_code, m.event_base + d.start_idx, d.start_date, d.due_date, d.due_time, d.unadjusted_due_date, d.moved,
           d.day_off_reasons, d.basis, d.latest_ext, d.ext_remaining, d.status, m.event_base + d.closer_idx, d.closed_on, m.prosecutor_id
      FROM bench_matter m JOIN bench_tpl_deadline d ON d.inst_id = m.inst_id
     WHERE ${range}
     ORDER BY m.id, d.start_idx;
  `)
}

/** Secondary indexes and foreign keys of the register, as the migrations created them. */
const captureDefinitions = async (raw: Raw) => {
  const indexes = await raw.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1::text[]) AND indexname NOT LIKE '%_pkey' ORDER BY tablename, indexname`,
    [REGISTER_TABLES],
  )
  const constraints = await raw.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND (conrelid::regclass::text = ANY($1::text[]) OR confrelid::regclass::text = ANY($1::text[])) ORDER BY conname`,
    [REGISTER_TABLES],
  )
  return { indexes, constraints }
}

// ── sign-ins for the other benchmarks ────────────────────────────────────────────────────

/** Bench users share the demo password (and its hash): a provincial leader, a national reader, the busiest prosecutor. */
const createBenchLogins = async (raw: Raw) => {
  const grant = async (username: string, personSql: string, role: string, unitSql: string) => {
    const [person] = await raw.query<{ id: number; full_name: string }>(personSql)
    if (!person) throw new Error(`no person for ${username}`)
    await raw.query(
      `UPDATE people SET username = $1, password_hash = (SELECT password_hash FROM people WHERE username = 'admin'), password_changed_at = now() WHERE id = $2`,
      [username, person.id],
    )
    await raw.query(
      `INSERT INTO role_grants (person_id, role, unit_id) SELECT $1, $2, (${unitSql}) ON CONFLICT DO NOTHING`,
      [person.id, role],
    )
    return `${username} (${person.full_name}, ${role})`
  }
  return [
    await grant(
      'bench_lanhdao',
      `SELECT p.id, p.full_name FROM people p JOIN units u ON u.id = p.unit_id WHERE u.code = 'TN05' AND p.title = 'vien_truong' ORDER BY p.id LIMIT 1`,
      'leadership',
      `SELECT id FROM units WHERE code = 'TN05'`,
    ),
    await grant(
      'bench_quocgia',
      `SELECT p.id, p.full_name FROM people p JOIN units u ON u.id = p.unit_id WHERE u.code = 'TN01.TTR' ORDER BY p.id LIMIT 1`,
      'readonly',
      `SELECT id FROM units WHERE code = 'VKSNDTC'`,
    ),
    await grant(
      'bench_ksv',
      `SELECT p.id, p.full_name FROM deadlines d JOIN people p ON p.id = d.responsible_id JOIN units u ON u.id = p.unit_id
        WHERE d.status = 'open' AND u.level = 'regional' AND p.username IS NULL GROUP BY p.id, p.full_name ORDER BY count(*) DESC, p.id LIMIT 1`,
      'prosecutor',
      `SELECT unit_id FROM people WHERE username = 'bench_ksv'`,
    ),
  ]
}

// ── the run ──────────────────────────────────────────────────────────────────────────────

const main = async () => {
  const started = now()
  const today = todayInVietnam()
  console.log(
    `register-dataset: ${describeTarget(target)}, ${count(MATTERS)} matters, ${FIRST_DAY} – ${today}; ${machine()}; ${codeVersion()}`,
  )

  await timed(pglite ? 'new PGlite folder' : `new database ${target.database}`, () => recreate(target))
  const bench = await openBench(target)
  const { handle, raw } = bench
  await timed('migrations', () => migrateDatabase(handle))
  const org = generateDemoOrganisation({ seed: 2025, scale: 34 })
  await timed(`organisation: ${count(org.units.length)} units, ${count(org.people.length)} people`, () =>
    loadOrganisation(handle.db, org, DEMO_PASSWORD),
  )

  // Templates: every slot × day, derived with the official calendar as stored (empty here).
  const calendar = await loadWorkingCalendar(handle.db, '1900-01-01')
  const ndays = daysBetween(FIRST_DAY, today) + 1
  const slots = KIND_MIX.length * VARIANTS
  const instances = await timed(`templates: ${count(slots * ndays)} flows derived by the pure core`, async () => {
    const out: Instance[] = []
    for (let slot = 0; slot < slots; slot++)
      for (let day = 0; day < ndays; day++)
        out.push(
          buildInstance({
            slot,
            variants: VARIANTS,
            day,
            first: FIRST_DAY,
            today,
            seed: SEED,
            calendar,
            validate: day % 97 === 0,
          }),
        )
    return out
  })
  const problems = instances.flatMap((i) => i.problems)
  if (problems.length > 0)
    console.log(`  ! the register's validator refused ${problems.length} template acts, e.g. ${problems[0]}`)
  const shipped = await timed('templates to the database', () => shipTemplates(raw, instances, ndays))
  console.log(
    `    ${count(shipped.inst)} instances, ${count(shipped.events)} acts, ${count(shipped.deadlines)} deadlines`,
  )

  if (!pglite) await raw.exec(`SET maintenance_work_mem = '1GB'; SET synchronous_commit = off; SET work_mem = '256MB'`)
  const seats = await timed('units and staff', () => prepareSeats(raw))
  console.log(`    ${seats.regional.length} regional units, ${seats.criminalDept.length} provinces`)
  await timed('matter plan (unit, prosecutor, number, id ranges)', () => createMatterPlan(raw, seats, ndays))

  const definitions = await captureDefinitions(raw)
  await timed(
    `drop ${definitions.indexes.length} secondary indexes and ${definitions.constraints.length} foreign keys`,
    async () => {
      for (const c of definitions.constraints) await raw.exec(`ALTER TABLE ${c.table} DROP CONSTRAINT ${c.name}`)
      for (const i of definitions.indexes) await raw.exec(`DROP INDEX ${i.name}`)
    },
  )

  const loadStarted = now()
  for (let lo = 1; lo <= MATTERS; lo += BATCH) {
    const hi = Math.min(MATTERS, lo + BATCH - 1)
    const t = now()
    await insertBatch(raw, lo, hi)
    process.stdout.write(
      `\r  rows of matters ${count(hi)} / ${count(MATTERS)} (${seconds(now() - t)} for the last batch, ${seconds(now() - loadStarted)} so far)   `,
    )
  }
  process.stdout.write('\n')
  const loadMs = now() - loadStarted

  const indexStarted = now()
  const indexTimes: string[][] = []
  for (const i of definitions.indexes) {
    const t = now()
    await raw.exec(i.def)
    indexTimes.push([i.name, seconds(now() - t)])
  }
  for (const c of definitions.constraints) {
    const t = now()
    await raw.exec(`ALTER TABLE ${c.table} ADD CONSTRAINT ${c.name} ${c.def}`)
    indexTimes.push([`${c.name} (foreign key)`, seconds(now() - t)])
  }
  const indexMs = now() - indexStarted
  console.log(table(['index / constraint rebuilt', 'time'], indexTimes))

  await timed('sequences, VACUUM (ANALYZE)', async () => {
    for (const t of ['matters', 'matter_subjects', 'matter_events'])
      await raw.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), greatest((SELECT max(id) FROM ${t}), 1))`)
    await raw.exec('VACUUM (ANALYZE)')
  })
  const logins = await timed('bench sign-ins', () => createBenchLogins(raw))
  await raw.exec(
    `DROP TABLE bench_tpl_inst, bench_tpl_subject, bench_tpl_event, bench_tpl_deadline, bench_unit, bench_matter`,
  )
  const totalMs = now() - started

  // What was loaded.
  const [counts] = await raw.query<Record<string, string>>(
    `
    SELECT (SELECT count(*) FROM matters)::text AS matters, (SELECT count(*) FROM matters WHERE NOT closed)::text AS open_matters,
           (SELECT count(*) FROM matter_subjects)::text AS subjects, (SELECT count(*) FROM matter_events)::text AS events,
           (SELECT count(*) FROM deadlines)::text AS deadlines, (SELECT count(*) FROM deadlines WHERE status = 'open')::text AS open_deadlines,
           (SELECT count(*) FROM deadlines WHERE status = 'open' AND due_date < $1::date)::text AS overdue,
           (SELECT count(*) FROM deadlines WHERE status = 'open' AND due_date BETWEEN $1::date - 31 AND $1::date + 31)::text AS open_within_month,
           (SELECT count(*) FROM deadlines WHERE status = 'suspended')::text AS suspended`,
    [today],
  )
  const sizes = await tableSizes(raw, REGISTER_TABLES)
  console.log(
    `\nLoaded in ${seconds(totalMs)} (register rows ${seconds(loadMs)}, indexes and keys ${seconds(indexMs)}), database ${bytes(await databaseBytes(raw))}`,
  )
  console.log(
    table(
      ['table', 'rows (estimate)', 'table', 'indexes', 'total'],
      sizes.map((s) => [
        s.table,
        count(Number(s.rows)),
        bytes(Number(s.table_bytes)),
        bytes(Number(s.index_bytes)),
        bytes(Number(s.total_bytes)),
      ]),
    ),
  )
  console.log(
    `matters ${count(Number(counts!.matters))} (open ${count(Number(counts!.open_matters))}), subjects ${count(Number(counts!.subjects))}, events ${count(Number(counts!.events))}, ` +
      `deadlines ${count(Number(counts!.deadlines))}: open ${count(Number(counts!.open_deadlines))} (overdue ${count(Number(counts!.overdue))}, due within ±31 days ${count(Number(counts!.open_within_month))}), suspended ${count(Number(counts!.suspended))}`,
  )
  const years = await raw.query<{ year: string; n: string }>(
    `SELECT (extract(year FROM received_on + 31))::text AS year, count(*)::text AS n FROM matters GROUP BY 1 ORDER BY 1`,
  )
  console.log(`by statistics year (01/12–30/11): ${years.map((y) => `${y.year}: ${count(Number(y.n))}`).join(', ')}`)
  console.log(`sign-ins (password as the demo's): ${logins.join('; ')}`)

  if (VERIFY > 0) await verify(bench, today)
  await bench.close()
}

/** Derives a sample of matters again with the server's repository and the pure core, and compares with what was stored. */
const verify = async (bench: Awaited<ReturnType<typeof openBench>>, today: string) => {
  const { handle, raw } = bench
  const ids = await raw.query<{ id: number }>(
    `(SELECT id FROM matters ORDER BY hashint8(id::bigint) LIMIT $1) UNION (SELECT matter_id FROM deadlines WHERE status = 'open' GROUP BY matter_id ORDER BY hashint8(matter_id::bigint) LIMIT $1)`,
    [Math.ceil(VERIFY / 2)],
  )
  const calendar = await loadWorkingCalendar(handle.db, '1900-01-01')
  const mismatches: string[] = []
  for (const { id } of ids) {
    const [matter] = await handle.db.select().from(matters).where(sql`${matters.id} = ${id}`)
    const loaded = await loadMatter(handle.db, matter!)
    const facts = factsOf(loaded)
    const state = deriveMatterState(facts)
    const derived = deriveDeadlines(facts, calendar, today)
    const stored = new Map(loaded.deadlines.map((d) => [d.key, d]))
    if (state.stage !== matter!.stage || state.closed !== matter!.closed)
      mismatches.push(`${id}: stage ${matter!.stage} ≠ ${state.stage}`)
    if (derived.length !== stored.size)
      mismatches.push(`${id}: ${stored.size} deadlines stored, ${derived.length} derived`)
    for (const d of derived) {
      const s = stored.get(d.key)
      if (!s) mismatches.push(`${id}: deadline ${d.key} missing`)
      else if (s.dueDate !== d.dueDate || s.status !== storedStatus(d) || s.unadjustedDueDate !== d.unadjustedDueDate)
        mismatches.push(`${id}: ${d.key} stored ${s.dueDate}/${s.status}, derived ${d.dueDate}/${storedStatus(d)}`)
    }
    state.subjects.forEach((sub) => {
      const row = loaded.subjects.find((r) => r.id === sub.subjectId)
      if (!row || row.measure !== sub.measure || (row.chargeArticle ?? null) !== (sub.charge?.article ?? null))
        mismatches.push(`${id}: subject ${sub.subjectId} differs`)
    })
  }
  console.log(
    `verify: ${ids.length} matters derived again from their stored acts: ${mismatches.length === 0 ? 'all agree with the stored stage, charges, measures and deadlines' : `${mismatches.length} differences, e.g. ${mismatches.slice(0, 5).join('; ')}`}`,
  )
}

await main()
