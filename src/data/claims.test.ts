import { describe, expect, test } from 'vitest';
import { attributionLine, claimsOf, namesList } from './claims';
import { makeDisputedTimeline, makeTimeline } from './fixtures';

describe('claimsOf', () => {
  const timeline = makeDisputedTimeline();
  const event = (id: string) => timeline.events.find((e) => e.id === id)!;

  test('an allegation names its claimants, and the denial that answers it', () => {
    const claims = claimsOf(timeline, event('campaign-begins'));
    expect(claims.assertion).toBe('allegation');
    expect(claims.claimedBy.map((a) => a.label)).toEqual(['Officials']);
    expect(claims.deniedBy.map(({ event: e, actors }) => [e.id, actors.map((a) => a.label)])).toEqual([
      ['embassy-denial', ['The embassy']],
    ]);
    expect(claims.responses.map((e) => e.id)).toEqual(['charges-filed']);
  });

  test('a denial knows what it denies; an act who did it and what it answers', () => {
    expect(claimsOf(timeline, event('embassy-denial')).denies.map((e) => e.id)).toEqual(['campaign-begins']);
    const charges = claimsOf(timeline, event('charges-filed'));
    expect(charges.by.map((a) => a.label)).toEqual(['Prosecutors']);
    expect(charges.respondsTo.map((e) => e.id)).toEqual(['campaign-begins']);
    expect(charges.deniedBy).toEqual([]);
  });

  test('a document without actors or links has none to give', () => {
    const bare = makeTimeline({
      actors: undefined,
      events: makeTimeline().events.map(({ claimedBy: _c, by: _b, relations: _r, assertion: _a, ...rest }) => rest),
    });
    const claims = claimsOf(bare, bare.events[0]!);
    expect(claims).toEqual({ assertion: undefined, claimedBy: [], by: [], deniedBy: [], denies: [], respondsTo: [], responses: [] });
    expect(attributionLine(claims)).toBe('');
  });
});

describe('attributionLine', () => {
  const timeline = makeDisputedTimeline();
  test.each([
    ['campaign-begins', 'Alleged by Officials · Denied by The embassy'],
    ['embassy-denial', 'Denial by The embassy'],
    ['charges-filed', ''],
  ])('%s reads "%s"', (id, line) => {
    expect(
      attributionLine(
        claimsOf(
          timeline,
          timeline.events.find((e) => e.id === id)!,
        ),
      ),
    ).toBe(line);
  });
});

test.each([
  [[], ''],
  [['A'], 'A'],
  [['A', 'B'], 'A and B'],
  [['A', 'B', 'C'], 'A, B and C'],
])('namesList(%j) is "%s"', (names, text) => {
  expect(namesList(names)).toBe(text);
});
