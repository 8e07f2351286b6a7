import { parsePastedDate, parsePastedScore, pastePreview } from '../../../src/domain/paste';

describe('parsePastedDate()', () => {
  it.each([
    ['2026-03-12', '2026-03-12'],
    [' 2026-3-2 ', '2026-03-02'],
    ['12-03-2026', '2026-03-12'],
    ['12/3/2026', '2026-03-12'],
    ['1.12.2026', '2026-12-01'],
  ])('reads %p as %p', (text, iso) => {
    expect(parsePastedDate(text)).toBe(iso);
  });

  it.each(['31-02-2026', '2026-13-01', 'morgen', '', '12 maart 2026', `2026-03-12${'x'.repeat(1_000_000)}`])('refuses %#', (text) => {
    expect(parsePastedDate(text)).toBeNull();
  });
});

describe('parsePastedScore()', () => {
  it('reads a whole number from 0 to 10', () => {
    expect(parsePastedScore('0')).toBe(0);
    expect(parsePastedScore(' 7\n')).toBe(7);
    expect(parsePastedScore('10')).toBe(10);
  });

  it.each(['11', '-1', '7.5', 'zeven', '', '١٠'])('refuses %p', (text) => {
    expect(parsePastedScore(text)).toBeNull();
  });
});

describe('pastePreview()', () => {
  it('shows a short paste on one line', () => {
    expect(pastePreview('  morgen\nmiddag ')).toBe('morgen middag');
  });

  it('shortens a megabyte to 40 characters, without splitting an emoji', () => {
    expect(pastePreview('x'.repeat(1_000_000))).toBe(`${'x'.repeat(40)}…`);
    expect(pastePreview('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
  });
});
