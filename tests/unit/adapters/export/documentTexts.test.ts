import { documentMessages } from '../../../../src/i18n/areas/documents';

/**
 * The overview and the book are read by family members and children: plain language at B1 level. Two checks a
 * machine can do: short sentences, and none of the professional words the plan itself uses.
 */
const MAX_WORDS_PER_SENTENCE = 20;
const JARGON = ['directbetrokkene', 'casusregie', 'bodemeis', 'risicotaxatie', 'escalatie', 'interventie', 'monitoring', 'signaleringsplan'];

describe('texts of the overview and the book', () => {
  const dutch = Object.entries(documentMessages).map(([key, message]) => [key, message.nl] as const);

  it.each(dutch)('%s has sentences of at most 20 words', (_key, text) => {
    const sentences = text.split(/(?<=[.?!:])\s+/).map((s) => s.split(/\s+/).filter((w) => w !== '').length);
    expect(Math.max(...sentences)).toBeLessThanOrEqual(MAX_WORDS_PER_SENTENCE);
  });

  it('use no professional jargon and speak to the reader as "je"', () => {
    const all = dutch.map(([, text]) => text.toLowerCase()).join('\n');
    expect(JARGON.filter((word) => all.includes(word))).toEqual([]);
    expect(all).not.toMatch(/\bu\b|\buw\b/);
  });
});
