// Indicators against targets: figures of a unit for a period "as of" a day, rolled up over the
// unit tree with history, compared with the target and with the same period last year; the
// records behind every figure; trends, rankings, per-prosecutor figures; closing a period.
// Formulas and their meaning live in src/domain/indicators; this module moves data.
import { addDays } from '@/domain/calendar/index.ts'
import { formatDate } from '@/shared/format.ts'
import { INDICATOR_CATALOGUE, indicatorByCode } from '@/domain/indicators/catalogue.ts'
import type { IndicatorDefinition, Target } from '@/domain/indicators/definition.ts'
import { changeText, correctionText, figureValue, targetStatus, targetText } from '@/domain/indicators/compare.ts'
import { INDICATOR_GROUP_LABELS, isRate } from '@/domain/indicators/labels.ts'
import {
  customPeriod,
  effectiveEnd,
  parsePeriodKey,
  sameTimeLastYear,
  standardPeriods,
  trendPointsOf,
  type Period,
  type TrendView,
} from '@/domain/indicators/periods.ts'
import { childrenOn, rollUp } from '@/domain/indicators/rollup.ts'
import { rankFigures } from '@/domain/indicators/ranking.ts'
import { ancestorsOf, currentCarrierOf, isUnitValidOn, reachOf, type UnitTree } from '@/domain/units/unit-tree.ts'
import type {
  Figure,
  IndicatorInfo,
  IndicatorValue,
  IndicatorValues,
  TargetInput,
  WithdrawTargetInput,
} from '@/shared/api/indicators.ts'
import { engineOf, type Database, type Executor } from '../../db/client.ts'
import {
  type ClosureRow,
  findClosure,
  findTargetCodes,
  findTargetHistory,
  findTargetsOn,
  insertTarget,
  insertTargetsIfAbsent,
  lockLatestStandingTarget,
  lockStandingTargets,
  lockTarget,
  markTargetWithdrawn,
  setTargetEnd,
  type TargetRow,
} from './targets.repository.ts'
import { personNames as namesOf } from '../people/index.ts'
import { roleAllows, type Permission } from '@/domain/access/access-rules.ts'
import { authorize, authorizeAnywhere, can, type RequestContext } from '../../platform/actor.ts'
import { AppError } from '../../platform/app-error.ts'
import { writeAudit } from '../../platform/audit.ts'
import { toIsoInstant } from '../../platform/time.ts'
import {
  definitionsFor,
  figuresOf,
  registerStartOf,
  type FigureRequest,
  type UnitFigureSet,
} from './figures.repository.ts'
import { memoized } from '../../platform/answer-memo.ts'
import { inputsStampOf } from './answer-memo.ts'

/**
 * Units per statement. The embedded database runs one statement at a time, so there a chunk
 * is small enough not to hold it for long. A PostgreSQL server serves other connections
 * meanwhile, and fewer, larger statements cost less: every unit of the country in statements
 * of 100 units took 1.50 × the hand-written aggregate, in statements of 400 1.26 × (bench/README.md).
 */
export const UNITS_PER_STATEMENT = { pglite: 12, postgres: 400 } as const
export const unitsPerStatement = (db: object) => ({ unitsPerStatement: UNITS_PER_STATEMENT[engineOf(db)] })

const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

// ── Periods and scope ────────────────────────────────────────────────────────────────────

export const periodOf = (key: string): Period => {
  const period = parsePeriodKey(key)
  if (!period)
    throw new AppError(
      'PERIOD_INVALID',
      'Kỳ thống kê không hợp lệ (ngày không có thật, từ ngày sau đến ngày, hoặc dài quá 5 năm)',
    )
  return period
}

const asOfOf = (today: string, asOf: string | undefined, period?: Period): string => {
  if (asOf && asOf > today) throw new AppError('PERIOD_INVALID', 'Ngày "tính đến" không được sau ngày hôm nay')
  if (asOf && period && asOf < period.from)
    throw new AppError('PERIOD_INVALID', `Ngày "tính đến" phải từ ngày đầu kỳ (${formatDate(period.from)}) trở đi`)
  return asOf ?? today
}

const definitionOf = (code: string): IndicatorDefinition => {
  const definition = indicatorByCode(code)
  if (!definition) throw new AppError('INDICATOR_NOT_FOUND', 'Không tìm thấy chỉ tiêu')
  return definition
}

