/**
 * A compiled timeline document that passes the app's own validation (parseTimeline)
 * but whose every free-text string field carries attack payloads: markup that would
 * run script or inject elements if any view parsed data as HTML, attribute and
 * script-block breakouts, template and URL tricks, bidi and zero-width characters,
 * and a 10,000-character string. Ids and dates stay valid, and every quote sits in its
 * source text exactly at its offset, inside its paragraph (the source texts are built
 * from the quotes, as e2e/bench/synthetic.ts does).
 *
 * Every payload that executes sets `window.__pwned` (or `parent.__pwned`), so a test
 * can see that it ran; one calls alert(1), so a dialog listener trips too.
 * Checked in hostileStory.test.ts; used by e2e/hostile.spec.ts.
 */
import type { Citation, Discrepancy, Relation, Source, Timeline, TimelineEvent } from '../../src/data/schema';

/** Where the spec serves the document, on the app's own origin. */
export const HOSTILE_STORY_PATH = '/hostile/story.json';

/** Payloads that would do something if rendered as HTML, evaluated, or used as a URL. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  svg: '<svg onload="window.__pwned=3"><circle/></svg>',
  attributeBreakout: '"><img src=x onerror=window.__pwned=4>',
  singleQuoteBreakout: "' onmouseover='window.__pwned=5",
  javascriptUrl: 'javascript:window.__pwned=6',
  javascriptLink: '<a href="javascript:window.__pwned=7">x</a>',
  iframeSrcdoc: '<iframe srcdoc="<script>parent.__pwned=8</script>">',
  template: "{{constructor.constructor('window.__pwned=9')()}}",
  scriptClose: '</script><script>window.__pwned=10</script>',
  detailsToggle: '<details open ontoggle="window.__pwned=11">',
  templateLiteral: '${window.__pwned=12}',
  entities: '&lt;img src=x onerror=window.__pwned=13&gt;',
  alert: '<img src=x onerror=alert(1)>',
  /** U+202E RIGHT-TO-LEFT OVERRIDE inside a word: "invoice‮fdp.exe" displays as "invoiceexe.pdf". */
  rtlOverride: 'invoice\u202Efdp.exe',
  /** U+200B ZERO WIDTH SPACE and U+FEFF ZERO WIDTH NO-BREAK SPACE inside words. */
  zeroWidth: 'zero\u200Bwidth\uFEFFjoined',
} as const;

export type PayloadName = keyof typeof PAYLOADS;

/** Every short payload, in one run: each free-text field carries all of them. */
export const ALL_PAYLOADS = Object.values(PAYLOADS).join(' ');

/** A 10,000-character string, markup all the way: carried by a few fields of every kind that can be long. */
export const LONG_PAYLOAD = (() => {
  const unit = '<img src=x onerror="window.__pwned=14"> long ';
  const text = `LONG ${unit.repeat(Math.ceil(10_000 / unit.length))}`.slice(0, 9_999);
  return `${text}!`;
})();

/** A field's text: a readable label to find it by, then every payload; `long` adds the 10,000-character string. */
export function hostile(label: string, long = false): string {
  return `${label} ${ALL_PAYLOADS}${long ? ` ${LONG_PAYLOAD}` : ''}`;
}

// ---------------------------------------------------------------- sources

/** One article, built line by line so each quote's offset and paragraph are known as it is written. */
class ArticleBuilder {
  private readonly lines: string[] = [];
  private length = 0;

  constructor(readonly id: string) {}

  /** A paragraph with no quote in it. */
  line(text: string): void {
    this.lines.push(text);
    this.length += text.length + 1;
  }

  /** A paragraph holding `quotes`, each between hostile filler; returns one citation per quote. */
  paragraph(label: string, quotes: string[]): Citation[] {
    const paragraphOffset = this.length;
    let text = hostile(`${label} lead-in`);
    const citations: Citation[] = [];
    quotes.forEach((quote, index) => {
      text += ' ';
      citations.push({ source: this.id, quote, offset: paragraphOffset + text.length, paragraph: { offset: paragraphOffset, text: '' } });
      text += quote;
      text += ` ${hostile(`${label} after quote ${index + 1}`)}`;
    });
    this.line(text);
    return citations.map((citation) => ({ ...citation, paragraph: { offset: paragraphOffset, text } }));
  }

  text(): string {
    return this.lines.join('\n');
  }
}

// ---------------------------------------------------------------- the story

export const LANE_IDS = ['lane-one', 'lane-two', 'lane-three'] as const;
// The third is "denial": only an event of that kind may deny another.
export const KIND_IDS = ['kind-one', 'kind-two', 'denial'] as const;
export const ACTOR_IDS = ['actor-one', 'actor-two'] as const;
export const SOURCE_IDS = ['source-one', 'source-two', 'source-three'] as const;

