// Malformed input for every write route the server registers (its own route registry, filled by
// the onRoute hook in buildApp, so a route added later is fuzzed without anyone listing it).
//
// A case is a near-valid request for one route — a body built from the route's own zod schema
// (as JSON Schema), with hand-made samples where a valid shape needs real ids — to which one to
// three mutations are applied:
//  - "hard" mutations make the request certainly invalid (a wrong type, a required field missing,
//    an integer beyond int4 or not canonical, an impossible date in a date field, NUL / lone
//    surrogate / bidi override in any text or key, nesting deeper than the input guard allows,
//    an array where an object belongs, a string over its maxLength, a path id that is no id);
//  - "soft" ones may leave it valid (an extra key, a field left out that is optional, null,
//    unusual but legal Unicode, a very long string where no limit is declared).
// What must hold, for every case: no 5xx; a refusal (4xx) carries a stable code (/^[A-Z_]+$/) and a
// Vietnamese message and changes no row of any table; a case with a hard mutation is refused.
// The test (test/integration/fuzz.int.test.ts) runs few cases with a fixed seed; bench/fuzz.ts
// runs many and prints the status histogram.
import fc from 'fast-check'
import { z } from 'zod'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import type { RegisteredRoute } from '@/server/app.ts'
import type { TestApp } from './test-app.ts'

export const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i
const ERROR_CODE = /^[A-Z_]+$/
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Routes not fuzzed, each with why. Everything else the server registers for writing is. */
export const NOT_FUZZED: Record<string, string> = {
  // Takes no input at all: every call is a valid sign-out (it ends the fuzzing session).
  'POST /api/auth/logout': 'không có dữ liệu vào',
}

// ── JSON Schema, as zod writes it for a route's body, params or query ─────────────────────────

type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  maxItems?: number
  default?: unknown
  format?: string
  additionalProperties?: unknown
}

const jsonSchemaOf = (schema: unknown): JsonSchema | null => {
  if (!schema || typeof schema !== 'object') return null
  try {
    return z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  } catch {
    return schema as JsonSchema // a plain JSON Schema already
  }
}

/** The non-null branch of `anyOf: [X, {type: null}]`, and whether null is allowed. */
const unwrap = (s: JsonSchema | undefined): { schema: JsonSchema; nullable: boolean } => {
  if (!s) return { schema: {}, nullable: true }
  const branches = s.anyOf ?? (Array.isArray(s.type) ? s.type.map((type) => ({ ...s, type })) : null)
  if (branches) {
    const nonNull = branches.filter((b) => b.type !== 'null')
    return { schema: nonNull[0] ?? {}, nullable: nonNull.length < branches.length }
  }
  return { schema: s, nullable: false }
}

const isDateSchema = (s: JsonSchema) => s.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || s.format === 'date'
const isIntegerish = (s: JsonSchema) => s.type === 'integer' || (s.anyOf?.some((b) => b.type === 'integer') ?? false)

/** A plausible valid value for a schema, so that a mutation of one field leaves the others valid. */
const sampleOf = (s: JsonSchema | undefined, depth = 0): unknown => {
  const { schema, nullable } = unwrap(s)
  if (schema.default !== undefined) return schema.default
  if (schema.enum) return schema.enum[0]
  if (isDateSchema(schema)) return '2026-11-02'
  switch (schema.type) {
    case 'string':
      return 'Giá trị thử nghiệm'.slice(0, Math.max(schema.maxLength ?? 40, schema.minLength ?? 1))
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1)
    case 'boolean':
      return false
    case 'array':
      return []
    case 'object': {
      if (depth > 4) return {}
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(schema.properties ?? {})) out[key] = sampleOf(child, depth + 1)
      return out
    }
    default:
      return nullable ? null : 'Giá trị thử nghiệm'
  }
}

// ── Values ────────────────────────────────────────────────────────────────────────────────

const deep = (levels: number): unknown => {
  let value: unknown = 'đáy'
  for (let i = 0; i < levels; i++) value = { a: value }
  return value
}