/** The day whose unit tree the figures are rolled up on: the end of the period, or the "as of" day if earlier. */
const rollUpDay = (period: Period, asOf: string) => effectiveEnd(period, asOf)

const requireUnitOn = (tree: UnitTree, unitId: number, day: string) => {
  const unit = tree.byId.get(unitId)
  if (!unit) throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
  if (!isUnitValidOn(unit, day))
    throw new AppError(
      'PERIOD_UNIT_NOT_IN_FORCE',
      `${unit.name} không tồn tại vào ngày cuối của kỳ; xem số liệu tại đơn vị kế thừa hoặc chọn kỳ khác`,
    )
  return unit
}

/** The units valid on `day` in the subtree of `unitId`. */
const subtreeOn = (tree: UnitTree, unitId: number, day: string): Set<number> => {
  const found = new Set<number>()
  const stack = [unitId]
  while (stack.length) {
    const id = stack.pop()!
    if (found.has(id)) continue
    found.add(id)
    stack.push(...childrenOn(tree, id, day))
  }
  return found
}

/** Recording units whose records land in the subtree of `unitId` on `day` (merged units included). */
export const recordingUnitsOf = (tree: UnitTree, unitId: number, day: string): number[] => {
  const subtree = subtreeOn(tree, unitId, day)
  return [...reachOf(tree, unitId)].filter((id) => subtree.has(currentCarrierOf(tree, id, day))).sort((a, b) => a - b)
}

/** Checks the caller over the unit, then reads the period, the "as of" day and the unit as it stood on the roll-up day. */
const resolveScope = (
  tree: UnitTree,
  ctx: RequestContext,
  permission: Permission,
  query: { unitId: number; period: string; asOf?: string | undefined },
) => {
  authorize(ctx, permission, query.unitId)
  const period = periodOf(query.period)
  const asOf = asOfOf(ctx.today, query.asOf, period)
  const day = rollUpDay(period, asOf)
  return { period, asOf, day, unit: requireUnitOn(tree, query.unitId, day) }
}

const figureRequest = (period: Period, asOf: string): FigureRequest => ({
  periodKey: period.key,
  from: period.from,
  to: period.to,
  asOf,
})

const addSets = (a: UnitFigureSet, b: UnitFigureSet): UnitFigureSet => {
  const sum: UnitFigureSet = { ...a }
  for (const [code, [n, d]] of Object.entries(b)) {
    const current = sum[code]
    sum[code] = current
      ? [current[0] + n, current[1] === null || d === null ? (current[1] ?? d) : current[1] + d]
      : [n, d]
  }
  return sum
}

/** Rolled-up figures of every unit valid on the roll-up day within `unitId`'s subtree. */
const rolledFigures = async (db: Executor, tree: UnitTree, unitId: number, period: Period, asOf: string) => {
  const day = rollUpDay(period, asOf)
  const own = await figuresOf(
    db,
    recordingUnitsOf(tree, unitId, day),
    figureRequest(period, asOf),
    unitsPerStatement(db),
  )
  return rollUp(tree, day, own, addSets, {})
}

/** What the comparison texts need to know about an indicator. */
const judged = (definition: IndicatorDefinition) => ({
  isRate: isRate(definition),
  better: definition.better,
  unitOfCount: definition.unitOfCount,
})

const figure = (definition: IndicatorDefinition, set: UnitFigureSet | undefined): Figure => {
  const [numerator, denominator] = set?.[definition.code] ?? [0, definition.denominator ? 0 : null]
  return { numerator, denominator, value: figureValue(numerator, denominator) }
}

// ── Targets ──────────────────────────────────────────────────────────────────────────────

/** Databases whose shipped targets are known to be in place (one process may serve several, as tests do). */
const defaultsEnsured = new WeakSet<object>()

/** The shipped targets, entered once as the first row of each indicator (administrators add later ones). */
const ensureDefaultTargets = async (db: Executor) => {
  if (defaultsEnsured.has(db)) return
  const rows = INDICATOR_CATALOGUE.filter((d) => d.defaultTarget).map((d) => ({
    indicatorCode: d.code,
    effectiveFrom: d.effectiveFrom,
    comparison: d.defaultTarget!.comparison,
    value: d.defaultTarget!.value,
    unconfirmed: d.defaultTarget!.unconfirmed,
    legalSource: d.defaultTarget!.legalSource,
    note: d.defaultTarget!.note,
  }))
  const have = await findTargetCodes(db)
  await insertTargetsIfAbsent(
    db,
    rows.filter((r) => !have.has(r.indicatorCode)),
  )
  defaultsEnsured.add(db)
}

