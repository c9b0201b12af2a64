// Compiles indicator definitions (src/domain/indicators/definition.ts) into SQL over the
// register. One statement scans the events of the units in scope once, reduces them to one row
// of boolean "atoms" per matter (and per person), and counts every numerator and denominator
// of every indicator with FILTER clauses: the engine's cost is the cost of one hand-written
// aggregate (issue target: within 1.5×). The same atoms list the records behind a figure, so
// a drill-down list has exactly as many rows as the figure counts.
import { sql, type SQL } from 'drizzle-orm'
import {
  isDeadlineAtom,
  isEventAtom,
  type Atom,
  type DeadlineAtom,
  type EventAtom,
  type EventWindow,
  type IndicatorDefinition,
  type Measure,
  type SetExpression,
} from '@/domain/indicators/definition.ts'
import { asOfMoment } from '@/domain/indicators/periods.ts'
import { stillOpenOnCondition, UNMET_STATUSES } from '@/domain/register/row-plan.ts'

export type Scope = {
  /** The recording units whose matters are counted (raw unit ids, ceased units included). */
  unitIds: readonly number[]
  from: string
  to: string
  /** The "as of" day: acts entered before it ends in Vietnam (asOfMoment) and not voided by then count. */
  asOf: string
}

type Mode = 'matter' | 'person'

/** The stored statuses of a deadline past due and not met (register/row-plan.ts), as SQL literals. */
const UNMET = sql.raw(UNMET_STATUSES.map((status) => `'${status}'`).join(', '))
const modeOf = (definition: IndicatorDefinition): Mode => (definition.unitOfCount === 'person' ? 'person' : 'matter')

/** The acts whose details hold a per-subject list (event-types.ts: indicted.charges, first_instance_trial.verdicts). */
const LIST_TYPES: readonly string[] = ['indicted', 'first_instance_trial']

export const intArray = (ids: readonly number[]) => sql`${`{${ids.join(',')}}`}::int[]`
const textArray = (values: readonly string[]) => sql`${`{${values.join(',')}}`}::text[]`

/** Atoms of one mode, each given a column name; the same atom used twice is computed once. */
class AtomColumns {
  readonly events = new Map<string, { name: string; atom: EventAtom }>()
  readonly deadlines = new Map<string, { name: string; atom: DeadlineAtom }>()
  readonly sums = new Map<string, { name: string; sum: NonNullable<Measure['sum']> }>()

  constructor(private readonly prefix: string) {}

  column(atom: Atom): string {
    const key = JSON.stringify(atom)
    if (isEventAtom(atom)) return this.register(this.events, key, { atom }, 'e')
    return this.register(this.deadlines, key, { atom: atom as DeadlineAtom }, 'd')
  }

  sumColumn(sum: NonNullable<Measure['sum']>): string {
    return this.register(this.sums, JSON.stringify(sum), { sum }, 's')
  }

  private register<T extends { name: string }>(
    map: Map<string, T>,
    key: string,
    value: Omit<T, 'name'>,
    letter: string,
  ): string {
    const found = map.get(key)
    if (found) return found.name
    const name = `${this.prefix}${letter}${map.size}`
    map.set(key, { ...value, name } as T)
    return name
  }
}

const windowCondition = (window: EventWindow, scope: Scope): SQL => {
  if (window === 'before_start') return sql`ev.occurred_on < ${scope.from}::date`
  if (window === 'in_period') return sql`ev.occurred_on >= ${scope.from}::date`
  return sql`true` // by_end: every scanned event is on or before the end
}

/** A detail matches on the per-subject element when it has the field, else on the event's details. */
const whereCondition = (atom: EventAtom): SQL[] =>
  (atom.event.where ?? []).map(
    ({ field, equals }) => sql`coalesce(ev.el -> ${field}, ev.data -> ${field}) = ${JSON.stringify(equals)}::jsonb`,
  )

const eventCondition = (atom: EventAtom, scope: Scope): SQL =>
  sql.join(
    [
      sql`ev.type = ANY(${textArray(atom.event.types)})`,
      windowCondition(atom.event.window, scope),
      ...whereCondition(atom),
    ],
    sql` AND `,
  )

