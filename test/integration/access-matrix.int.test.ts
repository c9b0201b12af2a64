// Route × role × scope: every route the server registers, asked by a user of each role granted
// over CT.KV6, once about something KV6 owns (inside the reach) and once about something of the
// sibling CT.KV7 (outside it). The expected status follows from the one permission table
// (roleAllows over PERMISSION_LIST, src/domain/access): a role that holds the route's permission
// gets the route's answer, one that does not is refused. A refused write must leave every table
// as it was (row checksums before and after). A route without an entry here fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { PERMISSION_LIST, roleAllows, type Permission } from '@/domain/access/access-rules.ts'
import { ROLES, type Role } from '@/shared/vocabulary.ts'
import { ENGINES } from '../support/test-database.ts'
import { startTestApp, type Agent, type Response, type TestApp } from '../support/test-app.ts'

type Where = 'inside' | 'outside'
type Request = { method: string; url: string; body?: unknown; xlsx?: Buffer }
/** Everything the requests refer to, created once: per role, so that allowed writes do not collide. */
type Fixtures = {
  kv6: number
  kv7: number
  matter: Record<Where, Record<Role, { id: number; eventId: number }>>
  person: Record<Where, Record<Role, number>>
  unit: Record<Where, Record<Role, number>>
  calendarEntry: Record<Role, number>
  confirmedYear: Record<Role, number>
  template: Buffer
  plan: Record<Where, Record<Role, PlanFixture>>
  emulation: Record<Where, Record<Role, EmulationFixture>>
  emptyWorkbook: Buffer
}
/** Per role and side: one row of each emulation fact kind, about that role's person or test unit. */
type EmulationFixture = Record<
  'ratings' | 'disciplines' | 'reviews' | 'initiatives' | 'collective-ratings' | 'awards',
  number
>
/** Per role and side: a draft with a target and a task, a draft ready to submit, an issued plan with a task and a free target. */
type PlanFixture = {
  unitId: number
  draft: number
  target: number
  task: number
  submit: number
  issued: number
  issuedTask: number
  freeTarget: number
  assignee: number
}
type Build = (f: Fixtures, role: Role, where: Where) => Request
type Entry = {
  request: Build
  expected: (role: Role, where: Where) => number
  permission: Permission | 'session' | 'public' | 'supreme'
  scoped?: boolean
}

const ROLE_INDEX = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<Role, number>
const get =
  (url: string): Build =>
  () => ({ method: 'GET', url })

/** Needs `permission` somewhere (no unit in the request): holders get `allowed`, others 403. */
const anywhere = (permission: Permission, allowed: number, request: Build): Entry => ({
  permission,
  request,
  expected: (role) => (roleAllows(role, permission) ? allowed : 403),
})

/**
 * Needs `permission` over the unit the request names or the record belongs to. `refused` is the
 * answer to a role without it inside the reach; `outside` the answer to everyone outside it, or
 * for roles that cannot even see the record (`hiddenWithout`), 404: a record out of sight answers
 * like a missing one.
 */
const overUnit = (
  permission: Permission,
  allowed: number,
  request: Build,
  {
    refused = 403,
    outside = 403,
    hiddenWithout,
    outsideRefused,
  }: { refused?: number; outside?: number; hiddenWithout?: Permission; outsideRefused?: number } = {},
): Entry => ({
  permission,
  request,
  scoped: true,
  expected: (role, where) => {
    if (hiddenWithout && !roleAllows(role, hiddenWithout)) return 404
    if (where === 'outside') return roleAllows(role, permission) ? outside : (outsideRefused ?? outside)
    return roleAllows(role, permission) ? allowed : refused
  },
})

/**
 * The national official calendar and who may change it: the Supreme Procuracy's administrators and
 * the administrators they grant it (canManageNationalCalendar). No account here is either, so every
 * role is refused, the administrator of KV6 included.
 */
const national = (request: Build): Entry => ({ permission: 'supreme', request, expected: () => 403 })

/** Any signed-in user, whatever their role or unit. */
const session = (status: number, request: Build): Entry => ({ permission: 'session', request, expected: () => status })

/**
 * A route about one of the plans made for the role (KV6's inside, KV7's outside). KV7's plans are
 * out of a KV6 user's sight (404), and so is every plan for a role without plan.read.
 */
const overPlan = (permission: Permission, allowed: number, request: (p: PlanFixture) => Request): Entry =>
  overUnit(permission, allowed, (f, role, where) => request(f.plan[where][role]), {
    outside: 404,
    hiddenWithout: 'plan.read',
  })

/** The plans' statistics year: the one today falls in is too close to its end for every deadline. */
const PLAN_YEAR = 2027

const NTK2025 = 'NTK2025'
const code = 'TIN_BAO_GIAI_QUYET'

/** The emulation facts' bodies per kind, about the role's person (or test unit) on that side. */
const EMULATION_BODIES: Record<
  keyof EmulationFixture,
  (f: Fixtures, role: Role, where: Where, year: number) => unknown
