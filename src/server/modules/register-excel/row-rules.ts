// The same checks a matter typed in the form gets: the zod contract (CreateMatter) and the
// register's pure validator of the opening act (dates, details, the Penal Code catalogue).
// Their field paths are turned into the sheet's columns.
import type { WorkingCalendar } from '@/domain/calendar/index.ts'
import { validateNewEvent } from '@/domain/register/index.ts'
import { CreateMatter, EventInput } from '@/shared/api/register.ts'
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

const describeIssue = (input: CreateMatter, issue: { path: PropertyKey[]; message: string }): RowProblem => {
  const path = issue.path.map(String).join('.')
  // "Họ tên quá ngắn" says little among several names: say whose.
  const subject =
    issue.path[0] === 'subjects' && typeof issue.path[1] === 'number'
      ? input.subjects[issue.path[1]]?.fullName
      : undefined
  return { column: columnOf(path), message: subject !== undefined ? `"${subject}": ${issue.message}` : issue.message }
}

/**
 * Problems of the contract and of the register's rules; empty when the row can be stored as is.
 * The opening act is checked against the rules whenever it is well-formed, even when another
 * field fails the contract: a short summary does not hide a date in the future.
 */
export const registerProblems = (
  input: CreateMatter,
  today: string,
  calendar: WorkingCalendar,
): { parsed: CreateMatter | null; problems: RowProblem[] } => {
  const parsed = CreateMatter.safeParse(input)
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(input, issue))
  const kind = CreateMatter.shape.kind.safeParse(input.kind)
  const opening = EventInput.safeParse(input.initialEvent)
  if (kind.success && opening.success) {
    // Against a matter with no history yet, as createMatter checks its opening act.
    const facts = {
      kind: kind.data,
      receivedOn: opening.data.occurredOn,
      subjects: input.subjects.map((s, i) => ({ id: i + 1, fullName: s.fullName })),
      events: [],
    }
    const event = {
      ...opening.data,
      occurredAt: opening.data.occurredAt ?? null,
      subjectId: opening.data.subjectId ?? null,
    }
    for (const p of validateNewEvent(facts, event, today, calendar))
      problems.push({ column: columnOf(p.path), message: p.message })
  }
  return { parsed: parsed.success && problems.length === 0 ? parsed.data : null, problems }
}