/** The inputs' stamp once the shipped targets are in place (entering them is a change of inputs). */
const stampOf = async (db: Executor) => {
  await ensureDefaultTargets(db)
  return inputsStampOf(db)
}

const targetOfRow = (row: TargetRow): Target => ({
  comparison: row.comparison as Target['comparison'],
  value: row.value,
  unconfirmed: row.unconfirmed,
  legalSource: row.legalSource,
  note: row.note,
})

const targetView = (row: TargetRow, definition: IndicatorDefinition) => ({
  ...targetOfRow(row),
  effectiveFrom: row.effectiveFrom,
  text: targetText(targetOfRow(row), isRate(definition)),
})

/** The target rows in force on `day`, by indicator code. */
const targetsOn = async (db: Executor, day: string): Promise<Map<string, TargetRow>> => {
  await ensureDefaultTargets(db)
  const rows = await findTargetsOn(db, day)
  return new Map(rows.map((r) => [r.indicatorCode, r]))
}

const infoOf = (definition: IndicatorDefinition, target: TargetRow | undefined): IndicatorInfo => ({
  code: definition.code,
  name: definition.name,
  shortName: definition.shortName ?? definition.name,
  group: definition.group,
  groupLabel: INDICATOR_GROUP_LABELS[definition.group],
  unitOfCount: definition.unitOfCount,
  kinds: [...definition.kinds],
  numeratorLabel: definition.numerator.label,
  denominatorLabel: definition.denominator?.label ?? null,
  isRate: isRate(definition),
  carriesOver: definition.carriesOver,
  exclusions: definition.exclusions,
  better: definition.better,
  legalSource: definition.legalSource,
  note: definition.note,
  version: definition.version,
  effectiveFrom: definition.effectiveFrom,
  target: target ? targetView(target, definition) : null,
})

export const catalogue = async (db: Database, ctx: RequestContext) => {
  authorizeAnywhere(ctx, 'indicator.read')
  const targets = await targetsOn(db, ctx.today)
  return { items: INDICATOR_CATALOGUE.filter((d) => d.effectiveTo === null).map((d) => infoOf(d, targets.get(d.code))) }
}

export const targetHistory = async (db: Database, ctx: RequestContext, code: string) => {
  authorizeAnywhere(ctx, 'indicator.read')
  const definition = definitionOf(code)
  await ensureDefaultTargets(db)
  const rows = await findTargetHistory(db, code)
  const names = await namesOf(
    db,
    rows.map((r) => r.withdrawnBy),
  )
  return {
    items: rows.map((r) => ({
      ...targetView(r, definition),
      id: r.id,
      effectiveTo: r.effectiveTo,
      createdAt: toIsoInstant(r.createdAt)!,
      unitId: r.unitId,
      withdrawnAt: toIsoInstant(r.withdrawnAt),
      withdrawnByName: r.withdrawnBy === null ? null : (names.get(r.withdrawnBy) ?? null),
      withdrawalReason: r.withdrawalReason,
    })),
  }
}

/**
 * The unit whose administrators keep a target the actor enters: the highest unit over which
 * they hold indicator.manage (its audit rows carry it, so that unit's audit viewer shows them).
 */
const keeperUnitOf = (ctx: RequestContext): number => {
  const units = ctx.actor.grants.filter((g) => roleAllows(g.role, 'indicator.manage')).map((g) => g.unitId)
  const highest = units.sort((a, b) => ancestorsOf(ctx.tree, a).length - ancestorsOf(ctx.tree, b).length)[0]
  if (highest === undefined) throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này')
  return highest
}

/** A root of the unit tree the actor manages targets over: the keeper of the shipped targets. */
const managedRootOf = (ctx: RequestContext): number | undefined =>
  [...ctx.tree.byId.values()].find((u) => u.parentId === null && can(ctx, 'indicator.manage', u.id))?.id