const deadlineCondition = (atom: DeadlineAtom, scope: Scope): SQL => {
  const closedBy = atom.deadline.closedBy
    ? sql` AND d.closed_by_type = ANY(${textArray(atom.deadline.closedBy)})`
    : sql``
  const rules = sql`d.rule_code = ANY(${textArray(atom.deadline.rules)})${closedBy}`
  const end = sql`least(${scope.to}::date, ${scope.asOf}::date)`
  switch (atom.deadline.outcome) {
    case 'met_in_period':
      return sql`${rules} AND d.status = 'met' AND d.closed_on BETWEEN ${scope.from}::date AND ${end}`
    case 'missed_in_period':
      return sql`${rules} AND d.status IN (${UNMET}) AND d.due_date BETWEEN ${scope.from}::date AND ${scope.to}::date AND d.due_date < ${scope.asOf}::date`
    case 'overdue_at_end':
      return sql`${rules} AND d.due_date < ${end} AND ${stillOpenOnCondition(sql, { status: sql`d.status`, closedOn: sql`d.closed_on` }, end)}`
  }
}

/**
 * The rows of `deadlines` an atom can hold for, as selects the indexes serve; the atom's full
 * condition is then evaluated on each row as it stood at the as-of moment (deadlineCondition
 * over the `dl` CTE).
 */
const deadlineSelects = (atom: DeadlineAtom, scope: Scope, units: SQL): SQL[] => {
  const base = sql`SELECT * FROM deadlines WHERE unit_id = ANY(${units}) AND rule_code = ANY(${textArray(atom.deadline.rules)})`
  const end = sql`least(${scope.to}::date, ${scope.asOf}::date)`
  // Closed today by an act entered after the as-of moment: still open then, so it may have been
  // missed or overdue whatever its status now. Few rows (none as of today), by the (unit, rule,
  // closing act's entry) index.
  const closedLater = sql`${base} AND closed_recorded_at >= ${asOfMoment(scope.asOf)}::timestamptz`
  switch (atom.deadline.outcome) {
    case 'met_in_period':
      return [sql`${base} AND closed_on BETWEEN ${scope.from}::date AND ${end} AND status = 'met'`]
    case 'missed_in_period':
      return [
        sql`${base} AND status IN (${UNMET}) AND due_date BETWEEN ${scope.from}::date AND ${scope.to}::date AND due_date < ${scope.asOf}::date`,
        closedLater,
      ]
    case 'overdue_at_end':
      return [
        sql`${base} AND status = 'open' AND due_date < ${end}`,
        // Written with coalesce so that no index on closing days can serve it: the planner would
        // AND such a scan with a whole index of statuses (93,000 entries for one province, 19 ms
        // on PGlite) where the unit, status and due date index alone finds the few missed ones (3 ms).
        sql`${base} AND coalesce(closed_on, 'infinity'::date) > ${end} AND status = 'missed' AND due_date < ${end}`,
        closedLater,
      ]
  }
}

/** A boolean expression over the atom columns of one item row. */
const setExpression = (set: SetExpression, columns: AtomColumns): SQL => {
  if (isEventAtom(set) || isDeadlineAtom(set)) return sql.raw(`coalesce(i.${columns.column(set)}, false)`)
  if ('all' in set)
    return sql`(${sql.join(
      set.all.map((s) => setExpression(s, columns)),
      sql` AND `,
    )})`
  if ('any' in set)
    return sql`(${sql.join(
      set.any.map((s) => setExpression(s, columns)),
      sql` OR `,
    )})`
  return sql`(NOT ${setExpression(set.not, columns)})`
}

const kindsCondition = (definition: IndicatorDefinition): SQL => sql`i.kind = ANY(${textArray(definition.kinds)})`

/** The condition an item meets to be in one part of an indicator. */
export const partCondition = (definition: IndicatorDefinition, measure: Measure, columns: AtomColumns): SQL =>
  sql`(${kindsCondition(definition)} AND ${setExpression(measure.set, columns)})`

const measureAggregate = (definition: IndicatorDefinition, measure: Measure, columns: AtomColumns): SQL => {
  const condition = partCondition(definition, measure, columns)
  if (measure.sum)
    return sql`coalesce(sum(${sql.raw(`i.${columns.sumColumn(measure.sum)}`)}) FILTER (WHERE ${condition}), 0)::float8`
  return sql`(count(*) FILTER (WHERE ${condition}))::float8`
}

