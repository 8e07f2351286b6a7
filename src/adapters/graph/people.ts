import type { Person, User } from '@microsoft/microsoft-graph-types';
import type { People, PersonSuggestion } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import type { GraphContext } from './client';
import { graphCall } from './errors';
import { fromPerson, fromUser, mergeSuggestions } from './people.mappers';

const TOP = 10;

/** Quotes a term for OData $search; a double quote inside would end the phrase. */
function searchTerm(query: string): string {
  return query.replace(/["\\]/g, ' ').trim();
}

/** GET /me/people?$search="term": relevance-ranked people the user works with. */
export async function searchMyPeople(ctx: GraphContext, query: string): Promise<Person[]> {
  const page = (await ctx.client.api('/me/people').search(`"${searchTerm(query)}"`).select(['displayName', 'scoredEmailAddresses', 'jobTitle']).top(TOP).get()) as { value: Person[] };
  return page.value;
}

/** GET /users?$search="displayName:term" with ConsistencyLevel: eventual (required for $search on users). */
export async function searchUsers(ctx: GraphContext, query: string): Promise<User[]> {
  const term = searchTerm(query);
  const page = (await ctx.client.api('/users').header('ConsistencyLevel', 'eventual')
    .search(`"displayName:${term}" OR "mail:${term}"`).select(['displayName', 'mail', 'jobTitle']).top(TOP).get()) as { value: User[] };
  return page.value;
}

export class GraphPeople implements People {
  constructor(private readonly ctx: GraphContext) {}

  async search(query: string): Promise<PersonSuggestion[]> {
    if (searchTerm(query).length < 2) return [];
    const [people, users] = await Promise.all([
      graphCall(this.ctx, consentFor('people'), () => searchMyPeople(this.ctx, query)),
      graphCall(this.ctx, consentFor('directory'), () => searchUsers(this.ctx, query)),
    ]);
    return mergeSuggestions(people.map(fromPerson), users.map(fromUser));
  }
}
