import { IdentityErrorCodes, ValidationProblems, characterLength, isWholeNumberBetween } from '@devgear/domain';
import type { UserListQuery, UserRepository, UserSummary } from '../../ports/user-repository.port';

export const USERS_DEFAULT_PAGE_SIZE = 24;
export const USERS_MAX_PAGE_SIZE = 100;
const SEARCH_MAX = 200;

export interface ListUsersInput {
  /** Searches email, first and last name (case-insensitive substring). */
  q?: string;
  page?: number;
  perPage?: number;
}

export interface ListUsersResult {
  items: UserSummary[];
  total: number;
  page: number;
  perPage: number;
}

/** GET /admin/users: every account, newest first, paginated. */
export class ListUsersUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(input: ListUsersInput = {}): Promise<ListUsersResult> {
    const page = input.page ?? 1;
    const perPage = input.perPage ?? USERS_DEFAULT_PAGE_SIZE;
    const problems = new ValidationProblems(IdentityErrorCodes.INVALID_QUERY);
    if (!isWholeNumberBetween(page, 1, Number.MAX_SAFE_INTEGER)) problems.add('page', 'must be a whole number of at least 1');
    if (!isWholeNumberBetween(perPage, 1, USERS_MAX_PAGE_SIZE)) {
      problems.add('perPage', `must be a whole number from 1 to ${USERS_MAX_PAGE_SIZE}`);
    }
    if (input.q !== undefined && typeof input.q !== 'string') problems.add('q', 'must be a string');
    else if (input.q !== undefined && characterLength(input.q.trim()) > SEARCH_MAX) problems.add('q', `must be at most ${SEARCH_MAX} characters`);
    problems.throwIfAny('Invalid user query');

    const query: UserListQuery = { page, perPage };
    const q = input.q?.trim();
    if (q) query.q = q;
    const result = await this.users.listUsers(query);
    return { items: result.items, total: result.total, page, perPage };
  }
}