/** A new target from a date; the one in force then ends the day before. Nothing changes on error. */
export const setTarget = async (db: Database, ctx: RequestContext, code: string, input: TargetInput) => {
  authorizeAnywhere(ctx, 'indicator.manage')
  const definition = definitionOf(code)
  const relative = input.comparison === 'higher_than_last_year' || input.comparison === 'lower_than_last_year'
  if (relative && input.value !== null)
    throw new AppError('TARGET_INVALID', 'Chỉ tiêu so với cùng kỳ năm trước không có giá trị', [
      { path: 'value', message: 'Để trống giá trị khi so với cùng kỳ năm trước' },
    ])
  if (!relative && input.value === null)
    throw new AppError('TARGET_INVALID', 'Nhập giá trị chỉ tiêu', [{ path: 'value', message: 'Nhập giá trị chỉ tiêu' }])
  if (!relative && isRate(definition) && input.value! > 1000)
    throw new AppError('TARGET_INVALID', 'Tỷ lệ chỉ tiêu không hợp lý', [
      { path: 'value', message: 'Tỷ lệ tính theo %, tối đa 1.000%' },
    ])
  await ensureDefaultTargets(db)
  const unitId = keeperUnitOf(ctx)

  await db.transaction(async (tx) => {
    const latest = await lockLatestStandingTarget(tx, code)
    if (latest && latest.effectiveFrom >= input.effectiveFrom)
      throw new AppError(
        'TARGET_DATE_CONFLICT',
        `Ngày áp dụng phải sau ngày áp dụng của chỉ tiêu hiện hành (${formatDate(latest.effectiveFrom)})`,
        [{ path: 'effectiveFrom', message: 'Chọn ngày áp dụng muộn hơn' }],
      )
    if (latest) await setTargetEnd(tx, latest.id, addDays(input.effectiveFrom, -1))
    const created = await insertTarget(tx, {
      indicatorCode: code,
      effectiveFrom: input.effectiveFrom,
      comparison: input.comparison,
      value: input.value,
      unconfirmed: input.unconfirmed,
      legalSource: input.legalSource,
      note: input.note,
      createdBy: ctx.actor.personId,
      unitId,
    })
    await writeAudit(tx, originOf(ctx), {
      action: 'create',
      entity: 'indicator_target',
      entityId: created.id,
      unitId,
      before: latest
        ? { comparison: latest.comparison, value: latest.value, effectiveFrom: latest.effectiveFrom }
        : null,
      after: {
        indicator: code,
        comparison: input.comparison,
        value: input.value,
        effectiveFrom: input.effectiveFrom,
        legalSource: input.legalSource,
      },
    })
  })

  return targetHistory(db, ctx, code)
}

/**
 * Rút chỉ tiêu: a target entered by mistake (a wrong value, a date such as 31/12/9999) is kept,
 * marked withdrawn with who, when and why, and is no longer in force: the target before it is in
 * force again up to the next one still standing, and a later target can be entered from any day.
 * Only an administrator of the unit that keeps it (indicator.manage there; the whole tree's for
 * the shipped targets) may withdraw it; the audit row carries that unit and the reason.
 */
export const withdrawTarget = async (db: Database, ctx: RequestContext, id: number, input: WithdrawTargetInput) => {
  authorizeAnywhere(ctx, 'indicator.manage')
  const code = await db.transaction(async (tx) => {
    const target = await lockTarget(tx, id)
    if (!target) throw new AppError('TARGET_NOT_FOUND', 'Không tìm thấy chỉ tiêu đã giao')
    const keeper = target.unitId ?? managedRootOf(ctx)
    if (keeper === undefined)
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên của toàn hệ thống được rút chỉ tiêu mặc định')
    authorize(ctx, 'indicator.manage', keeper)
    if (target.withdrawnAt !== null)
      throw new AppError(
        'TARGET_ALREADY_WITHDRAWN',
        `Chỉ tiêu này đã được rút lúc ${formatDate(target.withdrawnAt.slice(0, 10))}`,
      )

    const standing = await lockStandingTargets(tx, target.indicatorCode)
    const withdrawn = await markTargetWithdrawn(tx, id, ctx.actor.personId, input.reason)
    const position = standing.findIndex((t) => t.id === id)
    const previous = standing[position - 1]
    const next = standing[position + 1]
    if (previous) await setTargetEnd(tx, previous.id, next ? addDays(next.effectiveFrom, -1) : null)

    await writeAudit(tx, originOf(ctx), {
      action: 'withdraw',
      entity: 'indicator_target',
      entityId: id,
      unitId: keeper,
      before: {
        indicator: target.indicatorCode,
        comparison: target.comparison,
        value: target.value,
        effectiveFrom: target.effectiveFrom,
        effectiveTo: target.effectiveTo,
      },
      after: {
        withdrawnAt: withdrawn.withdrawnAt,
        reason: input.reason,
        inForceAgain: previous
          ? {
              id: previous.id,
              effectiveFrom: previous.effectiveFrom,
              effectiveTo: next ? addDays(next.effectiveFrom, -1) : null,
            }
          : null,
      },
    })
    return target.indicatorCode
  })
  return targetHistory(db, ctx, code)
}