const eventTypesOf = (columns: AtomColumns[]) => {
  const all = new Set<string>()
  const history = new Set<string>()
  for (const c of columns) {
    for (const { atom } of c.events.values())
      for (const type of atom.event.types)
        (atom.event.window === 'in_period' ? all : (all.add(type), history)).add(type)
    for (const { sum } of c.sums.values())
      for (const type of sum.types) (sum.window === 'in_period' ? all : (all.add(type), history)).add(type)
  }

  return { all: [...all], history: [...history] }
}

/** The amount an event adds to a sum (once per event, not per element of its per-subject list). */
const sumCell = (sum: NonNullable<Measure['sum']>, scope: Scope): SQL =>
  sql`CASE WHEN ev.ord = 1 AND ev.type = ANY(${textArray(sum.types)}) AND ${windowCondition(sum.window, scope)} THEN (ev.data ->> ${sum.field})::numeric END`

/**
 * The CTEs that turn the register into item rows `i_matter` / `i_person`: one row per matter
 * (or per person) with at least one true atom, carrying the atoms as columns.
 */
const itemCtes = (scope: Scope, matterColumns: AtomColumns, personColumns: AtomColumns): SQL => {
  const { all, history } = eventTypesOf([matterColumns, personColumns])
  const deadlineAtoms = [matterColumns, personColumns].flatMap((c) => [...c.deadlines.values()].map(({ atom }) => atom))
  const tiedToActs = deadlineAtoms.some((atom) => atom.deadline.closedBy !== undefined)
  const units = intArray(scope.unitIds)
  const moment = asOfMoment(scope.asOf)
  const deadlineBranches = deadlineAtoms.flatMap((atom) => deadlineSelects(atom, scope, units))
  const eventFilter = (types: string[]) =>
    sql`e.unit_id = ANY(${units}) AND e.type = ANY(${textArray(types)}) AND e.occurred_on <= ${scope.to}::date
         AND (e.occurred_on >= ${scope.from}::date OR e.type = ANY(${textArray(history)}))
         AND e.recorded_at < ${moment}::timestamptz AND (e.voided_at IS NULL OR e.voided_at >= ${moment}::timestamptz)`

  const parts: SQL[] = [
    // Events in scope: one row each, or — for the acts that carry a per-subject list (verdicts,
    // charges) — one row per element. The two are separate branches so that the planner's
    // guess for the list expansion (100 rows a call) stays confined to those few acts.
    sql`ev AS (
      SELECT e.matter_id, e.type, e.occurred_on, e.subject_id AS event_subject, e.data, NULL::jsonb AS el, 1::bigint AS ord
        FROM matter_events e
       WHERE ${eventFilter(all.filter((type) => !LIST_TYPES.includes(type)))}
      UNION ALL
      SELECT e.matter_id, e.type, e.occurred_on, e.subject_id, e.data, x.el, coalesce(x.ord, 1)
        FROM matter_events e
        LEFT JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.data -> 'verdicts') = 'array' THEN e.data -> 'verdicts'
                                                    WHEN jsonb_typeof(e.data -> 'charges') = 'array' THEN e.data -> 'charges' END)
                  WITH ORDINALITY AS x(el, ord) ON true
       WHERE ${eventFilter(all.filter((type) => LIST_TYPES.includes(type)))})`,
    // The deadlines that meet some atom's outcome, one index-served branch per outcome: a status
    // and a range of due dates (unit, status, due date index) or of closing days (unit, closing
    // day index), and those closed by an act entered after the as-of moment (unit, rule, closing
    // act's entry index). A deadline meeting two outcomes comes twice; bool_or does not mind. Each is
    // read as it stood at that moment (evaluate.ts, asItStood): absent if its starting act was
    // entered later, open and closed by no act if its closing act was. The closing act's type is
    // looked up by key, only when an atom asks for it.
    sql`dl AS (
      SELECT d.matter_id, d.subject_id, d.rule_code, d.due_date,
             CASE WHEN d.closed_recorded_at >= ${moment}::timestamptz THEN 'open' ELSE d.status END AS status,
             CASE WHEN d.closed_recorded_at >= ${moment}::timestamptz THEN NULL ELSE d.closed_on END AS closed_on,
             ${tiedToActs ? sql`CASE WHEN d.closed_recorded_at >= ${moment}::timestamptz THEN NULL ELSE (SELECT ce.type FROM matter_events ce WHERE ce.id = d.closed_by_event_id) END` : sql`NULL::text`} AS closed_by_type
        FROM (${deadlineBranches.length ? sql.join(deadlineBranches, sql` UNION ALL `) : sql`SELECT * FROM deadlines WHERE false`}) d
       WHERE d.start_recorded_at IS NULL OR d.start_recorded_at < ${moment}::timestamptz)`,
  ]

  // One row per event (or per deadline) with each atom's condition evaluated on it, then one
  // row per item with bool_or over them: a UNION ALL and a GROUP BY, no join between the two
  // sources, so the plan does not hinge on the planner's guess of how many rows each yields.
  const eventCells = (columns: AtomColumns) => [
    ...[...columns.events.values()].map(({ name, atom }) => ({
      name,
      value: eventCondition(atom, scope),
      kind: 'flag' as const,
    })),
    ...[...columns.sums.values()].map(({ name, sum }) => ({ name, value: sumCell(sum, scope), kind: 'sum' as const })),
  ]
  const deadlineCells = (columns: AtomColumns) =>
    [...columns.deadlines.values()].map(({ name, atom }) => ({
      name,
      value: deadlineCondition(atom, scope),
      kind: 'flag' as const,
    }))

  const itemFlags = (columns: AtomColumns, keys: string, fromEvents: string, fromDeadlines: string) => {
    const events = eventCells(columns)
    const dls = deadlineCells(columns)
    const all = [...events, ...dls]
    const row = (own: typeof all) =>
      all.length === 0
        ? sql`, false AS _none`
        : sql`, ${sql.join(
            all.map((cell) =>
              own.includes(cell)
                ? sql`${cell.value} AS ${sql.raw(cell.name)}`
                : sql`${sql.raw(cell.kind === 'sum' ? 'NULL::numeric' : 'NULL::boolean')} AS ${sql.raw(cell.name)}`,
            ),
            sql`, `,
          )}`
    const aggregate =
      all.length === 0
        ? sql`, false AS _none`
        : sql`, ${sql.join(
            all.map((cell) => sql.raw(`${cell.kind === 'sum' ? 'sum' : 'bool_or'}(r.${cell.name}) AS ${cell.name}`)),
            sql`, `,
          )}`
    return sql`(SELECT ${sql.raw(
      keys
        .split(',')
        .map((k) => `r.${k.trim()}`)
        .join(', '),
    )}${aggregate}
      FROM (SELECT ${sql.raw(keys)}${row(events)} FROM ${sql.raw(fromEvents)}
            UNION ALL
            SELECT ${sql.raw(keys)}${row(dls)} FROM ${sql.raw(fromDeadlines)}) r
      GROUP BY ${sql.raw(
        keys
          .split(',')
          .map((k) => `r.${k.trim()}`)
          .join(', '),
      )})`
  }
  const columnList = (columns: AtomColumns) =>
    [...eventCells(columns), ...deadlineCells(columns)].map((cell) => `, f.${cell.name}`).join('')

  // Matters: joined to the matter for unit, kind and prosecutor.
  parts.push(sql`mf AS ${itemFlags(matterColumns, 'matter_id', 'ev', 'dl d')}`)
  parts.push(sql`i_matter AS (
    SELECT m.id AS matter_id, NULL::int AS subject_id, m.unit_id, m.kind, m.prosecutor_id${sql.raw(columnList(matterColumns))}
      FROM mf f JOIN matters m ON m.id = f.matter_id)`)

  // Persons: an event counts for the subject it names, for each subject of its per-subject
  // list, or — naming no one — for every subject of the matter.
  // Only the acts person atoms use. An act naming no one reaches every subject of its matter,
  // looked up per act through the matter's index (a lateral: no hash of the scope's subjects).
  const personTypes = [...new Set(eventTypesOf([personColumns]).all)]
  parts.push(sql`pev AS (
    SELECT ev.*, coalesce(ev.event_subject, (ev.el ->> 'subjectId')::int, s.id) AS subject_id
      FROM ev LEFT JOIN LATERAL (SELECT s.id FROM matter_subjects s WHERE ev.event_subject IS NULL AND ev.el IS NULL AND s.matter_id = ev.matter_id) s ON true
     WHERE ev.type = ANY(${textArray(personTypes)}))`)
  parts.push(
    sql`pf AS ${itemFlags(personColumns, 'matter_id, subject_id', '(SELECT * FROM pev WHERE subject_id IS NOT NULL) ev', '(SELECT * FROM dl WHERE subject_id IS NOT NULL) d')}`,
  )
  parts.push(sql`i_person AS (
    SELECT m.id AS matter_id, s.id AS subject_id, m.unit_id, m.kind, m.prosecutor_id${sql.raw(columnList(personColumns))}
      FROM pf f
      JOIN matter_subjects s ON s.id = f.subject_id AND s.matter_id = f.matter_id AND s.unit_id = ANY(${units})
      JOIN matters m ON m.id = f.matter_id)`)

  return sql`WITH ${sql.join(parts, sql`,\n`)}`
}