/** Text no field may hold: the input guard refuses it anywhere (body, query, path, keys). */
export const forbiddenText = fc.constantFrom(
  'Tin báo\u0000',
  'A\u0000B',
  'Tin báo \uD800',
  '\uDC00 lẻ',
  'Tin báo \u202Eoãb niT',
  '\u2066ẩn\u2069',
  '\u200B\u200B',
  '\u200D \uFEFF',
  'chuông\u0007',
  'xóa\u007F',
)
/** Unusual but legal text: must never crash, may be stored. */
const oddText = fc.constantFrom(
  '👮‍♀️ Tin báo',
  'Nguye\u0302\u0303n Văn',
  'نص عربي',
  '\uFFFF\uFFFE',
  "'; DROP TABLE matters; --",
  '%_\\',
  '<script>alert(1)</script>',
  ' '.repeat(5),
  'Đ'.repeat(3),
)
const impossibleDate = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2025-02-29',
  '1899-12-31',
  '2026-00-10',
  '2026-04-31',
  '20261102',
  '02/11/2026',
  '2026-11-02T00:00:00Z',
  '',
)
const badInteger = fc.constantFrom<unknown>(
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e21,
  -1,
  0,
  1.5,
  '1',
  '0x10',
  '1e3',
  ' 1',
  '01',
  true,
  null,
  [],
  {},
)
const wrongType = fc.constantFrom<unknown>(42, -3.5, true, false, [], [1, 2], {}, { x: 1 }, '')
const notObject = fc.constantFrom<unknown>([], [{}], 'đối tượng', 17, true, null)

type Mutation = { hard: boolean; describe: string; apply: (value: unknown) => unknown }

/** Mutations of a value whose schema is `s`: hard ones make it certainly invalid. */
const mutationsFor = (s: JsonSchema | undefined, required: boolean): fc.Arbitrary<Mutation>[] => {
  const { schema, nullable } = unwrap(s)
  const hard = (describe: string, arb: fc.Arbitrary<unknown>) =>
    arb.map((v): Mutation => ({ hard: true, describe: `${describe}: ${show(v)}`, apply: () => v }))
  const soft = (describe: string, arb: fc.Arbitrary<unknown>) =>
    arb.map((v): Mutation => ({ hard: false, describe: `${describe}: ${show(v)}`, apply: () => v }))
  const out: fc.Arbitrary<Mutation>[] = [hard('forbidden text', forbiddenText)]
  if (!nullable) out.push(hard('null', fc.constant(null)))
  else out.push(soft('null', fc.constant(null)))
  if (schema.enum) out.push(hard('not in the list', fc.constantFrom('khong_hop_le', 'DAY_OFF', 42, '')))
  else if (isDateSchema(schema)) out.push(hard('impossible date', impossibleDate))
  else if (schema.type === 'string') {
    out.push(hard('wrong type', fc.constantFrom<unknown>(42, true, [], {}, ['chuỗi'])), soft('odd text', oddText))
    if (schema.maxLength !== undefined)
      out.push(
        hard(
          'too long',
          fc.integer({ min: 1, max: 100_000 }).map((n) => 'ả'.repeat(schema.maxLength! + n)),
        ),
      )
    else out.push(soft('very long', fc.constantFrom('ả'.repeat(100_000), 'x'.repeat(1_000_000))))
    out.push(soft('a date where text belongs', impossibleDate))
  } else if (schema.type === 'integer' || schema.type === 'number') {
    out.push(
      hard(
        'bad integer',
        schema.type === 'integer' ? badInteger : fc.constantFrom<unknown>('1', '1e3', true, [], {}, -1e308 * 10),
      ),
    )
    if (schema.maximum !== undefined)
      out.push(hard('over the maximum', fc.constantFrom(schema.maximum + 1, schema.maximum * 1000 + 7)))
  } else if (schema.type === 'boolean')
    out.push(hard('not a boolean', fc.constantFrom<unknown>('true', 1, 0, 'có', [])))
  else if (schema.type === 'array') {
    out.push(hard('not an array', fc.constantFrom<unknown>({}, 'mảng', 3)))
    if (schema.maxItems !== undefined)
      out.push(
        hard('too many items', fc.constant(Array.from({ length: schema.maxItems + 1 }, () => sampleOf(schema.items)))),
      )
  } else if (schema.type === 'object')
    out.push(hard('not an object', notObject), hard('nested too deep', fc.integer({ min: 17, max: 400 }).map(deep)))
  if (!required || schema.default !== undefined) out.push(soft('left out', fc.constant(undefined)))
  return out
}

