import { describe, expect, test } from 'vitest';
import { toId, uniqueId } from '../data/idPattern';
import { emptyDraft, type Draft } from './draft';
import {
  addArticle,
  addEvent,
  addNamed,
  citeInDiscrepancy,
  citeInEvent,
  renameArticle,
  renameEvent,
  renameNamed,
  renameNamedId,
  nameEventByTitle,
  updateArticle,
  updateEvent,
} from './draftEdits';

/** A draft with one article and two events, the second denying the first and in a story order. */
function draft(): Draft {
  let d = addArticle(emptyDraft(), { label: 'AFP wire', text: 'The UK said on Monday.' });
  d = addEvent(d, { id: 'claim', title: 'Claim', citations: [{ source: 'afp-wire', quote: 'The UK said' }] }).draft;
  d = addEvent(d, { id: 'denial', title: 'Denial', relations: [{ type: 'denies', event: 'claim' }] }).draft;
  return { ...d, story: { ...d.story, narratives: [{ id: 'order', title: 'Order', steps: [{ event: 'claim' }, { event: 'denial' }] }] } };
}

describe('edits to a draft', () => {
  test.each([
    ['UK sanctions front firm', 'uk-sanctions-front-firm'],
    ['Élection « commission » 2022!', 'election-commission-2022'],
    ['   ', 'fallback'],
    ['one two three four five six seven eight', 'one-two-three-four-five-six'],
    ['Constructor', 'constructor-fallback'],
  ])('"%s" makes the id %s', (words, id) => {
    expect(toId(words, 'fallback')).toBe(id);
  });

  test('ids are made unique', () => {
    expect(uniqueId('claim', ['claim', 'claim-2'])).toBe('claim-3');
  });

  test('an article keeps its own file name where the manifest allows it, and is named for its label otherwise', () => {
    let d = addArticle(emptyDraft(), { label: 'Wire', text: 'a', fileName: '002_76b97a07aa6dedcc.txt' });
    d = addArticle(d, { label: 'Brief', text: 'b', fileName: 'brief report.html' });
    d = addArticle(d, { label: 'Wire', text: 'c', fileName: '002_76b97a07aa6dedcc.txt' });
    expect(d.manifest.map((entry) => [entry.id, entry.file])).toEqual([
      ['wire', '002_76b97a07aa6dedcc.txt'],
      ['brief', '001_brief-report.txt'],
      ['wire-2', '002_002-76b97a07aa6dedcc.txt'],
    ]);
    expect(d.texts['001_brief-report.txt']).toBe('b');
  });

  test('clearing an optional field leaves it out, as a curator would', () => {
    let d = updateArticle(draft(), 0, { credit: '– AFP' });
    expect(d.manifest[0]!.credit).toBe('– AFP');
    d = updateArticle(d, 0, { credit: '' });
    expect('credit' in d.manifest[0]!).toBe(false);
    d = updateEvent(d, 0, { shortTitle: '', by: [], qualifier: undefined });
    expect(Object.keys(d.story.events[0]!)).not.toEqual(expect.arrayContaining(['shortTitle', 'by', 'qualifier']));
  });

  test('renaming an event takes its links and story-order steps with it', () => {
    const d = renameEvent(draft(), 0, 'uk-claim');
    expect(d.story.events[0]!.id).toBe('uk-claim');
    expect(d.story.events[1]!.relations).toEqual([{ type: 'denies', event: 'uk-claim' }]);
    expect(d.story.narratives![0]!.steps.map((step) => step.event)).toEqual(['uk-claim', 'denial']);
  });

  test('renaming an article takes its citations with it', () => {
    let d = updateEvent(draft(), 0, {
      discrepancies: [{ topic: 't', note: 'n', citations: [{ source: 'afp-wire', quote: 'on Monday' }] }],
    });
    d = renameArticle(d, 0, 'afp');
    expect(d.manifest[0]!.id).toBe('afp');
    expect(d.story.events[0]!.citations[0]!.source).toBe('afp');
    expect(d.story.events[0]!.discrepancies![0]!.citations[0]!.source).toBe('afp');
  });

  test('citing the same words twice in an event or a disagreement adds them once', () => {
    let d = citeInEvent(draft(), 0, { source: 'afp-wire', quote: 'The UK said' });
    expect(d.story.events[0]!.citations).toHaveLength(1);
    d = updateEvent(d, 0, { discrepancies: [{ topic: 't', note: 'n', citations: [] }] });
    d = citeInDiscrepancy(d, 0, 0, { source: 'afp-wire', quote: 'on Monday' });
    d = citeInDiscrepancy(d, 0, 0, { source: 'afp-wire', quote: 'on Monday' });
    expect(d.story.events[0]!.discrepancies![0]!.citations).toEqual([{ source: 'afp-wire', quote: 'on Monday' }]);
  });

  test('citing an article in an unsourced (imported) event makes it a sourced event', () => {
    const imported = updateEvent(draft(), 0, { citations: [], unsourced: true, origin: { credit: 'Photo: Example' } });
    const cited = citeInEvent(imported, 0, { source: 'afp-wire', quote: 'The UK said' });
    expect(cited.story.events[0]).not.toHaveProperty('unsourced');
    expect(cited.story.events[0]!.origin).toEqual({ credit: 'Photo: Example' });
  });

  test('lanes, kinds and actors are added with ids of their own and renamed by label only', () => {
    const added = addNamed(draft(), 'lanes', 'Main');
    expect(added.id).toBe('main-2');
    const renamed = renameNamed(added.draft, 'lanes', 'main-2', 'Second');
    expect(renamed.story.lanes.map((lane) => [lane.id, lane.label])).toEqual([
      ['main', 'Main'],
      ['main-2', 'Second'],
    ]);
  });

  test('a lane, kind or actor with another id takes every event that names it along', () => {
    let d = addNamed(draft(), 'actors', 'UK government').draft;
    d = updateEvent(d, 0, { assertion: 'allegation', claimedBy: ['uk-government'] });
    d = renameNamedId(d, 'actors', 'uk-government', 'uk');
    d = renameNamedId(d, 'lanes', 'main', 'britain');
    d = renameNamedId(d, 'kinds', 'event', 'claim');
    expect(d.story.actors.map((actor) => actor.id)).toEqual(['uk']);
    expect(d.story.events.map((event) => [event.lane, event.kinds, event.claimedBy])).toEqual([
      ['britain', ['claim'], ['uk']],
      ['britain', ['claim'], undefined],
    ]);
  });

  test('a new event is named by its title once it has one, and not after', () => {
    const made = addEvent(draft());
    expect(made.draft.story.events[made.index]!.id).toBe('event');
    let d = updateEvent(made.draft, made.index, { title: 'Hackers strike again' });
    d = nameEventByTitle(d, made.index);
    expect(d.story.events[made.index]!.id).toBe('hackers-strike-again');
    d = nameEventByTitle(updateEvent(d, made.index, { title: 'Hackers strike' }), made.index);
    expect(d.story.events[made.index]!.id).toBe('hackers-strike-again');
    // An event of a published story keeps its id whatever its title becomes.
    expect(nameEventByTitle(updateEvent(d, 0, { title: 'Another claim' }), 0).story.events[0]!.id).toBe('claim');
  });
});