export type CompiledFigures = {
  query: SQL
  /** Column order of the result after unit_id: for each definition, numerator then denominator. */
  columns: { code: string; part: 'numerator' | 'denominator' }[]
}

/** One statement: every numerator and denominator of `definitions`, per recording unit. */
export const compileFigures = (definitions: readonly IndicatorDefinition[], scope: Scope): CompiledFigures => {
  const matterColumns = new AtomColumns('m')
  const personColumns = new AtomColumns('p')
  const matter: SQL[] = []
  const person: SQL[] = []
  const columns: CompiledFigures['columns'] = []
  const sources: ('ma' | 'pa')[] = []
  for (const definition of definitions) {
    const mode = modeOf(definition)
    const target = mode === 'person' ? person : matter
    const atoms = mode === 'person' ? personColumns : matterColumns
    for (const part of ['numerator', 'denominator'] as const) {
      const measure = definition[part]
      if (!measure) continue
      const name = `c${columns.length}`
      columns.push({ code: definition.code, part })
      sources.push(mode === 'person' ? 'pa' : 'ma')
      target.push(sql`${measureAggregate(definition, measure, atoms)} AS ${sql.raw(name)}`)
    }
  }
  // The column lists must be known before the CTEs are built (they register the atoms).
  const ctes = itemCtes(scope, matterColumns, personColumns)
  const pick = (index: number) => sql.raw(`coalesce(${sources[index]}.c${index}, 0)`)
  const empty = sql`0 AS _none`

  const query = sql`${ctes},
    ma AS (SELECT i.unit_id, ${sql.join(matter.length ? matter : [empty], sql`, `)} FROM i_matter i GROUP BY i.unit_id),
    pa AS (SELECT i.unit_id, ${sql.join(person.length ? person : [empty], sql`, `)} FROM i_person i GROUP BY i.unit_id)
    SELECT coalesce(ma.unit_id, pa.unit_id) AS unit_id${sql.raw(columns.length ? ', ' : '')}${sql.join(
      columns.map((_, index) => sql`${pick(index)} AS ${sql.raw(`c${index}`)}`),
      sql`, `,
    )}
      FROM ma FULL JOIN pa ON pa.unit_id = ma.unit_id`

  return { query, columns }
}

/** The items behind one part of one indicator, each with its amount for sums. */
export const compileItems = (definition: IndicatorDefinition, part: 'numerator' | 'denominator', scope: Scope): SQL => {
  const measure = definition[part]
  if (!measure) throw new Error(`${definition.code} has no ${part}`)
  const mode = modeOf(definition)
  const matterColumns = new AtomColumns('m')
  const personColumns = new AtomColumns('p')
  const atoms = mode === 'person' ? personColumns : matterColumns
  const condition = partCondition(definition, measure, atoms)
  const amount = measure.sum ? sql.raw(`coalesce(i.${atoms.sumColumn(measure.sum)}, 0)::float8`) : sql`NULL::float8`
  const ctes = itemCtes(scope, matterColumns, personColumns)

  return sql`${ctes}
    SELECT i.matter_id, i.subject_id, i.unit_id, i.prosecutor_id, ${amount} AS amount
      FROM ${sql.raw(mode === 'person' ? 'i_person' : 'i_matter')} i
     WHERE ${condition}`
}