const show = (v: unknown): string => {
  if (v === undefined) return 'undefined'
  const text = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v))
  return text.length > 80 ? `${text.slice(0, 60)}… (${text.length} ký tự)` : text
}

type Node = { path: string[]; schema: JsonSchema | undefined; required: boolean }

/** Every field of a sample value, with its schema: the places a mutation can go. */
const nodesOf = (value: unknown, schema: JsonSchema | undefined, path: string[] = [], required = true): Node[] => {
  const nodes: Node[] = [{ path, schema, required }]
  const { schema: s } = unwrap(schema)
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      nodes.push(...nodesOf(child, s.properties?.[key], [...path, key], s.required?.includes(key) ?? false))
  } else if (Array.isArray(value)) {
    value.forEach((child, i) => nodes.push(...nodesOf(child, s.items, [...path, String(i)], true)))
  }
  return nodes
}

const setAt = (root: unknown, path: string[], make: (old: unknown) => unknown): unknown => {
  if (path.length === 0) return make(root)
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) }
  const [head, ...rest] = path
  const next = setAt(copy[head!], rest, make)
  if (next === undefined) delete copy[head!]
  else copy[head!] = next
  return copy
}

const structural = (schema: JsonSchema | undefined): fc.Arbitrary<Mutation>[] => [
  // An extra key (zod drops it; a forbidden key or value is refused by the input guard).
  fc
    .tuple(
      fc.constantFrom('junk', '__proto__', 'constructor', 'khóa_lạ', 'a'.repeat(300)),
      fc.oneof(wrongType, oddText),
    )
    .map(
      ([key, v]): Mutation => ({
        hard: false,
        describe: `extra key ${key}`,
        apply: (o) => (o && typeof o === 'object' && !Array.isArray(o) ? { ...o, [key]: v } : o),
      }),
    ),
  fc.constantFrom('\u0000', 'k\u202E', '\uD800').map(
    (key): Mutation => ({
      hard: true,
      describe: `forbidden key ${show(key)}`,
      apply: (o) => (o && typeof o === 'object' && !Array.isArray(o) ? { ...o, [key]: 1 } : { [key]: 1 }),
    }),
  ),
  notObject.map(
    (v): Mutation => ({ hard: unwrap(schema).schema.type === 'object', describe: `body ${show(v)}`, apply: () => v }),
  ),
  fc
    .integer({ min: 17, max: 3000 })
    .map((n): Mutation => ({ hard: true, describe: `body nested ${n} deep`, apply: () => deep(n) })),
]

// ── Path parameters and query strings (raw, already URL-encoded) ───────────────────────────

const badIdSegment = fc.constantFrom(
  '0x10',
  '1e3',
  '%201',
  '1%20',
  '2147483648',
  '99999999999999999999',
  '-1',
  '0',
  '01',
  '1.0',
  'abc',
  '%00',
  '%E2%80%AE1',
  '1'.repeat(120),
  'null',
  '%5B%5D',
  '1%2C2',
)
const badYearSegment = fc.constantFrom('1899', '2101', '0', '-2026', '2026.5', '0x7EA', '%202026', '20260', '%00')
const badTextSegment = fc.constantFrom(
  '%00',
  '%E2%80%AE',
  '%ED%A0%80',
  'x'.repeat(300),
  'KHONG_TON_TAI',
  '%2E%2E',
  '%E2%80%8B',
)

const badSegmentFor = (schema: JsonSchema | undefined): fc.Arbitrary<string> => {
  const { schema: s } = unwrap(schema)
  if (s.type === 'integer' && s.minimum === 1900) return badYearSegment
  if (isIntegerish(schema ?? {})) return badIdSegment
  return badTextSegment
}