// ── Values ───────────────────────────────────────────────────────────────────────────────

/** The same period last year, cut at the same day when the current period is still running. */
const lastYearOf = (period: Period, asOf: string): Period => {
  const end = effectiveEnd(period, asOf)
  return sameTimeLastYear(end === period.to ? period : customPeriod(period.from, end))
}

const closureInfo = async (db: Executor, rows: ClosureRow[]) => {
  const names = await namesOf(
    db,
    rows.map((r) => r.closedBy),
  )
  return new Map(
    rows.map((r) => [
      r.unitId,
      { closedAt: toIsoInstant(r.closedAt)!, closedBy: names.get(r.closedBy) ?? '', asOf: r.asOf },
    ]),
  )
}

export const indicatorValues = async (
  db: Database,
  tree: UnitTree,
  ctx: RequestContext,
  query: { unitId: number; period: string; asOf?: string | undefined },
): Promise<IndicatorValues> => {
  const { period, asOf, day, unit } = resolveScope(tree, ctx, 'indicator.read', query)
  return memoized(tree, `values|${unit.id}|${period.key}|${asOf}`, await stampOf(db), () =>
    computeIndicatorValues(db, tree, { period, asOf, day, unit }),
  )
}

const computeIndicatorValues = async (
  db: Database,
  tree: UnitTree,
  { period, asOf, day, unit }: ReturnType<typeof resolveScope>,
): Promise<IndicatorValues> => {
  const definitions = definitionsFor(period)
  const lastYear = lastYearOf(period, asOf)

  const current = await rolledFigures(db, tree, unit.id, period, asOf)
  // Last year's figures roll up on last year's tree, within the unit's records as they are carried today.
  const previousOwn = await figuresOf(
    db,
    recordingUnitsOf(tree, unit.id, day),
    figureRequest(lastYear, asOf),
    unitsPerStatement(db),
  )
  const previous = [...previousOwn.values()].reduce(addSets, {})
  const registerFrom = await registerStartOf(db, recordingUnitsOf(tree, unit.id, day))
  const targets = await targetsOn(db, day)
  const closure = await findClosure(db, unit.id, period.key)
  const reported = (closure?.figures ?? null) as UnitFigureSet | null

  const indicators: IndicatorValue[] = definitions.map((definition) => {
    const now = figure(definition, current.get(unit.id))
    const before = figure(definition, previous)
    const target = targets.get(definition.code)
    const status = targetStatus(judged(definition), now, before, target ? targetOfRow(target) : null)
    const reportedFigure = reported ? figure(definition, reported) : null
    return {
      code: definition.code,
      ...now,
      status: status.status,
      statusText: status.text,
      lastYear: before,
      changeText: changeText(now, before, judged(definition)),
      reported: reportedFigure,
      correctionText: reportedFigure ? correctionText(reportedFigure, now, definition.unitOfCount) : null,
    }
  })

  const children = childrenOn(tree, unit.id, day).map((childId) => {
    const child = tree.byId.get(childId)!
    const set = current.get(childId)
    return {
      unitId: childId,
      code: child.code,
      name: child.name,
      values: Object.fromEntries(
        definitions.map((definition) => {
          const value = figure(definition, set)
          return [definition.code, { ...value, status: valueStatus(definition, value, targets.get(definition.code)) }]
        }),
      ),
    }
  })

  return {
    period: periodInfo(period),
    lastYearPeriod: periodInfo(lastYear),
    registerFrom,
    asOf,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    indicators,
    children,
    closure: closure ? ((await closureInfo(db, [closure])).get(unit.id) ?? null) : null,
    computedAt: new Date().toISOString(),
  }
}

const periodInfo = (period: Period) => ({
  key: period.key,
  kind: period.kind,
  from: period.from,
  to: period.to,
  label: period.label,
})