> = {
  ratings: (f, role, where, year) => ({ personId: f.person[where][role], year, rating: 'good' }),
  disciplines: (f, role, where) => ({
    personId: f.person[where][role],
    form: 'khien_trach',
    decidedOn: '2025-03-01',
    decision: 'Quyết định số 5/QĐ-VKS',
  }),
  reviews: (f, role, where) => ({ personId: f.person[where][role], openedOn: '2026-01-05' }),
  initiatives: (f, role, where, year) => ({
    personId: f.person[where][role],
    year,
    title: 'Sổ tay kiểm sát',
    scope: 'grassroots',
    decision: 'Quyết định số 12/QĐ-VKS',
    recognisedOn: '2025-10-20',
  }),
  // About KV6 or KV7 itself (a test unit with a rating could not be deleted), one year per role.
  'collective-ratings': (f, role, where, year) => ({
    unitId: where === 'inside' ? f.kv6 : f.kv7,
    year: (year === 2024 ? 1990 : 2000) + ROLE_INDEX[role],
    rating: 'excellent',
  }),
  awards: (f, role, where, year) => ({
    award: 'lao_dong_tien_tien',
    personId: f.person[where][role],
    year,
    decisionNumber: `${year}/QĐ-VKS`,
    decidedOn: `${year}-12-20`,
  }),
}
/** Emulation facts and history (issue 14): read with emulation.read, written with emulation.facts.edit; out of sight 404. */
const overEmulation = (permission: Permission, allowed: number, request: Build): Entry =>
  overUnit(permission, allowed, request, {
    refused: permission === 'emulation.read' ? 404 : 403,
    outside: 404,
    hiddenWithout: 'emulation.read',
  })
const emulationEntries = (): Record<string, Entry> =>
  Object.fromEntries(
    (Object.keys(EMULATION_BODIES) as (keyof EmulationFixture)[]).flatMap((kind) => [
      [
        `POST /api/emulation/${kind}`,
        overEmulation('emulation.facts.edit', 201, (f, role, where) => ({
          method: 'POST',
          url: `/api/emulation/${kind}`,
          body: EMULATION_BODIES[kind](f, role, where, 2025),
        })),
      ],
      [
        `PUT /api/emulation/${kind}/:id`,
        overEmulation('emulation.facts.edit', 200, (f, role, where) => ({
          method: 'PUT',
          url: `/api/emulation/${kind}/${f.emulation[where][role][kind]}`,
          body: EMULATION_BODIES[kind](f, role, where, 2024),
        })),
      ],
      [
        `DELETE /api/emulation/${kind}/:id`,
        overEmulation('emulation.facts.edit', 204, (f, role, where) => ({
          method: 'DELETE',
          url: `/api/emulation/${kind}/${f.emulation[where][role][kind]}`,
        })),
      ],
    ]),
  )

