// The people module's public surface: its routes, staff names by id (the register and the
// indicators name prosecutors and recorders with it) and staff units (the plan checks assignees).
export { peopleRoutes } from './people.routes.ts'
export { personNames, staffUnits } from './people.repository.ts'