export const periodsOfYear = (ctx: RequestContext, year: number) => {
  authorizeAnywhere(ctx, 'indicator.read')
  return { items: standardPeriods(year).map(periodInfo) }
}

export const trend = async (
  db: Database,
  tree: UnitTree,
  ctx: RequestContext,
  query: { unitId: number; code: string; year: number; asOf?: string | undefined; view?: TrendView | undefined },
) => {
  authorize(ctx, 'indicator.read', query.unitId)
  const definition = definitionOf(query.code)
  const asOf = asOfOf(ctx.today, query.asOf)
  if (!tree.byId.has(query.unitId)) throw new AppError('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị')
  // Cumulative by default, so the curve ends on the year's own figure (issue 12, item 3).
  const view = query.view ?? 'cumulative'
  const key = `trend|${query.unitId}|${definition.code}|${query.year}|${asOf}|${view}`
  return memoized(tree, key, await stampOf(db), () =>
    computeTrend(db, tree, { unitId: query.unitId, definition, year: query.year, asOf, view }),
  )
}

const computeTrend = async (
  db: Database,
  tree: UnitTree,
  query: { unitId: number; definition: IndicatorDefinition; year: number; asOf: string; view: TrendView },
) => {
  const { definition, asOf, view } = query
  // Every month is counted over the records the unit carries at the end of the year (or today),
  // including those of units merged into it during the year.
  const recording = recordingUnitsOf(tree, query.unitId, effectiveEnd(statisticsYearEnd(query.year), asOf))
  /** The figure over `counted`, drawn at `month`: none for a month that has not begun. */
  const monthFigure = async (counted: Period, month: Period) => {
    if (month.from > asOf) return figure(definition, undefined)
    // All indicators of the month at once: the cached rows serve every other trend and page too.
    const own = await figuresOf(db, recording, figureRequest(counted, asOf), unitsPerStatement(db))
    return figure(definition, [...own.values()].reduce(addSets, {}))
  }
  const months = []
  for (const point of trendPointsOf(query.year, view)) {
    months.push({
      period: periodInfo(point.month),
      counted: periodInfo(point.counted),
      countedLastYear: periodInfo(point.countedLastYear),
      current: await monthFigure(point.counted, point.month),
      lastYear: await monthFigure(point.countedLastYear, point.monthLastYear),
    })
  }
  return { code: definition.code, year: query.year, view, months }
}

const statisticsYearEnd = (year: number) => ({ to: `${year}-11-30` })

const valueStatus = (definition: IndicatorDefinition, value: Figure, target: TargetRow | undefined) =>
  targetStatus(
    judged(definition),
    value,
    { numerator: 0, denominator: null, value: null },
    target && !target.comparison.endsWith('last_year') ? targetOfRow(target) : null,
  ).status

export const ranking = async (
  db: Database,
  tree: UnitTree,
  ctx: RequestContext,
  query: { unitId: number; code: string; period: string; asOf?: string | undefined },
) => {
  const { period, asOf, day, unit } = resolveScope(tree, ctx, 'indicator.read', query)
  const definition = definitionOf(query.code)
  const key = `ranking|${unit.id}|${definition.code}|${period.key}|${asOf}`
  return memoized(tree, key, await stampOf(db), () => computeRanking(db, tree, { period, asOf, day, unit }, definition))
}

const computeRanking = async (
  db: Database,
  tree: UnitTree,
  { period, asOf, day, unit }: ReturnType<typeof resolveScope>,
  definition: IndicatorDefinition,
) => {
  const current = await rolledFigures(db, tree, unit.id, period, asOf)
  const targets = await targetsOn(db, day)
  const items = childrenOn(tree, unit.id, day).map((childId) => {
    const child = tree.byId.get(childId)!
    const value = figure(definition, current.get(childId))
    return {
      unitId: childId,
      code: child.code,
      name: child.name,
      ...value,
      status: valueStatus(definition, value, targets.get(definition.code)),
    }
  })
  // Units with nothing due in the period are listed after the ranked ones, without a rank.
  const { ranked, unranked } = rankFigures(items, definition.better)
  return { code: definition.code, items: [...ranked, ...unranked.map((item) => ({ ...item, rank: null }))] }
}

export {
  resolveScope,
  requireUnitOn,
  rollUpDay,
  definitionOf,
  rolledFigures,
  figure,
  closureInfo,
  originOf,
  periodInfo,
}