const junkQuery = fc.constantFrom('junk=1', 'a[b]=1', 'x=' + 'y'.repeat(5000), '=', '&&', 'q=%25_%5C')
const forbiddenQuery = fc.constantFrom('x=%00', 'x=%E2%80%AE', 'ghi%00chu=1', 'x=a%07b')

// ── Cases ─────────────────────────────────────────────────────────────────────────────────

export type FuzzRoute = {
  method: string
  url: string
  /** Who sends it: a user whose role lets the request reach the service. */
  as: string
  params: Record<string, string>
  body: unknown
  bodySchema: JsonSchema | null
  paramsSchema: JsonSchema | null
  querySchema: JsonSchema | null
  /** Only certainly invalid cases (sign-in and password: a valid-shaped guess is recorded). */
  hardOnly: boolean
  /** The body is a file (the Excel import), not JSON. */
  binary: boolean
}

export type FuzzCase = {
  route: FuzzRoute
  url: string
  body: { json: unknown } | { bytes: Buffer } | null
  hard: boolean
  describe: string[]
}

export const caseArbitrary = (route: FuzzRoute): fc.Arbitrary<FuzzCase> => {
  const paramNames = Object.keys(route.params)
  const hasBody = route.bodySchema !== null || route.binary
  const nodes = route.bodySchema ? nodesOf(route.body, route.bodySchema) : []

  const bodyMutation: fc.Arbitrary<{ at: string[]; m: Mutation }> = fc
    .constantFrom(...(nodes.length ? nodes : [{ path: [], schema: undefined, required: true }]))
    .chain((node) =>
      fc
        .oneof(
          ...mutationsFor(node.schema, node.required),
          ...(node.path.length === 0 ? structural(node.schema) : structural(unwrap(node.schema).schema).slice(0, 2)),
        )
        .map((m) => ({ at: node.path, m })),
    )

  const paramMutation = paramNames.length
    ? fc
        .constantFrom(...paramNames)
        .chain((name) => badSegmentFor(route.paramsSchema?.properties?.[name]).map((segment) => ({ name, segment })))
    : fc.constant(null)
  const queryMutation = fc.oneof(
    forbiddenQuery.map((q) => ({ q, hard: true })),
    junkQuery.map((q) => ({ q, hard: false })),
    ...(route.querySchema?.properties
      ? [
          fc
            .constantFrom(...Object.keys(route.querySchema.properties))
            .chain((k) =>
              fc
                .constantFrom('maybe', 'TRUE', '1', '%00', 'x'.repeat(200))
                .map((v) => ({ q: `${k}=${v}`, hard: true })),
            ),
        ]
      : []),
  )

  return (
    fc
      .record({
        bodyMutations:
          hasBody && !route.binary
            ? fc.array(bodyMutation, { minLength: 0, maxLength: 3 })
            : fc.constant<{ at: string[]; m: Mutation }[]>([]),
        bytes: route.binary
          ? fc.oneof(
              fc.uint8Array({ maxLength: 4096 }),
              fc.constant(new Uint8Array(Buffer.from('PK\u0003\u0004' + 'x'.repeat(100)))),
            )
          : fc.constant(null),
        param: fc.option(paramMutation, { freq: 3 }),
        query: fc.option(queryMutation, { freq: 2 }),
        jsonForBinary: fc.boolean(),
      })
      .map(({ bodyMutations, bytes, param, query, jsonForBinary }): FuzzCase => {
        const describe: string[] = []
        let hard = false
        let body: FuzzCase['body'] = null
        if (route.binary) {
          // Any bytes that are not a workbook, or JSON where the workbook belongs: never valid.
          hard = true
          if (jsonForBinary) {
            body = { json: route.body ?? {} }
            describe.push('JSON where a workbook belongs')
          } else {
            body = { bytes: Buffer.from(bytes!) }
            describe.push(`${bytes!.length} random bytes as a workbook`)
          }
        } else if (hasBody) {
          let value = route.body
          // One mutation per place: a later one inside (or around) an earlier one would undo it.
          const related = (a: string[], b: string[]) =>
            a.slice(0, b.length).join('\u0001') === b.slice(0, a.length).join('\u0001')
          const distinct = bodyMutations.filter(({ at }, i) =>
            bodyMutations.slice(0, i).every((earlier) => !related(earlier.at, at)),
          )
          for (const { at, m } of distinct) {
            value = setAt(value, at, m.apply)
            hard ||= m.hard
            describe.push(`${at.join('.') || '(body)'} ← ${m.describe}`)
          }
          body = { json: value }
        }
        const segments = { ...route.params }
        if (param) {
          segments[param.name] = param.segment
          hard = true
          describe.push(`:${param.name} ← ${param.segment.slice(0, 40)}`)
        }
        let url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => segments[name] ?? '1')
        if (query) {
          url += `?${query.q}`
          hard ||= query.hard
          describe.push(`?${query.q.slice(0, 40)}`)
        }
        return { route, url, body, hard, describe }
      })
      .filter((c) => !route.hardOnly || c.hard)
      // A route without a body (a delete) is only ever sent certainly invalid input: a valid one would delete.
      .filter((c) => hasBody || c.hard)
  )
}

