// The one base of the domain's refusals (the calendar's, the deadline engine's, the Penal Code
// lookup's): a stable code and a Vietnamese message the user reads as it is. The server's error
// handler answers any DomainError with the status its code is declared with (src/server/errors.ts),
// 422 for a code it does not know — never a 500 for a rule that refused the input.
export class DomainError<Code extends string = string, Details = Readonly<Record<string, unknown>>> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Details,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}
