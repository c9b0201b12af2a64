import { createRootRouteWithContext, createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import { AuditPage } from '@/web/features/audit/components/AuditPage.tsx'
import { validateAuditSearch } from '@/web/features/audit/utils/auditSearch.ts'
import { SignInPage } from '@/web/features/auth/components/SignInPage.tsx'
import { meQueryOptions } from '@/web/features/auth/hooks/meQuery.ts'
import { validateSignInSearch } from '@/web/features/auth/utils/signInSearch.ts'
import { DeadlinesPage } from '@/web/features/deadlines/components/DeadlinesPage.tsx'
import { validateDeadlinesSearch } from '@/web/features/deadlines/utils/deadlinesSearch.ts'
import { HomePage } from '@/web/features/home/components/HomePage.tsx'
import { validateDashboardSearch, validateRecordsSearch } from '@/web/features/indicators/utils/indicatorsSearch.ts'
import { AppLayout } from '@/web/features/layout/components/AppLayout.tsx'
import { NotFoundPage } from '@/web/features/layout/components/NotFoundPage.tsx'
import { RootErrorPage } from '@/web/features/layout/components/RootErrorPage.tsx'
import { PeoplePage } from '@/web/features/people/components/PeoplePage.tsx'
import { PersonPage } from '@/web/features/people/components/PersonPage.tsx'
import { validatePeopleSearch } from '@/web/features/people/utils/peopleSearch.ts'
import { CreateMatterPage } from '@/web/features/register/components/CreateMatterPage.tsx'
import { MatterPage } from '@/web/features/register/components/MatterPage.tsx'
import { RegisterPage } from '@/web/features/register/components/RegisterPage.tsx'
import { validateMattersSearch } from '@/web/features/register/utils/mattersSearch.ts'
import { UnitsPage } from '@/web/features/units/components/UnitsPage.tsx'
import { validateUnitsSearch } from '@/web/features/units/utils/unitsSearch.ts'
import { RootComponent } from './RootComponent.tsx'
import { CalendarPage } from '@/web/features/calendar/components/CalendarPage.tsx'
import { RegisterImportPage } from '@/web/features/register-excel/components/RegisterImportPage.tsx'
import { JobsPage } from '@/web/features/jobs/components/JobsPage.tsx'

export type RouterContext = { queryClient: QueryClient }

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootComponent,
  notFoundComponent: NotFoundPage,
  errorComponent: RootErrorPage,
})

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: validateSignInSearch,
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions)
    if (me) throw redirect({ to: search.redirect ?? '/' })
  },
  component: SignInPage,
})

// Every page below needs a session; without one the user lands on the sign-in page and comes back after.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions)
    if (!me) throw redirect({ to: '/dang-nhap', search: { redirect: location.href } })
  },
  component: AppLayout,
})

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage })

const registerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/so-thu-ly',
  validateSearch: validateMattersSearch,
  component: RegisterPage,
})

const createMatterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/so-thu-ly/moi',
  component: CreateMatterPage,
})

const matterRoute = createRoute({ getParentRoute: () => appRoute, path: '/so-thu-ly/$matterId', component: MatterPage })

const deadlinesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thoi-han',
  validateSearch: validateDeadlinesSearch,
  component: DeadlinesPage,
})

const indicatorsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chi-tieu',
  validateSearch: validateDashboardSearch,
  // The indicators pages bring the chart library: loaded when first opened.
  component: lazyRouteComponent(
    () => import('@/web/features/indicators/components/IndicatorsPage.tsx'),
    'IndicatorsPage',
  ),
})

const indicatorRecordsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chi-tieu/ho-so',
  validateSearch: validateRecordsSearch,
  component: lazyRouteComponent(
    () => import('@/web/features/indicators/components/IndicatorRecordsPage.tsx'),
    'IndicatorRecordsPage',
  ),
})

const indicatorTargetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/chi-tieu/muc-tieu',
  component: lazyRouteComponent(
    () => import('@/web/features/indicators/components/IndicatorTargetsPage.tsx'),
    'IndicatorTargetsPage',
  ),
})

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi',
  validateSearch: validateUnitsSearch,
  component: UnitsPage,
})

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/can-bo',
  validateSearch: validatePeopleSearch,
  component: PeoplePage,
})

const personRoute = createRoute({ getParentRoute: () => appRoute, path: '/can-bo/$personId', component: PersonPage })

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhat-ky',
  validateSearch: validateAuditSearch,
  component: AuditPage,
})

const importMattersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/so-thu-ly/nhap-excel',
  component: RegisterImportPage,
})

// The annual work plan (issue 13): the list, and one plan's page for the leadership.
const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach',
  component: lazyRouteComponent(() => import('@/web/features/plan/components/PlansPage.tsx'), 'PlansPage'),
})

const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/$planId',
  component: lazyRouteComponent(() => import('@/web/features/plan/components/PlanPage.tsx'), 'PlanPage'),
})

// Thi đua – khen thưởng (issue 14): a unit's facts of a year, and the history of a person and of a unit.
const emulationFactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thi-dua',
  component: lazyRouteComponent(
    () => import('@/web/features/emulation/facts/EmulationFactsPage.tsx'),
    'EmulationFactsPage',
  ),
})

const emulationPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thi-dua/can-bo/$personId',
  component: lazyRouteComponent(
    () => import('@/web/features/emulation/facts/EmulationHistoryPage.tsx'),
    'PersonEmulationHistoryPage',
  ),
})

const emulationUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thi-dua/don-vi/$unitId',
  component: lazyRouteComponent(
    () => import('@/web/features/emulation/facts/EmulationHistoryPage.tsx'),
    'UnitEmulationHistoryPage',
  ),
})

const calendarRoute = createRoute({ getParentRoute: () => appRoute, path: '/lich-nghi', component: CalendarPage })

// The job queue, for administrators (the page itself says so to anyone else who types the address).
const jobsRoute = createRoute({ getParentRoute: () => appRoute, path: '/tac-vu-nen', component: JobsPage })

export const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    homeRoute,
    registerRoute,
    createMatterRoute,
    matterRoute,
    deadlinesRoute,
    indicatorsRoute,
    indicatorRecordsRoute,
    indicatorTargetsRoute,
    unitsRoute,
    peopleRoute,
    personRoute,
    auditRoute,
    calendarRoute,
    importMattersRoute,
    jobsRoute,
    plansRoute,
    planRoute,
    emulationFactsRoute,
    emulationPersonRoute,
    emulationUnitRoute,
  ]),
])