// ── Running ───────────────────────────────────────────────────────────────────────────────

export type FuzzFailure = {
  route: string
  url: string
  describe: string[]
  status: number
  problem: string
  body: string
}

export type FuzzReport = {
  requests: number
  hardCases: number
  byStatus: Record<number, number>
  byCode: Record<string, number>
  byRoute: Record<string, number>
  failures: FuzzFailure[]
}

/** One row-level fingerprint of every table (sessions without the time they were last seen). */
const checksumSql = async (t: TestApp): Promise<string> => {
  const columns = await t.database.handle.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_%' ORDER BY table_name, ordinal_position`,
  )
  const byTable = new Map<string, string[]>()
  for (const { table_name, column_name } of columns) {
    if (table_name === 'sessions' && column_name === 'last_seen_at') continue
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), `"${column_name}"`])
  }
  const parts = [...byTable].map(
    ([table, cols]) =>
      `(SELECT '${table}:' || count(*) || ':' || coalesce(md5(string_agg(r, '|' ORDER BY r)), '') FROM (SELECT ROW(${cols.join(', ')})::text AS r FROM "${table}") s)`,
  )
  return `SELECT md5(concat_ws(',', ${parts.join(', ')})) AS sum`
}

type Session = { cookie: string; csrf: string }

const signIn = async (t: TestApp, username: string): Promise<Session> => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  })
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username}: ${res.statusCode} ${res.body}`)
  return { cookie: `ks_session=${res.cookies.find((c) => c.name === 'ks_session')!.value}`, csrf: res.json().csrfToken }
}

/** Who sends a route's requests: someone whose role reaches its service (else it stops at 403). */
const senderOf = (url: string): string => {
  if (
    url.startsWith('/api/matters') ||
    url.startsWith('/api/register') ||
    url.startsWith('/api/deadlines') ||
    url.startsWith('/api/auth')
  )
    return 'ksv'
  if (url.startsWith('/api/indicators/closures')) return 'thongke'
  return 'admin'
}

export type FuzzSetup = {
  /** Values of path parameters that exist (a matter, its opening act, a fresh unit …). */
  params: Record<string, Record<string, string>>
  /** Hand-made valid bodies where the schema's sample would not reach the service. */
  bodies: Record<string, unknown>
}

/** Records what is needed for near-valid requests: a matter with an act, a unit, a person, a calendar entry. */
export const prepareFuzz = async (t: TestApp): Promise<FuzzSetup> => {
  const ksv = await t.signIn('ksv')
  const admin = await t.signIn('admin')
  const unitId = await t.unitId('CT.KV6')
  const parentId = await t.unitId('CT')
  const report = {
    kind: 'crime_report',
    unitId,
    number: '1/2026/TB-FUZZ',
    title: 'Tin báo mất trộm xe máy',
    subjects: [{ fullName: 'Nguyễn Văn An', birthYear: 1990, gender: 'nam' }],
    initialEvent: {
      type: 'report_received',
      occurredOn: '2026-11-02',
      data: { source: 'tin_bao', investigatingBody: 'Công an phường Vị Tân' },
    },
  }
  const matter = await ksv.post('/api/matters', report)
  if (matter.status !== 201) throw new Error(`matter: ${JSON.stringify(matter.body)}`)
  const unit = await admin.post('/api/units', {
    code: 'CT.P90',
    name: 'Phòng thử nghiệm',
    level: 'department',
    parentId,
    validFrom: '2026-01-01',
  })
  if (unit.status !== 201) throw new Error(`unit: ${JSON.stringify(unit.body)}`)
  const person = await admin.post('/api/people', { fullName: 'Trần Thị Thử', title: 'chuyen_vien', unitId })
  if (person.status !== 201) throw new Error(`person: ${JSON.stringify(person.body)}`)
  const entry = await admin.post('/api/calendar/official', {
    date: '2026-12-28',
    kind: 'day_off',
    reason: 'Nghỉ bù thử nghiệm',
  })
  if (entry.status !== 201 && entry.status !== 200) throw new Error(`calendar: ${JSON.stringify(entry.body)}`)
  const matterId = String(matter.body.id)
  return {
    params: {
      id: {
        '/api/matters': matterId,
        '/api/units': String(unit.body.id),
        '/api/people': String(person.body.id),
        '/api/calendar': String(entry.body.id ?? entry.body.entry?.id ?? 1),
      },
      eventId: { '/api/matters': String(matter.body.events[0].id) },
      year: { '/api/calendar': '2027' },
      code: { '/api/indicators': 'TIN_BAO_GIAI_QUYET' },
    },
    bodies: {
      'POST /api/matters': { ...report, number: '2/2026/TB-FUZZ' },
      'POST /api/matters/:id/events': {
        type: 'report_transferred',
        occurredOn: '2026-11-10',
        documentNumber: '12/QĐ',
        issuingBody: 'Công an',
        data: { toBody: 'Công an tỉnh' },
      },
      'POST /api/matters/:id/events/:eventId/void': { reason: 'Ghi nhầm ngày tiếp nhận' },
      'POST /api/units': {
        code: 'CT.P91',
        name: 'Phòng thử hai',
        level: 'department',
        parentId,
        validFrom: '2026-01-01',
      },
      'PATCH /api/units/:id': { data: { name: 'Phòng thử nghiệm (sửa)' } },
      'POST /api/people': { fullName: 'Lê Văn Thử', title: 'chuyen_vien', unitId },
      'PATCH /api/people/:id': { data: { fullName: 'Trần Thị Thử Hai' } },
      'POST /api/auth/login': { username: 'ksv', password: DEMO_PASSWORD },
      'POST /api/auth/change-password': { currentPassword: DEMO_PASSWORD, newPassword: 'một-mật-khẩu-mới-dài' },
      'POST /api/indicators/closures': { unitId, period: 'T2026-10' },
      'POST /api/indicators/targets/:code': {
        comparison: '>=',
        value: 90,
        legalSource: 'Nghị quyết 96/2019/QH14',
        note: null,
        effectiveFrom: '2027-01-01',
      },
      'POST /api/calendar/official': { date: '2026-12-29', kind: 'day_off', reason: 'Nghỉ thử', legalSource: null },
      'PATCH /api/calendar/official/:id': { data: { reason: 'Nghỉ bù (sửa)' } },
      'POST /api/calendar/:year/confirmation': { decision: 'Quyết định 1/QĐ-TTg', decidedOn: '2026-10-01' },
    },
  }
}

/** The write routes of the registry, each with its sender, sample body and real path parameters. */
export const writeRoutesOf = (routes: readonly RegisteredRoute[], setup: FuzzSetup): FuzzRoute[] =>
  routes
    .filter((r) => WRITE_METHODS.has(r.method) && r.url.startsWith('/api/') && !(`${r.method} ${r.url}` in NOT_FUZZED))
    .map((r) => {
      const key = `${r.method} ${r.url}`
      const bodySchema = jsonSchemaOf(r.schema?.body)
      const paramsSchema = jsonSchemaOf(r.schema?.params)
      const params: Record<string, string> = {}
      for (const name of r.url.match(/:([A-Za-z]+)/g)?.map((p) => p.slice(1)) ?? []) {
        const known = Object.entries(setup.params[name] ?? {}).find(([prefix]) => r.url.startsWith(prefix))
        params[name] = known?.[1] ?? '1'
      }
      return {
        method: r.method,
        url: r.url,
        as: senderOf(r.url),
        params,
        body: setup.bodies[key] ?? (bodySchema ? sampleOf(bodySchema) : undefined),
        bodySchema,
        paramsSchema,
        querySchema: jsonSchemaOf(r.schema?.querystring),
        hardOnly: r.url.startsWith('/api/auth/'),
        binary: r.url === '/api/register/import',
      }
    })

export type FuzzOptions = { runs: number; seed: number; onCase?: (c: FuzzCase, status: number) => void }

export const fuzzWriteRoutes = async (
  t: TestApp,
  routes: FuzzRoute[],
  { runs, seed, onCase }: FuzzOptions,
): Promise<FuzzReport> => {
  const report: FuzzReport = { requests: 0, hardCases: 0, byStatus: {}, byCode: {}, byRoute: {}, failures: [] }
  const sql = await checksumSql(t)
  const checksum = async () => (await t.database.handle.query<{ sum: string }>(sql))[0]!.sum
  const sessions = new Map<string, Session>()
  const sessionOf = async (username: string) => {
    if (!sessions.has(username)) sessions.set(username, await signIn(t, username))
    return sessions.get(username)!
  }

  for (const [index, route] of routes.entries()) {
    const key = `${route.method} ${route.url}`
    const session = await sessionOf(route.as)
    const property = fc.asyncProperty(caseArbitrary(route), async (c) => {
      const before = await checksum()
      const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrf }
      let payload: string | Buffer | undefined
      if (c.body && 'bytes' in c.body) {
        headers['content-type'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        payload = c.body.bytes
      } else if (c.body && c.body.json !== undefined) {
        headers['content-type'] = 'application/json'
        payload = JSON.stringify(c.body.json)
      }
      const res = await t.app.inject({
        method: c.route.method as never,
        url: c.url,
        headers,
        ...(payload !== undefined ? { payload } : {}),
      })
      report.requests++
      report.byRoute[key] = (report.byRoute[key] ?? 0) + 1
      report.byStatus[res.statusCode] = (report.byStatus[res.statusCode] ?? 0) + 1
      if (c.hard) report.hardCases++
      onCase?.(c, res.statusCode)
      let parsed: any = null
      try {
        parsed = res.json()
      } catch {}
      const code = parsed?.error?.code
      if (typeof code === 'string') report.byCode[code] = (report.byCode[code] ?? 0) + 1
      const fail = (problem: string) => {
        // Recorded, and the run goes on: one report lists every failure, not only the first.
        report.failures.push({
          route: key,
          url: c.url.slice(0, 200),
          describe: c.describe,
          status: res.statusCode,
          problem,
          body: res.body.slice(0, 300),
        })
        return true
      }
      if (res.statusCode >= 500) return fail('5xx')
      if (res.statusCode >= 400) {
        if (typeof code !== 'string' || !ERROR_CODE.test(code)) return fail('no stable error code')
        if (typeof parsed.error.message !== 'string' || !VIETNAMESE.test(parsed.error.message))
          return fail('message not Vietnamese')
        if ((await checksum()) !== before) return fail('refused, but rows changed')
        return true
      }
      if (c.hard) return fail(`certainly invalid input accepted (${res.statusCode})`)
      return true
    })
    // Failures are recorded, not thrown: the cases are readable as generated, and shrinking would only cost time.
    const details = await fc.check(property, { numRuns: runs, seed: seed + index })
    if (details.failed) throw details.errorInstance ?? new Error(`fuzzing ${key} failed`)
  }
  return report
}
