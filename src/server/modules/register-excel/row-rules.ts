// The same checks a matter typed in the form gets: the zod contract (CreateMatter) and the
// register's pure validator of the opening act (dates, details, the Penal Code catalogue).
// Their field paths are turned into the sheet's columns.
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import { validateNewEvent } from '@/domain/register/index.ts'
import { CreateMatter } from '@/shared/api/register.ts'
import type { ImportColumnKey } from './columns.ts'
import type { RowProblem } from './row-input.ts'

const FIELD_COLUMNS: [RegExp, ImportColumnKey][] = [
  [/^number$/, 'number'],
  [/^kind$/, 'kind'],
  [/^title$/, 'title'],
  [/^unitId$/, 'unitCode'],
  [/^prosecutorId$/, 'prosecutor'],
  [/^subjects\b/, 'subjects'],
  [/^(initialEvent\.)?occurredOn$/, 'receivedOn'],
  [/^(initialEvent\.)?(issuingBody|data\.(investigatingBody|court))$/, 'body'],
  [/^(initialEvent\.)?data\.source$/, 'source'],
  [/^(initialEvent\.)?data\.charge\.article$/, 'article'],
  [/^(initialEvent\.)?data\.charge\.clause$/, 'clause'],
  [/^(initialEvent\.)?data\.charge\.point$/, 'point'],
]

const columnOf = (path: string): ImportColumnKey | null =>
  FIELD_COLUMNS.find(([pattern]) => pattern.test(path))?.[1] ?? null

/** Problems of the contract and of the register's rules; empty when the row can be stored as is. */
export const registerProblems = (
  input: CreateMatter,
  today: string,
  calendar: WorkingCalendar,
): { parsed: CreateMatter | null; problems: RowProblem[] } => {
  const parsed = CreateMatter.safeParse(input)
  if (!parsed.success) {
    return {
      parsed: null,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join('.')
        // "Họ tên quá ngắn" says little among several names: say whose.
        const subject =
          issue.path[0] === 'subjects' && typeof issue.path[1] === 'number'
            ? input.subjects[issue.path[1]]?.fullName
            : undefined
        return {
          column: columnOf(path),
          message: subject !== undefined ? `"${subject}": ${issue.message}` : issue.message,
        }
      }),
    }
  }
  const matter = parsed.data
  // Against a matter with no history yet, as createMatter checks its opening act.
  const facts = {
    kind: matter.kind,
    receivedOn: matter.initialEvent.occurredOn,
    subjects: matter.subjects.map((s, i) => ({ id: i + 1, fullName: s.fullName })),
    events: [],
  }
  const event = {
    ...matter.initialEvent,
    occurredAt: matter.initialEvent.occurredAt ?? null,
    subjectId: matter.initialEvent.subjectId ?? null,
  }
  const problems = validateNewEvent(facts, event, today, calendar).map((p) => ({
    column: columnOf(p.path),
    message: p.message,
  }))
  return { parsed: problems.length === 0 ? matter : null, problems }
}
