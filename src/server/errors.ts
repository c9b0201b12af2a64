// Every error code the server answers with, merged from the catalogues declared beside the code
// that throws them (platform.errors.ts and each module's <name>.errors.ts). Built when the server
// is loaded: a code declared twice stops it before it listens.
import { mergeErrorCatalogues } from './platform/error-catalogue.ts'
import { PLATFORM_ERRORS } from './platform/platform.errors.ts'
import { AUTH_ERRORS } from './modules/auth/auth.errors.ts'
import { CALENDAR_ERRORS } from './modules/calendar/calendar.errors.ts'
import { DEADLINE_ERRORS } from './modules/deadlines/deadlines.errors.ts'
import { EMULATION_FACTS_ERRORS } from './modules/emulation/facts.errors.ts'
import { DOCUMENT_ERRORS } from './modules/documents/documents.errors.ts'
import { INDICATOR_ERRORS } from './modules/indicators/indicators.errors.ts'
import { PEOPLE_ERRORS } from './modules/people/people.errors.ts'
import { PLAN_ERRORS } from './modules/plan/plan.errors.ts'
import { REGISTER_EXCEL_ERRORS } from './modules/register-excel/register-excel.errors.ts'
import { REGISTER_ERRORS } from './modules/register/register.errors.ts'
import { UNIT_ERRORS } from './modules/units/units.errors.ts'

export const ERRORS = mergeErrorCatalogues({
  platform: PLATFORM_ERRORS,
  auth: AUTH_ERRORS,
  units: UNIT_ERRORS,
  people: PEOPLE_ERRORS,
  calendar: CALENDAR_ERRORS,
  deadlines: DEADLINE_ERRORS,
  register: REGISTER_ERRORS,
  'register-excel': REGISTER_EXCEL_ERRORS,
  indicators: INDICATOR_ERRORS,
  documents: DOCUMENT_ERRORS,
  plan: PLAN_ERRORS,
  'emulation-facts': EMULATION_FACTS_ERRORS,
})

export type ErrorCode = keyof typeof ERRORS