interface EventPlan {
  id: string;
  start: string;
  end?: string;
  qualifier?: TimelineEvent['qualifier'];
  lane: number;
  kinds: number[];
  /** For each citation, the source it quotes (index); two in a row from one source share a paragraph when `together`. */
  cites: number[];
  together?: boolean;
  /** Each discrepancy quotes these sources, one side each. */
  disagree?: number[][];
  backdrop?: boolean;
  notes?: boolean;
  assertion?: TimelineEvent['assertion'];
  /** Actors (indexes) who make the allegation, or who did the act. */
  claimedBy?: number[];
  by?: number[];
  relations?: Relation[];
  corrected?: boolean;
  outsideKnowledge?: boolean;
  /** No article behind it (cites nothing), and the link, credit and caption it came with. */
  unsourced?: boolean;
  /** Which fields carry the 10,000-character string too. */
  long?: ('title' | 'summary' | 'dateBasis' | 'notes' | 'quote' | 'topic' | 'note' | 'outsideKnowledge')[];
}

const PLANS: EventPlan[] = [
  { id: 'hostile-register', start: '2014', end: '2022', lane: 0, kinds: [0], cites: [0], backdrop: true },
  { id: 'hostile-imported', start: '2019', lane: 2, kinds: [0], cites: [], unsourced: true },
  {
    id: 'hostile-campaign',
    start: '2021',
    qualifier: 'before',
    lane: 0,
    kinds: [0, 1],
    cites: [0, 1],
    disagree: [[0, 1]],
    assertion: 'allegation',
    claimedBy: [0, 1],
    long: ['summary', 'quote'],
  },
  {
    id: 'hostile-detection',
    start: '2022-10',
    lane: 1,
    kinds: [1],
    cites: [1],
    notes: true,
    outsideKnowledge: true,
    long: ['dateBasis', 'notes', 'outsideKnowledge'],
  },
  {
    id: 'hostile-charges',
    start: '2024-03-25',
    lane: 1,
    kinds: [0, 1, 2],
    cites: [0, 0, 1, 2],
    together: true,
    disagree: [
      [0, 1],
      [1, 2, 0],
    ],
    notes: true,
    long: ['topic', 'note'],
  },
  {
    id: 'hostile-sanctions',
    start: '2024-03-25',
    lane: 0,
    kinds: [2],
    cites: [2],
    notes: true,
    assertion: 'act',
    by: [0],
    relations: [{ type: 'responds-to', event: 'hostile-campaign' }],
    corrected: true,
  },
  {
    id: 'hostile-denial',
    start: '2024-03-26',
    lane: 2,
    kinds: [2],
    cites: [1, 2],
    disagree: [[1, 2]],
    assertion: 'act',
    by: [1],
    relations: [{ type: 'denies', event: 'hostile-campaign' }],
    outsideKnowledge: true,
  },
  { id: 'hostile-long-title', start: '2024-04', end: '2024-05', qualifier: 'about', lane: 2, kinds: [0], cites: [2], long: ['title'] },
];

/**
 * Builds the hostile document. Every free-text field reads "<what it is> <all payloads>",
 * e.g. "Event 2 title <img src=x onerror=…> <script>…", so tests can find it by its label.
 */
