/**
 * The cross-checks on who claims what and on links between events, as every document
 * meets them: the compiled story, other people's `?data=` documents, imports.
 * Documents without these fields still load; what is present is checked.
 */
import { describe, expect, test } from 'vitest';
import { makeDisputedTimeline, makeTimeline } from './fixtures';
import { parseTimeline, TimelineDataError } from './parseTimeline';
import type { Timeline } from './schema';

// makeDisputedTimeline(), events in date order:
//   events[0] "campaign-begins" (allegation claimed by "officials"), events[1] "intrusion" (act),
//   events[2] "charges-filed" (act by "prosecutors", responds to campaign-begins),
//   events[3] "embassy-denial" (kind "denial", act by "embassy", denies campaign-begins; outside knowledge)
// The story was updated on 2024-03-28 and carries a correction; so does charges-filed.

function problemsOf(timeline: Timeline): string[] {
  try {
    parseTimeline(JSON.parse(JSON.stringify(timeline)));
  } catch (error) {
    if (error instanceof TimelineDataError) return error.problems;
    throw error;
  }
  return [];
}

function changed(mutate: (timeline: Timeline) => void): Timeline {
  const timeline = makeDisputedTimeline();
  mutate(timeline);
  return timeline;
}

describe('documents that load', () => {
  test('the disputed fixture, with every field about claims and corrections', () => {
    const timeline = makeDisputedTimeline();
    expect(parseTimeline(JSON.parse(JSON.stringify(timeline)))).toEqual(timeline);
  });

  test('a document written before these fields existed', () => {
    const { actors: _actors, ...rest } = makeTimeline();
    const old = {
      ...rest,
      events: rest.events.map(({ assertion: _a, claimedBy: _c, by: _b, relations: _r, ...event }) => event),
    };
    expect(parseTimeline(JSON.parse(JSON.stringify(old))).events).toHaveLength(3);
  });
});

describe('documents that do not', () => {
  test.each<[string, (timeline: Timeline) => void, string[]]>([
    [
      'a claimant who is not among the actors',
      (t) => void (t.events[0]!.claimedBy = ['nobody']),
      ['events[0] "campaign-begins": claimedBy[0]: unknown actor "nobody"'],
    ],
    [
      'a doer who is not among the actors',
      (t) => void (t.events[2]!.by = ['prosecutors', 'police']),
      ['events[2] "charges-filed": by[1]: unknown actor "police"'],
    ],
    [
      'actors named, but no actor list',
      (t) => void delete t.actors,
      [
        'events[0] "campaign-begins": claimedBy[0]: unknown actor "officials"',
        'events[2] "charges-filed": by[0]: unknown actor "prosecutors"',
        'events[3] "embassy-denial": by[0]: unknown actor "embassy"',
      ],
    ],
    [
      'an empty list of claimants',
      (t) => void (t.events[0]!.claimedBy = []),
      ['events[0] "campaign-begins": claimedBy: must name at least one actor'],
    ],
    [
      'two actors with one id',
      (t) => void t.actors!.push({ id: 'embassy', label: 'Another embassy' }),
      ['actors[3].id: duplicate actor id "embassy"'],
    ],
    [
      'a link to an event that does not exist',
      (t) => void (t.events[3]!.relations = [{ type: 'denies', event: 'no-such-event' }]),
      ['events[3] "embassy-denial": relations[0].event: unknown event "no-such-event"'],
    ],
    [
      'a link to itself',
      (t) => void (t.events[2]!.relations = [{ type: 'responds-to', event: 'charges-filed' }]),
      ['events[2] "charges-filed": relations[0].event: an event cannot relate to itself'],
    ],
    [
      'a denial from an event that is not a denial',
      (t) => void (t.events[2]!.relations = [{ type: 'denies', event: 'campaign-begins' }]),
      ['events[2] "charges-filed": relations[0].type: only an event of kind "denial" can deny another'],
    ],
    [
      'a denial of an act',
      (t) => void (t.events[3]!.relations = [{ type: 'denies', event: 'intrusion' }]),
      ['events[3] "embassy-denial": relations[0].event: denies "intrusion", which is not an allegation'],
    ],
    [
      'a denial of an event not marked as an allegation',
      (t) => void delete t.events[0]!.assertion,
      ['events[3] "embassy-denial": relations[0].event: denies "campaign-begins", which is not an allegation'],
    ],
    [
      'a link of an unknown type',
      (t) => void Object.assign(t.events[2]!.relations![0]!, { type: 'supports' }),
      ['events[2] "charges-filed": relations[0].type: Invalid option: expected one of "denies"|"responds-to"'],
    ],
    [
      'an assertion that is neither act nor allegation',
      (t) => void Object.assign(t.events[1]!, { assertion: 'rumour' }),
      ['events[1] "intrusion": assertion: Invalid option: expected one of "act"|"allegation"'],
    ],
    [
      'a correction dated to the month',
      (t) => void (t.corrections![0]!.date = '2024-03'),
      ['corrections[0].date: must be a day in ISO 8601: "2024-03-25"'],
    ],
    [
      'an event correction on a day that does not exist',
      (t) => void (t.events[2]!.corrections![0]!.date = '2024-02-30'),
      ['events[2] "charges-filed": corrections[0].date: is not a real calendar date'],
    ],
    ['an update that is not a date', (t) => void (t.updated = 'last week'), ['updated: must be a day in ISO 8601: "2024-03-25"']],
    [
      'blank outside knowledge',
      (t) => void (t.events[3]!.outsideKnowledge = '   '),
      ['events[3] "embassy-denial": outsideKnowledge: must not be empty'],
    ],
  ])('%s', (_case, mutate, expected) => {
    expect(problemsOf(changed(mutate))).toEqual(expected);
  });
});