const MATRIX: Record<string, Entry> = {
  ...emulationEntries(),
  'GET /api/emulation/ratings/template': overEmulation('emulation.read', 200, (f, _role, where) => ({
    method: 'GET',
    url: `/api/emulation/ratings/template?unitId=${where === 'inside' ? f.kv6 : f.kv7}&year=2025`,
  })),
  // An empty workbook imports nothing: the editors get 200, the rest are refused before it is read.
  'POST /api/emulation/ratings/import': overEmulation('emulation.facts.edit', 200, (f, _role, where) => ({
    method: 'POST',
    url: `/api/emulation/ratings/import?unitId=${where === 'inside' ? f.kv6 : f.kv7}&year=2025`,
    xlsx: f.emptyWorkbook,
  })),
  'GET /api/emulation/facts': overEmulation('emulation.read', 200, (f, _role, where) => ({
    method: 'GET',
    url: `/api/emulation/facts?unitId=${where === 'inside' ? f.kv6 : f.kv7}&year=2025`,
  })),
  'PUT /api/emulation/people/:id/service-start': overEmulation('emulation.facts.edit', 200, (f, role, where) => ({
    method: 'PUT',
    url: `/api/emulation/people/${f.person[where][role]}/service-start`,
    body: { serviceStart: '2015-09-01' },
  })),
  'GET /api/emulation/history/people/:id': overEmulation('emulation.read', 200, (f, role, where) => ({
    method: 'GET',
    url: `/api/emulation/history/people/${f.person[where][role]}`,
  })),
  'GET /api/emulation/history/units/:id': overEmulation('emulation.read', 200, (f, _role, where) => ({
    method: 'GET',
    url: `/api/emulation/history/units/${where === 'inside' ? f.kv6 : f.kv7}`,
  })),
  'GET /api/health': { permission: 'public', request: get('/api/health'), expected: () => 200 },
  // A sign-in with an unknown username: public, answered 401 to everyone, never locks anyone out.
  'POST /api/auth/login': {
    permission: 'public',
    request: () => ({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'khong-co-ai', password: 'sai-mat-khau-2026' },
    }),
    expected: () => 401,
  },
  'POST /api/auth/logout': session(200, () => ({ method: 'POST', url: '/api/auth/logout' })),
  'GET /api/auth/me': session(200, get('/api/auth/me')),
  'POST /api/auth/change-password': session(400, () => ({
    method: 'POST',
    url: '/api/auth/change-password',
    body: { currentPassword: 'khong-phai-mat-khau', newPassword: 'mat-khau-moi-rat-dai-2026' },
  })),

  'GET /api/docs': session(200, get('/api/docs')),
  'GET /api/docs/static/index.html': session(302, get('/api/docs/static/index.html')),
  'GET /api/docs/static/swagger-initializer.js': session(200, get('/api/docs/static/swagger-initializer.js')),
  'GET /api/docs/json': session(200, get('/api/docs/json')),
  'GET /api/docs/yaml': session(200, get('/api/docs/yaml')),
  'GET /api/docs/static/*': session(200, get('/api/docs/static/swagger-ui.css')),

  'GET /api/units': overUnit(
    'unit.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/units?under=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { outside: 404 },
  ),
  'GET /api/units/:id': overUnit(
    'unit.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/units/${w === 'inside' ? f.kv6 : f.kv7}` }),
    { outside: 404 },
  ),
  'POST /api/units': overUnit(
    'unit.manage',
    201,
    (f, r, w) => ({
      method: 'POST',
      url: '/api/units',
      body: {
        code: `MT.NEW.${w}.${r}`,
        name: `Đơn vị thử ${r}`,
        level: 'office',
        parentId: w === 'inside' ? f.kv6 : f.kv7,
        validFrom: '2026-01-01',
      },
    }),
    // Outside: the administrator of KV6 may not hang a unit under KV7 (a field error); the others may not create units at all.
    { outside: 422, outsideRefused: 403 },
  ),
  'PATCH /api/units/:id': overUnit(
    'unit.manage',
    200,
    (f, r, w) => ({
      method: 'PATCH',
      url: `/api/units/${f.unit[w][r]}`,
      body: { data: { name: `Đơn vị đã sửa ${r}` } },
    }),
    { outside: 404 },
  ),
  'DELETE /api/units/:id': overUnit(
    'unit.manage',
    200,
    (f, r, w) => ({ method: 'DELETE', url: `/api/units/${f.unit[w][r]}` }),
    { outside: 404 },
  ),

  'GET /api/people': overUnit(
    'person.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/people?unitId=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { outside: 404 },
  ),
  'GET /api/people/:id': overUnit(
    'person.read',
    200,
    (f, r, w) => ({ method: 'GET', url: `/api/people/${f.person[w][r]}` }),
    { outside: 404 },
  ),
  'POST /api/people': overUnit('person.manage', 201, (f, r, w) => ({
    method: 'POST',
    url: '/api/people',
    body: { fullName: `Cán bộ mới ${r}`, title: 'chuyen_vien', unitId: w === 'inside' ? f.kv6 : f.kv7 },
  })),
  'PATCH /api/people/:id': overUnit(
    'person.edit',
    200,
    (f, r, w) => ({
      method: 'PATCH',
      url: `/api/people/${f.person[w][r]}`,
      body: { data: { phone: `0900 000 ${100 + ROLE_INDEX[r]}` } },
    }),
    { outside: 404 },
  ),
  'DELETE /api/people/:id': overUnit(
    'person.manage',
    200,
    (f, r, w) => ({ method: 'DELETE', url: `/api/people/${f.person[w][r]}` }),
    { outside: 404 },
  ),

  // The audit viewer: a reader of KV6's audit asking for KV7's is told the unit does not exist.
  // A target that does not exist: holders of indicator.manage learn that (404), others are refused first.
  'POST /api/indicators/targets/:id/withdraw': anywhere('indicator.manage', 404, () => ({
    method: 'POST',
    url: '/api/indicators/targets/2147483000/withdraw',
    body: { reason: 'Nhập nhầm chỉ tiêu của năm khác' },
  })),
  'GET /api/jobs': anywhere('unit.manage', 200, get('/api/jobs')),
  'GET /api/auth/throttles': anywhere('person.manage', 200, get('/api/auth/throttles')),
  'GET /api/audit': overUnit(
    'audit.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/audit?unitId=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { outside: 404, outsideRefused: 403 },
  ),
  // The outgoing-document register: read by everyone whose reach covers the unit; another unit's answers as missing.
  'GET /api/documents': overUnit(
    'unit.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/documents?unitId=${w === 'inside' ? f.kv6 : f.kv7}&year=2026` }),
    { outside: 404 },
  ),

  'GET /api/calendar/official': anywhere('unit.manage', 200, get('/api/calendar/official?year=2031')),
  'POST /api/calendar/official': national((_f, r) => ({
    method: 'POST',
    url: '/api/calendar/official',
    body: { date: `2031-03-1${ROLE_INDEX[r]}`, kind: 'day_off', reason: 'Nghỉ thử nghiệm' },
  })),
  'PATCH /api/calendar/official/:id': national((f, r) => ({
    method: 'PATCH',
    url: `/api/calendar/official/${f.calendarEntry[r]}`,
    body: { data: { reason: 'Lý do đã sửa' } },
  })),
  'DELETE /api/calendar/official/:id': national((f, r) => ({
    method: 'DELETE',
    url: `/api/calendar/official/${f.calendarEntry[r]}`,
  })),
  'POST /api/calendar/:year/confirmation': national((_f, r) => ({
    method: 'POST',
    url: `/api/calendar/${2040 + ROLE_INDEX[r]}/confirmation`,
    body: { decision: 'Thông báo 01/TB-LĐTBXH' },
  })),
  'DELETE /api/calendar/:year/confirmation': national((f, r) => ({
    method: 'DELETE',
    url: `/api/calendar/${f.confirmedYear[r]}/confirmation`,
  })),
  'GET /api/calendar/national-managers': national(get('/api/calendar/national-managers')),
  'POST /api/calendar/national-managers': national((f, r) => ({
    method: 'POST',
    url: '/api/calendar/national-managers',
    body: { personId: f.person.inside[r] },
  })),
  'DELETE /api/calendar/national-managers/:personId': national((f, r) => ({
    method: 'DELETE',
    url: `/api/calendar/national-managers/${f.person.inside[r]}`,
  })),
  'GET /api/calendar/:year': session(200, get('/api/calendar/2026')),
  'GET /api/calendar/recomputes/active': session(200, get('/api/calendar/recomputes/active')),
  // An unknown job: an administrator is told it does not exist, anyone else may not ask.
  'GET /api/calendar/recomputes/:jobId': anywhere(
    'unit.manage',
    404,
    get('/api/calendar/recomputes/00000000-0000-4000-8000-000000000000'),
  ),

  'GET /api/deadlines/rules': session(200, get('/api/deadlines/rules')),
  'POST /api/deadlines/preview': session(200, () => ({
    method: 'POST',
    url: '/api/deadlines/preview',
    body: { ruleCode: 'BLTTHS_240_TRUY_TO', category: 'rat_nghiem_trong', start: '2026-03-02' },
  })),
  'GET /api/penal-code': session(200, get('/api/penal-code?q=173')),
  'GET /api/digest': session(200, get('/api/digest')),

  'GET /api/matters': overUnit(
    'matter.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/matters?unitId=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { refused: 404, outside: 404 },
  ),
  'POST /api/matters': overUnit('matter.write', 201, (f, r, w) => ({
    method: 'POST',
    url: '/api/matters',
    body: newMatter(w === 'inside' ? f.kv6 : f.kv7, `MT-NEW-${w}-${r}`),
  })),
  'GET /api/matters/:id': overUnit(
    'matter.read',
    200,
    (f, r, w) => ({ method: 'GET', url: `/api/matters/${f.matter[w][r].id}` }),
    { refused: 404, outside: 404 },
  ),
  'POST /api/matters/:id/subjects': overUnit(
    'matter.write',
    200,
    (f, r, w) => ({
      method: 'POST',
      url: `/api/matters/${f.matter[w][r].id}/subjects`,
      body: { fullName: 'Trần Văn Mới' },
    }),
    { outside: 404, hiddenWithout: 'matter.read' },
  ),
  'POST /api/matters/:id/events': overUnit(
    'matter.write',
    200,
    (f, r, w) => ({
      method: 'POST',
      url: `/api/matters/${f.matter[w][r].id}/events`,
      body: { type: 'investigation_concluded', occurredOn: '2026-05-20', data: {} },
    }),
    { outside: 404, hiddenWithout: 'matter.read' },
  ),
  'POST /api/matters/:id/events/:eventId/void': overUnit(
    'matter.write',
    200,
    (f, r, w) => ({
      method: 'POST',
      url: `/api/matters/${f.matter[w][r].id}/events/${f.matter[w][r].eventId}/void`,
      body: { reason: 'Ghi nhầm khi kiểm thử' },
    }),
    { outside: 404, hiddenWithout: 'matter.read' },
  ),
  'GET /api/deadlines': overUnit(
    'matter.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/deadlines?unitId=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { refused: 404, outside: 404 },
  ),
  'GET /api/matters/export.xlsx': overUnit(
    'matter.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/matters/export.xlsx?unitId=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { outside: 404, outsideRefused: 403 },
  ),
  'GET /api/deadlines/export.xlsx': overUnit(
    'matter.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/deadlines/export.xlsx?unitId=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { outside: 404, outsideRefused: 403 },
  ),
  'GET /api/register/import/template': session(200, get('/api/register/import/template')),
  // The empty template, checked only (dryRun): a writer is past the guard and told the sheet has
  // no rows (422); anyone else is refused before the file is read (403).
  'POST /api/register/import': anywhere('matter.write', 422, (f) => ({
    method: 'POST',
    url: '/api/register/import?dryRun=true',
    xlsx: f.template,
  })),

  'GET /api/indicators/catalogue': anywhere('indicator.read', 200, get('/api/indicators/catalogue')),
  'GET /api/indicators/periods': anywhere('indicator.read', 200, get('/api/indicators/periods?year=2025')),
  'GET /api/indicators/values': overUnit('indicator.read', 200, (f, _r, w) => ({
    method: 'GET',
    url: `/api/indicators/values?unitId=${w === 'inside' ? f.kv6 : f.kv7}&period=${NTK2025}`,
  })),
  'GET /api/indicators/trend': overUnit('indicator.read', 200, (f, _r, w) => ({
    method: 'GET',
    url: `/api/indicators/trend?unitId=${w === 'inside' ? f.kv6 : f.kv7}&code=${code}&year=2025`,
  })),
  'GET /api/indicators/ranking': overUnit('indicator.read', 200, (f, _r, w) => ({
    method: 'GET',
    url: `/api/indicators/ranking?unitId=${w === 'inside' ? f.kv6 : f.kv7}&code=${code}&period=${NTK2025}`,
  })),
  'GET /api/indicators/prosecutors': overUnit('matter.read', 200, (f, _r, w) => ({
    method: 'GET',
    url: `/api/indicators/prosecutors?unitId=${w === 'inside' ? f.kv6 : f.kv7}&code=${code}&period=${NTK2025}`,
  })),
  'GET /api/indicators/records': overUnit('matter.read', 200, (f, _r, w) => ({
    method: 'GET',
    url: `/api/indicators/records?unitId=${w === 'inside' ? f.kv6 : f.kv7}&code=${code}&part=numerator&period=${NTK2025}`,
  })),
  'GET /api/indicators/records.xlsx': overUnit('matter.read', 200, (f, _r, w) => ({
    method: 'GET',
    url: `/api/indicators/records.xlsx?unitId=${w === 'inside' ? f.kv6 : f.kv7}&code=${code}&part=numerator&period=${NTK2025}`,
  })),
  'GET /api/indicators/closures': overUnit('indicator.read', 200, (f, _r, w) => ({
    method: 'GET',
    url: `/api/indicators/closures?unitId=${w === 'inside' ? f.kv6 : f.kv7}&period=${NTK2025}`,
  })),
  'POST /api/indicators/closures': overUnit('period.close', 200, (f, _r, w) => ({
    method: 'POST',
    url: '/api/indicators/closures',
    body: { unitId: w === 'inside' ? f.kv6 : f.kv7, period: NTK2025 },
  })),
  'GET /api/indicators/targets/:code': anywhere('indicator.read', 200, get(`/api/indicators/targets/${code}`)),
  'POST /api/indicators/targets/:code': anywhere('indicator.manage', 200, () => ({
    method: 'POST',
    url: `/api/indicators/targets/${code}`,
    body: {
      comparison: '>=',
      value: 80,
      legalSource: 'Kế hoạch công tác năm 2026 (kiểm thử)',
      effectiveFrom: '2026-01-01',
    },
  })),

  // ── Plans (issue 13). A KV6 user reads KV6's plans (and the superior's); KV7's answer as missing.
  // An administrator holds no plan.read: every plan is out of their sight (404).
  'GET /api/plans': overUnit(
    'plan.read',
    200,
    (f, _r, w) => ({ method: 'GET', url: `/api/plans?unitId=${w === 'inside' ? f.kv6 : f.kv7}` }),
    { outside: 404, refused: 404 },
  ),
  'POST /api/plans': overUnit('plan.manage', 201, (f, _r, w) => ({
    method: 'POST',
    url: '/api/plans',
    body: {
      unitId: w === 'inside' ? f.kv6 : f.kv7,
      year: PLAN_YEAR,
      kind: 'thematic',
      title: 'Kế hoạch chuyên đề thử',
    },
  })),
  'GET /api/plans/my-tasks': session(200, get('/api/plans/my-tasks')),
  'GET /api/plans/:id': overPlan('plan.read', 200, (p) => ({ method: 'GET', url: `/api/plans/${p.draft}` })),
  'PATCH /api/plans/:id': overPlan('plan.manage', 200, (p) => ({
    method: 'PATCH',
    url: `/api/plans/${p.draft}`,
    body: { purpose: 'Bảo đảm thực hiện đạt và vượt các chỉ tiêu' },
  })),
  'POST /api/plans/:id/transition': overPlan('plan.manage', 200, (p) => ({
    method: 'POST',
    url: `/api/plans/${p.submit}/transition`,
    body: { action: 'submit' },
  })),
  'POST /api/plans/:id/amend': overPlan('plan.manage', 201, (p) => ({
    method: 'POST',
    url: `/api/plans/${p.issued}/amend`,
    body: { reason: 'Bổ sung nhiệm vụ', documentNumber: '15/QĐ-VKS', documentDate: '2026-12-01' },
  })),
  'GET /api/plans/:id/cascade': overPlan('plan.read', 200, (p) => ({
    method: 'GET',
    url: `/api/plans/${p.draft}/cascade`,
  })),
  'GET /api/plans/:id/lower': overPlan('plan.read', 200, (p) => ({
    method: 'GET',
    url: `/api/plans/${p.draft}/lower`,
  })),
  'POST /api/plans/:id/targets': overPlan('plan.manage', 201, (p) => ({
    method: 'POST',
    url: `/api/plans/${p.draft}/targets`,
    body: { indicatorCode: 'TRUY_TO_DUNG_HAN', comparison: '>=', value: 100 },
  })),
  'PUT /api/plans/:id/targets/:targetId': overPlan('plan.manage', 200, (p) => ({
    method: 'PUT',
    url: `/api/plans/${p.draft}/targets/${p.target}`,
    body: { indicatorCode: 'TIN_BAO_GIAI_QUYET', comparison: '>', value: 92 },
  })),
  'DELETE /api/plans/:id/targets/:targetId': overPlan('plan.manage', 200, (p) => ({
    method: 'DELETE',
    url: `/api/plans/${p.draft}/targets/${p.target}`,
  })),
  // A free target's value: the plan's managers, or the lead unit (its head, its prosecutors) over the target's unit.
  'POST /api/plans/:id/targets/:targetId/reported-value': {
    permission: 'plan.task.report',
    scoped: true,
    request: (f, role, where) => {
      const p = f.plan[where][role]
      return {
        method: 'POST',
        url: `/api/plans/${p.issued}/targets/${p.freeTarget}/reported-value`,
        body: { value: 2, evidence: 'Biên bản phiên tòa rút kinh nghiệm' },
      }
    },
    expected: (role, where) =>
      where === 'outside' || !roleAllows(role, 'plan.read')
        ? 404
        : roleAllows(role, 'plan.manage') || roleAllows(role, 'plan.task.report')
          ? 200
          : 403,
  },
  'POST /api/plans/:id/tasks': overPlan('plan.manage', 201, (p) => ({
    method: 'POST',
    url: `/api/plans/${p.draft}/tasks`,
    body: {
      title: 'Nhiệm vụ thêm',
      workStream: 'prosecution',
      leadUnitId: p.unitId,
      deadline: `${PLAN_YEAR}-06-30`,
      product: 'Báo cáo',
    },
  })),
  'PUT /api/plans/:id/tasks/:taskId': overPlan('plan.manage', 200, (p) => ({
    method: 'PUT',
    url: `/api/plans/${p.draft}/tasks/${p.task}`,
    body: {
      title: 'Nhiệm vụ sửa',
      workStream: 'investigation',
      leadUnitId: p.unitId,
      deadline: `${PLAN_YEAR}-07-31`,
      product: 'Báo cáo',
    },
  })),
  'DELETE /api/plans/:id/tasks/:taskId': overPlan('plan.manage', 200, (p) => ({
    method: 'DELETE',
    url: `/api/plans/${p.draft}/tasks/${p.task}`,
  })),
  'POST /api/plans/:id/tasks/:taskId/assign': overPlan('plan.task.assign', 200, (p) => ({
    method: 'POST',
    url: `/api/plans/${p.issued}/tasks/${p.issuedTask}/assign`,
    body: { assigneeId: p.assignee },
  })),
  // Progress: the lead unit's head or leadership; a prosecutor only on a task given to them (this one is not).
  'POST /api/plans/:id/tasks/:taskId/progress': {
    permission: 'plan.task.report',
    scoped: true,
    request: (f, role, where) => {
      const p = f.plan[where][role]
      return {
        method: 'POST',
        url: `/api/plans/${p.issued}/tasks/${p.issuedTask}/progress`,
        body: { note: 'Đang thực hiện' },
      }
    },
    expected: (role, where) =>
      where === 'outside' || !roleAllows(role, 'plan.read')
        ? 404
        : roleAllows(role, 'plan.task.report') &&
            (roleAllows(role, 'plan.task.assign') || roleAllows(role, 'plan.manage'))
          ? 201
          : 403,
  },
  // Nothing reported complete yet: the plan's managers learn that (409), others are refused first.
  'POST /api/plans/:id/tasks/:taskId/appraise': overPlan('plan.manage', 409, (p) => ({
    method: 'POST',
    url: `/api/plans/${p.issued}/tasks/${p.issuedTask}/appraise`,
    body: { appraisal: 'passed' },
  })),
  'GET /api/plans/:id/document.docx': overPlan('plan.read', 200, (p) => ({
    method: 'GET',
    url: `/api/plans/${p.draft}/document.docx`,
  })),
  // The PDF reads the plan as the .docx does (loadReadable); asked about a plan nobody has, so that
  // the matrix does not run LibreOffice 14 times (documents-pdf and plan-documents convert for real).
  'GET /api/plans/:id/document.pdf': session(404, get('/api/plans/2147483000/document.pdf')),
  'GET /api/plans/:id/review': overPlan('plan.read', 200, (p) => ({
    method: 'GET',
    url: `/api/plans/${p.issued}/review?period=six_months`,
  })),
  'POST /api/plans/:id/review': overPlan('plan.manage', 201, (p) => ({
    method: 'POST',
    url: `/api/plans/${p.issued}/review`,
    body: { period: 'six_months' },
  })),
  'GET /api/plans/:id/review.docx': overPlan('plan.read', 200, (p) => ({
    method: 'GET',
    url: `/api/plans/${p.issued}/review.docx?period=year`,
  })),
  'GET /api/plans/:id/export.xlsx': overPlan('plan.read', 200, (p) => ({
    method: 'GET',
    url: `/api/plans/${p.draft}/export.xlsx`,
  })),
}

