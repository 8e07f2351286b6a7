import type { Person, User } from '@microsoft/microsoft-graph-types';
import type { PersonSuggestion } from '../../app/ports';

export function fromPerson(p: Person): PersonSuggestion | null {
  const email = p.scoredEmailAddresses?.[0]?.address ?? '';
  return email ? { name: p.displayName ?? email, email, jobTitle: p.jobTitle ?? '' } : null;
}

export function fromUser(u: User): PersonSuggestion | null {
  const email = u.mail ?? '';
  return email ? { name: u.displayName ?? email, email, jobTitle: u.jobTitle ?? '' } : null;
}

/** People the user works with first, then the directory; one entry per e-mail address. */
export function mergeSuggestions(...lists: Array<Array<PersonSuggestion | null>>): PersonSuggestion[] {
  const seen = new Set<string>();
  const out: PersonSuggestion[] = [];
  for (const s of lists.flat()) {
    if (!s) continue;
    const key = s.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}