export function hostileTimeline(): Timeline {
  const articles = SOURCE_IDS.map((id) => new ArticleBuilder(id));
  articles.forEach((article, s) => {
    // The article text itself carries payloads outside any quote, and a blank line.
    article.line(hostile(`Source ${s + 1} opening paragraph`));
    article.line('');
  });

  const events: TimelineEvent[] = PLANS.map((plan, e) => {
    const n = e + 1;
    const long = new Set(plan.long ?? []);
    const quote = (what: string) => hostile(`Event ${n} ${what}`, long.has('quote') && what === 'quote 1');

    const citations: Citation[] = [];
    for (let c = 0; c < plan.cites.length; c++) {
      const source = plan.cites[c]!;
      const shared = plan.together === true && plan.cites[c + 1] === source;
      const quotes = shared ? [quote(`quote ${c + 1}`), quote(`quote ${c + 2}`)] : [quote(`quote ${c + 1}`)];
      citations.push(...articles[source]!.paragraph(`Source ${source + 1}, event ${n} paragraph ${c + 1}`, quotes));
      if (shared) c++;
    }

    const discrepancies: Discrepancy[] | undefined = plan.disagree?.map((sides, d) => ({
      topic: hostile(`Event ${n} discrepancy ${d + 1} topic`, long.has('topic')),
      note: hostile(`Event ${n} discrepancy ${d + 1} note`, long.has('note')),
      citations: sides.map(
        (source, side) =>
          articles[source]!.paragraph(`Source ${source + 1}, event ${n} discrepancy ${d + 1} side ${side + 1}`, [
            hostile(`Event ${n} discrepancy ${d + 1} side ${side + 1} quote`),
          ])[0]!,
      ),
    }));

    return {
      id: plan.id,
      title: hostile(`Event ${n} title`, long.has('title')),
      shortTitle: hostile(`Event ${n} short title`),
      summary: hostile(`Event ${n} summary`, long.has('summary')),
      start: plan.start,
      ...(plan.end !== undefined && { end: plan.end }),
      ...(plan.qualifier !== undefined && { qualifier: plan.qualifier }),
      dateBasis: hostile(`Event ${n} date basis`, long.has('dateBasis')),
      lane: LANE_IDS[plan.lane]!,
      kinds: plan.kinds.map((k) => KIND_IDS[k]!),
      citations,
      ...(discrepancies && { discrepancies }),
      ...(plan.backdrop && { backdrop: true }),
      ...(plan.notes && { notes: hostile(`Event ${n} presenter notes`, long.has('notes')) }),
      ...(plan.assertion && { assertion: plan.assertion }),
      ...(plan.claimedBy && { claimedBy: plan.claimedBy.map((a) => ACTOR_IDS[a]!) }),
      ...(plan.by && { by: plan.by.map((a) => ACTOR_IDS[a]!) }),
      ...(plan.relations && { relations: plan.relations }),
      ...(plan.corrected && { corrections: [{ date: '2024-03-27', note: hostile(`Event ${n} correction 1 note`) }] }),
      ...(plan.outsideKnowledge && { outsideKnowledge: hostile(`Event ${n} outside knowledge`, long.has('outsideKnowledge')) }),
      ...(plan.unsourced && {
        unsourced: true as const,
        origin: {
          link: `https://news.example/${hostile(`Event ${n} origin link`)}`,
          credit: hostile(`Event ${n} origin credit`),
          caption: hostile(`Event ${n} origin caption`),
        },
      }),
    };
  });

  articles.forEach((article, s) => article.line(hostile(`Source ${s + 1} closing paragraph`)));

  const sources: Source[] = articles.map((article, s) => ({
    id: article.id,
    file: `${article.id}.txt`,
    label: hostile(`Source ${s + 1} label`),
    credit: hostile(`Source ${s + 1} credit`),
    dateline: hostile(`Source ${s + 1} dateline`),
    notes: hostile(`Source ${s + 1} notes`, s === 1),
    // A web address the schema accepts (http or https, a host) with every payload in its path.
    url: `https://news.example/${hostile(`Source ${s + 1} url`)}`,
    published: '2024-03-26',
    text: article.text(),
  }));

  return {
    schemaVersion: 1,
    title: hostile('Story title'),
    description: hostile('Story description', true),
    actors: ACTOR_IDS.map((id, i) => ({
      id,
      label: hostile(`Actor ${i + 1} label`),
      ...(i === 0 && { aliases: [hostile('Actor 1 alias 1'), hostile('Actor 1 alias 2')] }),
    })),
    updated: '2024-03-28',
    corrections: [{ date: '2024-03-28', note: hostile('Story correction 1 note', true) }],
    lanes: LANE_IDS.map((id, i) => ({ id, label: hostile(`Lane ${i + 1} label`) })),
    kinds: KIND_IDS.map((id, i) => ({ id, label: hostile(`Kind ${i + 1} label`) })),
    landmarks: [
      { label: hostile('Landmark 1 label'), start: '2014', end: '2022' },
      { label: hostile('Landmark 2 label'), start: '2024-03-25' },
    ],
    narratives: [
      {
        id: 'hostile-narrative',
        title: hostile('Narrative 1 title'),
        description: hostile('Narrative 1 description', true),
        steps: [
          { event: 'hostile-charges', title: hostile('Narrative 1 step 1 title'), note: hostile('Narrative 1 step 1 note', true) },
          { event: 'hostile-detection', title: hostile('Narrative 1 step 2 title') },
          { event: 'hostile-denial', note: hostile('Narrative 1 step 3 note') },
        ],
      },
      {
        id: 'hostile-second-narrative',
        title: hostile('Narrative 2 title'),
        steps: [{ event: 'hostile-campaign' }, { event: 'hostile-sanctions', title: hostile('Narrative 2 step 2 title') }],
      },
    ],
    sources,
    events,
  };
}