function newMatter(unitId: number, number: string) {
  return {
    kind: 'criminal_case',
    unitId,
    number,
    title: 'Trộm cắp tài sản (kiểm thử phân quyền)',
    subjects: [{ fullName: 'Lâm Văn Tèo', birthYear: 1995, gender: 'nam' }],
    initialEvent: {
      type: 'case_instituted',
      occurredOn: '2026-03-02',
      data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
    },
  }
}

/** Every row of every table a request could change, as one checksum per table (sessions, sign-in counters and the job queue aside). */
const TABLES = [
  'units',
  'people',
  'role_grants',
  'audit_log',
  'app_counters',
  'official_calendar_entries',
  'official_calendar_years',
  'matters',
  'matter_subjects',
  'matter_events',
  'deadlines',
  'deadline_digests',
  'indicator_targets',
  'period_closures',
  'register_changes',
  'calendar_recomputes',
  'outgoing_documents',
  'outgoing_document_counters',
  'plans',
  'plan_targets',
  'plan_tasks',
  'plan_task_progress',
  'plan_reviews',
  'person_year_ratings',
  'person_disciplines',
  'disciplinary_reviews',
  'initiatives',
  'collective_year_ratings',
  'person_service_starts',
  'emulation_awards',
  'emulation_parameters',
]

const PASSWORD = 'ma-tran-phan-quyen-2026'

describe.each(ENGINES)('route × role × scope on %s', (engine) => {
  let t: TestApp
  let f: Fixtures
  const agents = {} as Record<Role, Agent>

  const checksums = async (tables: string[]): Promise<Record<string, string>> => {
    const db = t.database.handle.db
    const result: Record<string, string> = {}
    for (const table of tables) {
      const res: any = await db.execute(
        sql.raw(
          `select count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as sum from ${table} x`,
        ),
      )
      result[table] = (res.rows ?? res)[0].sum
    }
    return result
  }

  const send = async (agent: Agent, request: Request): Promise<Response> => {
    if (request.xlsx) {
      const res = await t.app.inject({
        method: request.method as never,
        url: request.url,
        headers: {
          cookie: `ks_session=${agent.sessionCookie}`,
          'x-csrf-token': agent.csrfToken,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        payload: request.xlsx,
      })
      let body: unknown = res.body
      try {
        body = res.json()
      } catch {}
      return { status: res.statusCode, body, headers: res.headers }
    }
    const write = request.method !== 'GET'
    return agent.raw({
      method: request.method,
      url: request.url,
      ...(request.body !== undefined ? { body: request.body } : {}),
      headers: write ? { 'x-csrf-token': agent.csrfToken } : {},
    })
  }

  beforeAll(async () => {
    t = await startTestApp(engine)
    const admin = await t.signIn('admin')
    const [ksv, ksv2] = [await t.signIn('ksv'), await t.signIn('ksv2')]
    const kv6 = await t.unitId('CT.KV6')
    const kv7 = await t.unitId('CT.KV7')
    const ok = (res: Response, what: string) => {
      if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body
    }

    // One account per role, each granted over KV6 only.
    for (const role of ROLES) {
      ok(
        await admin.post('/api/people', {
          fullName: `Kiểm thử ${role}`,
          title: 'chuyen_vien',
          unitId: kv6,
          username: `mt-${role}`,
          password: PASSWORD,
          roles: [{ role, unitId: kv6 }],
        }),
        `account ${role}`,
      )
      agents[role] = await t.signIn(`mt-${role}`, PASSWORD)
    }

    const perRole = async <T>(
      make: (role: Role, where: Where) => Promise<T>,
    ): Promise<Record<Where, Record<Role, T>>> => {
      const out = { inside: {}, outside: {} } as Record<Where, Record<Role, T>>
      for (const where of ['inside', 'outside'] as const)
        for (const role of ROLES) out[where][role] = await make(role, where)
      return out
    }
    const matter = await perRole(async (role, where) => {
      const author = where === 'inside' ? ksv : ksv2
      const created = ok(
        await author.post('/api/matters', newMatter(where === 'inside' ? kv6 : kv7, `MT-${where}-${role}`)),
        'matter',
      )
      const detained = ok(
        await author.post(`/api/matters/${created.id}/events`, {
          type: 'suspect_instituted',
          occurredOn: '2026-03-03',
          subjectId: created.subjects[0].id,
          data: { charge: { article: 173, clause: 1 } },
        }),
        'event',
      )
      return { id: created.id as number, eventId: detained.events.at(-1).id as number }
    })
    const person = await perRole(
      async (role, where) =>
        ok(
          await admin.post('/api/people', {
            fullName: `Cán bộ ${where} ${role}`,
            title: 'chuyen_vien',
            unitId: where === 'inside' ? kv6 : kv7,
          }),
          'person',
        ).id as number,
    )
    const unit = await perRole(
      async (role, where) =>
        ok(
          await admin.post('/api/units', {
            code: `MT.${where}.${role}`,
            name: `Tổ kiểm thử ${role}`,
            level: 'office',
            parentId: where === 'inside' ? kv6 : kv7,
            validFrom: '2026-01-01',
          }),
          'unit',
        ).id as number,
    )
    const calendarEntry = {} as Record<Role, number>
    const confirmedYear = {} as Record<Role, number>
    for (const role of ROLES) {
      calendarEntry[role] = ok(
        await admin.post('/api/calendar/official', {
          date: `2031-04-1${ROLE_INDEX[role]}`,
          kind: 'day_off',
          reason: 'Nghỉ thử nghiệm',
        }),
        'calendar',
      ).id
      confirmedYear[role] = 2050 + ROLE_INDEX[role]
      ok(
        await admin.post(`/api/calendar/${confirmedYear[role]}/confirmation`, { decision: 'Thông báo 02/TB-LĐTBXH' }),
        'confirmation',
      )
    }
    const template = Buffer.from(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/register/import/template',
          headers: { cookie: `ks_session=${admin.sessionCookie}` },
        })
      ).rawPayload,
    )
    const lanhdao = await t.signIn('lanhdao')
    const plan = await perRole(async (role, where): Promise<PlanFixture> => {
      const unitId = where === 'inside' ? kv6 : kv7
      const task = {
        title: 'Giải quyết dứt điểm tin báo tồn đọng',
        workStream: 'crime_reports',
        leadUnitId: unitId,
        deadline: `${PLAN_YEAR}-06-30`,
        product: 'Báo cáo kết quả',
      }
      const newPlan = async (title: string) =>
        ok(await lanhdao.post('/api/plans', { unitId, year: PLAN_YEAR, kind: 'thematic', title }), 'plan').id as number
      const draft = await newPlan(`Dự thảo ${where} ${role}`)
      const target = ok(
        await lanhdao.post(`/api/plans/${draft}/targets`, {
          indicatorCode: 'TIN_BAO_GIAI_QUYET',
          comparison: '>',
          value: 90,
        }),
        'target',
      ).id as number
      const draftTask = ok(await lanhdao.post(`/api/plans/${draft}/tasks`, task), 'task').id as number
      const submit = await newPlan(`Trình ${where} ${role}`)
      ok(await lanhdao.post(`/api/plans/${submit}/tasks`, task), 'task')
      const issued = await newPlan(`Ban hành ${where} ${role}`)
      const issuedTask = ok(await lanhdao.post(`/api/plans/${issued}/tasks`, task), 'task').id as number
      const freeTarget = ok(
        await lanhdao.post(`/api/plans/${issued}/targets`, {
          indicatorCode: null,
          name: 'Tổ chức phiên tòa rút kinh nghiệm',
          unitOfMeasure: 'phiên tòa',
          comparison: '>=',
          value: 4,
        }),
        'free target',
      ).id as number
      ok(await lanhdao.post(`/api/plans/${issued}/transition`, { action: 'submit' }), 'submit')
      ok(
        await lanhdao.post(`/api/plans/${issued}/transition`, { action: 'issue', approver: 'chief_procurator' }),
        'issue',
      )
      return {
        unitId,
        draft,
        target,
        task: draftTask,
        submit,
        issued,
        issuedTask,
        freeTarget,
        assignee: person[where][role],
      }
    })
    const partial = { kv6, kv7, matter, person, unit, calendarEntry, confirmedYear, template, plan }
    const emulation = await perRole(async (role, where): Promise<EmulationFixture> => {
      const out = {} as EmulationFixture
      for (const kind of Object.keys(EMULATION_BODIES) as (keyof EmulationFixture)[])
        out[kind] = ok(
          await lanhdao.post(`/api/emulation/${kind}`, EMULATION_BODIES[kind](partial as Fixtures, role, where, 2024)),
          `emulation ${kind}`,
        ).id as number
      return out
    })
    const empty = new ExcelJS.Workbook()
    empty.addWorksheet('Xếp loại').addRow(['Mã cán bộ', 'Họ và tên', 'Xếp loại chất lượng'])
    f = { ...partial, emulation, emptyWorkbook: Buffer.from(await empty.xlsx.writeBuffer()) }
  })
  afterAll(async () => t?.close())

  it('has one entry for every registered route, and no entry for a route that does not exist', () => {
    const registered = new Set(
      t.app.registeredRoutes
        .filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD')
        .map((r) => `${r.method} ${r.url}`),
    )
    expect(
      [...registered].filter((key) => !(key in MATRIX)),
      'routes without a matrix entry',
    ).toEqual([])
    expect(
      Object.keys(MATRIX).filter((key) => !registered.has(key)),
      'matrix entries without a route',
    ).toEqual([])
  })

  it('uses only permissions of the one exported list', () => {
    for (const [key, entry] of Object.entries(MATRIX))
      if (!['session', 'public', 'supreme'].includes(entry.permission))
        expect(PERMISSION_LIST, key).toContain(entry.permission)
  })

  it('answers each role inside and outside its reach as the permission table says; refused writes change nothing', async () => {
    const mismatches: string[] = []
    const changed = (key: string, before: Record<string, string>, after: Record<string, string>) => {
      const tables = TABLES.filter((table) => before[table] !== after[table])
      if (tables.length > 0) mismatches.push(`${key}: refused writes changed ${tables.join(', ')}`)
    }
    for (const [key, entry] of Object.entries(MATRIX)) {
      // Sign-in and the session's own routes are not access decisions (a failed sign-in is audited on purpose).
      const isWrite = !key.startsWith('GET ') && entry.permission !== 'public' && entry.permission !== 'session'
      // Scope only matters where the route names a unit or a record; a public route is asked once.
      const wheres: Where[] = entry.scoped ? ['inside', 'outside'] : ['inside']
      const roles: readonly Role[] = entry.permission === 'public' ? ROLES.slice(0, 1) : ROLES
      const cases = roles.flatMap((role) =>
        wheres.map((where) => ({ role, where, status: entry.expected(role, where) })),
      )
      // Refusals first, against one checksum taken before them; then the requests that are let through.
      const refusedFirst = [...cases].sort(
        (a, b) =>
          Number(a.status < 300 || a.status === 422 || a.status === 409) -
          Number(b.status < 300 || b.status === 422 || b.status === 409),
      )
      const before = isWrite ? await checksums(TABLES) : null
      let checked = false
      for (const c of refusedFirst) {
        const granted = c.status < 400 || c.status === 409 || c.status === 422
        if (before && granted && !checked) {
          changed(key, before, await checksums(TABLES))
          checked = true
        }
        const agent = key === 'POST /api/auth/logout' ? await t.signIn(`mt-${c.role}`, PASSWORD) : agents[c.role]
        const res =
          entry.permission === 'public'
            ? await t.anonymous(entry.request(f, c.role, c.where) as never)
            : await send(agent, entry.request(f, c.role, c.where))
        if (res.status !== c.status)
          mismatches.push(
            `${key} ${c.role} ${c.where}: ${res.status} (expected ${c.status}) ${JSON.stringify(res.body).slice(0, 160)}`,
          )
        if ((res.status === 403 || res.status === 404) && typeof res.body === 'object') {
          // Refusals are ours: a stable code and a Vietnamese message.
          expect(res.body?.error?.code, key).toMatch(/^[A-Z_]+$/)
          expect(res.body?.error?.message, key).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳýạ-ỹ]/i)
        }
      }
      if (before && !checked) changed(key, before, await checksums(TABLES))
    }
    expect(mismatches).toEqual([])
  })
})
