/**
 * What "Save to project" writes into data/ for a draft from the studio: events.yaml changed
 * only where the draft differs from the file, sources.json as `npm run data` reads it, and
 * the new article texts. Pure: no file system (see studioSave.ts for the writing).
 *
 * events.yaml is laid out by hand, so it is edited in place rather than written out again:
 * the parsed document gives every node's place in the text, and only the text of what
 * changed is replaced. Comments, blank lines, folded prose, flow maps and quotes stay as
 * they are everywhere else, and a save with nothing changed returns the file as it was.
 */
import {
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  Scalar,
  visit,
  type Alias,
  type Pair,
  type ParsedNode,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { SourceManifestEntry } from '../src/data/schema.ts';
import type { DraftStory } from '../src/studio/draft.ts';

// ---------------------------------------------------------------- values

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record's entries, leaving out keys set to undefined (as YAML and JSON have no such thing). */
function definedEntries(record: Fields): [string, unknown][] {
  return Object.entries(record).filter(([, value]) => value !== undefined);
}

/** Equal as data: what parsing the YAML would give, with undefined keys taken as absent. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const entries = definedEntries(a);
  return entries.length === definedEntries(b).length && entries.every(([key, value]) => sameData(value, b[key]));
}

// ---------------------------------------------------------------- writing new YAML text

/** Prose longer than this many columns is written folded (`>-`), as the hand-written file does. */
const FOLD_WIDTH = 92;
/** A small map or list is written on one line (`{ id: uk, label: United Kingdom }`) if that line fits in this many columns. */
const FLOW_WIDTH = 140;
/** A quote has a line of its own, never folded, as in the hand-written file, so that it can be searched for in the article. */
const QUOTE_KEYS = new Set(['quote']);
/** Dates and years, quoted as the file quotes them ('2024-03-25'), which also keeps a year a string. */
const DATE_LIKE = /^\d{4}(-\d{2}){0,2}$/;

type ScalarStyle = Scalar['type'];

/** How a value is written after `key:` or `- `: the rest of that line, and the lines below it. */
interface Rendered {
  head: string;
  body: string[];
}

const spaces = (count: number) => ' '.repeat(count);

/** Blank as YAML sees it: spaces and tabs only (other Unicode spaces are text). */
const BLANK = /^[ \t]*$/;

function keyText(key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
}

function isCollection(value: unknown): value is unknown[] | Fields {
  return Array.isArray(value) || isRecord(value);
}

/** yaml's text for `{ k: value }` with the value in `type` (undefined: yaml's choice), if it reads back as `value`. */
function scalarEntryText(value: unknown, type: ScalarStyle | undefined, lineWidth: number): string | undefined {
  const doc = new Document({ k: value });
  const node = doc.get('k', true);
  if (isScalar(node) && type !== undefined) node.type = type;
  const text = doc.toString({ lineWidth, singleQuote: true });
  // Some styles cannot hold some values (yaml writes a folded blank string as an empty one).
  return sameData((parse(text) as { k?: unknown } | null)?.k, value) ? text : undefined;
}

/**
 * A block scalar that keeps its final blank lines (`|+`, `>+`) would take in the blank lines
 * that follow it in the file too: such a value is written quoted instead.
 */
function keepsBlankLines(entryText: string): boolean {
  return /^k: [|>][1-9]?\+/.test(entryText);
}

/** A scalar after `key:` (or `- `) whose lines below start at `indent`, in `style` where it can be. */
function renderScalar(value: unknown, indent: number, key: string | undefined, style: ScalarStyle | undefined): Rendered {
  const multiline = typeof value === 'string' && value.includes('\n');
  const block = style === Scalar.BLOCK_FOLDED || style === Scalar.BLOCK_LITERAL;
  // A plain or quoted scalar over several lines is hard to read: yaml then picks a block style.
  let type = multiline && !block ? undefined : style;
  if (typeof value === 'string' && type === undefined && !multiline) {
    const long = indent + (key?.length ?? 0) + value.length > FOLD_WIDTH;
    if (DATE_LIKE.test(value)) type = Scalar.QUOTE_SINGLE;
    else if (long && !QUOTE_KEYS.has(key ?? '')) type = Scalar.BLOCK_FOLDED;
  }
  const lineWidth = type === Scalar.BLOCK_FOLDED ? Math.max(FOLD_WIDTH - indent + 2, 40) : 0;
  const text =
    [scalarEntryText(value, type, lineWidth), scalarEntryText(value, undefined, 0)].find(
      (candidate) => candidate && !keepsBlankLines(candidate),
    ) ?? `k: ${JSON.stringify(value)}\n`;
  // `k: <head>` and, for block scalars, lines indented by 2 under it.
  const [first = '', ...rest] = text.slice('k:'.length).replace(/\n$/, '').split('\n');
  return { head: first.replace(/^ /, ''), body: rest.map((line) => (line === '' ? '' : spaces(indent - 2) + line)) };
}

/** A scalar inside `{ }` or `[ ]`, where it must stay on its line. */
function flowScalar(value: unknown, style?: ScalarStyle): string {
  const doc = new Document([value]);
  const node = doc.get(0, true);
  if (isScalar(node)) {
    if (typeof value === 'string' && value.includes('\n')) node.type = Scalar.QUOTE_DOUBLE;
    else if (style === Scalar.PLAIN || style === Scalar.QUOTE_SINGLE || style === Scalar.QUOTE_DOUBLE) node.type = style;
    else if (typeof value === 'string' && DATE_LIKE.test(value)) node.type = Scalar.QUOTE_SINGLE;
  }
  if (isSeq(doc.contents)) doc.contents.flow = true;
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
  const inner = text.slice(1, -2); // `[value]\n`
  const readsBack = !inner.includes('\n') && sameData((parse(text) as unknown[])[0], value);
  return readsBack ? inner : JSON.stringify(value);
}

function isFlowScalar(value: unknown): boolean {
  return !isCollection(value) && !(typeof value === 'string' && value.includes('\n'));
}

/** Small enough to read on one line: a list of scalars, or a map of scalars and lists of scalars (and no quote). */
function flowable(value: unknown[] | Fields): boolean {
  if (Array.isArray(value)) return value.every(isFlowScalar);
  return definedEntries(value).every(
    ([key, item]) => !QUOTE_KEYS.has(key) && (isFlowScalar(item) || (Array.isArray(item) && item.every(isFlowScalar))),
  );
}

function flowText(value: unknown, style?: ScalarStyle): string {
  if (Array.isArray(value)) return `[${value.map((item) => flowText(item)).join(', ')}]`;
  if (isRecord(value)) {
    const entries = definedEntries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${keyText(key)}: ${flowText(item)}`).join(', ')} }`;
  }
  return flowScalar(value, style);
}

/**
 * `value` written after `key:` (`place: 'value'`) or after `- ` (`'item'`), its lines below
 * starting at `indent`. Lists under a key are indented, as the file has them.
 */
function render(value: unknown, indent: number, key: string | undefined, place: 'value' | 'item', style?: ScalarStyle): Rendered {
  if (!isCollection(value)) return renderScalar(value ?? null, indent, key, style);
  const empty = Array.isArray(value) ? value.length === 0 : definedEntries(value).length === 0;
  if (empty) return { head: Array.isArray(value) ? '[]' : '{}', body: [] };
  if (flowable(value)) {
    const flow = flowText(value);
    if (indent + (key?.length ?? 0) + flow.length <= FLOW_WIDTH) return { head: flow, body: [] };
  }
  const lines = Array.isArray(value) ? value.flatMap((item) => itemLines(item, indent)) : mapLines(value, indent);
  const [first = '', ...rest] = lines;
  return place === 'value' ? { head: '', body: lines } : { head: first.replace(/^ +/, ''), body: rest };
}

function joinRendered(prefix: string, { head, body }: Rendered): string[] {
  return [head === '' ? prefix : `${prefix} ${head}`, ...body];
}

/** A list item at `indent`: `- …` and the lines under it. */
function itemLines(value: unknown, indent: number): string[] {
  return joinRendered(`${spaces(indent)}-`, render(value, indent + 2, undefined, 'item'));
}

/** A map entry at `indent`: `key: …` and the lines under it. */
function entryLines(key: string, value: unknown, indent: number): string[] {
  return joinRendered(`${spaces(indent)}${keyText(key)}:`, render(value, indent + 2, key, 'value'));
}

function mapLines(record: Fields, indent: number): string[] {
  return definedEntries(record).flatMap(([key, value]) => entryLines(key, value, indent));
}

/** The story as a new file: each list or map at the top set apart by a blank line, and the items of a list of events too. */
function cleanDocument(story: Fields): string {
  const lines: string[] = [];
  for (const [key, value] of definedEntries(story)) {
    const { head, body } = render(value, 2, key, 'value');
    const apart = lines.length > 0 && head === '' && isCollection(value);
    if (apart) lines.push('');
    if (Array.isArray(value) && head === '') {
      const items = value.map((item) => itemLines(item, 2));
      const spaced = items.every((item) => item.length > 1);
      lines.push(`${keyText(key)}:`, ...items.flatMap((item, i) => (spaced && i > 0 ? ['', ...item] : item)));
    } else {
      lines.push(...joinRendered(`${keyText(key)}:`, { head, body }));
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- editing the existing text

/** Replace source[start, end) with `text`, or with an item moved there: source[from, to) with its own edits, between `before` and `after`. */
type Edit = { start: number; end: number; text: string } | { start: number; end: number; moved: MovedText; before: string; after: string };

interface MovedText {
  from: number;
  to: number;
  edits: Edit[];
}

function applyEdits(source: string, from: number, to: number, edits: readonly Edit[]): string {
  let text = '';
  let cursor = from;
  // A stable sort: insertions at one place stay in the order they were made.
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    text += source.slice(cursor, edit.start);
    text += 'text' in edit ? edit.text : edit.before + applyEdits(source, edit.moved.from, edit.moved.to, edit.moved.edits) + edit.after;
    cursor = edit.end;
  }
  return text + source.slice(cursor, to);
}

/** Where a value stands: after `key:` in a block map, after `- ` in a block list, or inside a flow collection. */
type Slot =
  { kind: 'value'; after: number; indent: number; key: string } | { kind: 'item'; after: number; indent: number } | { kind: 'flow' };

/** An alias (`*name`) met on the way, settled once the whole document is walked (see settleAliases). */
interface AliasUse {
  alias: Alias.Parsed;
  want: unknown;
  slot: Slot;
  edits: Edit[];
  order: number;
}

/** An anchor (`&name`) that stays in the text, with the value it stands for there. */
interface AnchorDefinition {
  name: string;
  value: unknown;
  order: number;
}

type ParsedMap = YAMLMap.Parsed;
type ParsedSeq = YAMLSeq.Parsed;

/**
 * Walks the parsed document and the draft's value together and collects the edits that turn
 * the one into the other, touching only what differs.
 */
class StoryEditor {
  private readonly aliasUses: AliasUse[] = [];
  private readonly anchors: AnchorDefinition[] = [];
  /** Numbers anchors and aliases in the order they will stand in the edited text. */
  private order = 0;

  /** The anchored nodes, in the order they stand in the file. */
  private readonly anchored: { name: string; node: ParsedNode }[] = [];
  private readonly values = new Map<ParsedNode, unknown>();

  constructor(
    private readonly source: string,
    doc: Document,
  ) {
    visit(doc, {
      Node: (_key, node) => {
        if (node.anchor) this.anchored.push({ name: node.anchor, node: node as ParsedNode });
      },
    });
  }

  /** The node an alias refers to: the last anchor of its name before it. */
  private target(alias: Alias.Parsed): ParsedNode | undefined {
    let found: ParsedNode | undefined;
    for (const { name, node } of this.anchored) {
      if (node.range[0] > alias.range[0]) break;
      if (name === alias.source) found = node;
    }
    return found;
  }

  /** A node's value as parsing the file gives it (yaml's own toJS looks each alias up across the whole document). */
  private valueOf(node: ParsedNode | null): unknown {
    if (node === null) return null;
    if (this.values.has(node)) return this.values.get(node);
    let value: unknown;
    if (isScalar(node)) value = node.value;
    else if (isAlias(node)) value = this.valueOf(this.target(node) ?? null);
    else if (isMap(node)) value = Object.fromEntries(node.items.map((pair) => [String(this.valueOf(pair.key)), this.valueOf(pair.value)]));
    else value = node.items.map((item) => this.valueOf(item));
    this.values.set(node, value);
    return value;
  }

  /** The edits, or undefined if the document cannot be edited into `story` in place. */
  edit(root: ParsedMap, story: Fields): Edit[] | undefined {
    const edits: Edit[] = [];
    if (!this.reconcileMap(root, story, edits, true)) return undefined;
    this.settleAliases();
    return edits;
  }

  // ------------------------------------------------------------ places in the text

  private lineStart(position: number): number {
    return this.source.lastIndexOf('\n', position - 1) + 1;
  }

  /** The end of the text of the line holding `position` (before its line break). */
  private lineEnd(position: number): number {
    const end = this.source.indexOf('\n', position);
    if (end === -1) return this.source.length;
    return this.source[end - 1] === '\r' ? end - 1 : end;
  }

  private nextLineStart(position: number): number {
    const end = this.source.indexOf('\n', position);
    return end === -1 ? this.source.length : end + 1;
  }

  private isLineHead(position: number): boolean {
    return BLANK.test(this.source.slice(this.lineStart(position), position));
  }

  private isBlankLine(start: number): boolean {
    return start < this.source.length && BLANK.test(this.source.slice(start, this.lineEnd(start)));
  }

  private startsWithComment(start: number): boolean {
    return /^[ \t]*#/.test(this.source.slice(start, this.lineEnd(start)));
  }

  /** Where a node's text starts, its anchor included. */
  private nodeStart(node: ParsedNode): number {
    if (!node.anchor) return node.range[0];
    const anchor = this.source.lastIndexOf(`&${node.anchor}`, node.range[0]);
    return anchor === -1 ? node.range[0] : anchor;
  }

  /** Where a node's own text ends, before the comments and blank lines the parser counts into a block collection. */
  private contentEnd(node: ParsedNode): number {
    if (isMap(node) && !node.flow) {
      const last = node.items.at(-1);
      if (last) return this.pairEnd(last);
    }
    if (isSeq(node) && !node.flow) {
      const last = node.items.at(-1);
      if (last) return this.contentEnd(last);
    }
    let end = node.range[1];
    while (end > node.range[0] && /[\r\n]/.test(this.source[end - 1] ?? '')) end--;
    return end;
  }

  private pairEnd(pair: Pair<ParsedNode, ParsedNode | null>): number {
    return pair.value === null ? this.colonEnd(pair.key) : this.contentEnd(pair.value);
  }

  private colonEnd(key: ParsedNode): number {
    return this.source.indexOf(':', key.range[1]) + 1;
  }

  /** The `-` of a block list item, or undefined if anything but blanks stands between it and the item. */
  private dashOf(item: ParsedNode): number | undefined {
    let position = this.nodeStart(item) - 1;
    while (position >= 0 && /[ \t\r\n]/.test(this.source[position] ?? '')) position--;
    return this.source[position] === '-' ? position : undefined;
  }

  /** Comment lines right above a line (no blank line between) belong to what is on it: they go where it goes. */
  private withCommentsAbove(lineStart: number): number {
    let start = lineStart;
    while (start > 0 && this.startsWithComment(this.lineStart(start - 1))) start = this.lineStart(start - 1);
    return start;
  }

  /**
   * The lines from `start` to the end of the line holding `end` taken out, and with them the
   * blank lines that would otherwise double up: items set apart by a blank line stay so.
   */
  private removal(start: number, end: number): Edit {
    let from = start;
    let to = this.nextLineStart(end);
    const blankBefore = from === 0 || this.isBlankLine(this.lineStart(from - 1));
    if (blankBefore && to >= this.source.length) {
      while (from > 0 && this.isBlankLine(this.lineStart(from - 1))) from = this.lineStart(from - 1);
    } else if (blankBefore) {
      while (this.isBlankLine(to)) to = this.nextLineStart(to);
    }
    return { start: from, end: to, text: '' };
  }

  // ------------------------------------------------------------ the walk

  private reconcile(node: ParsedNode | null, want: unknown, slot: Slot, edits: Edit[]): void {
    if (isAlias(node)) {
      this.aliasUses.push({ alias: node, want, slot, edits, order: this.order++ });
    } else if (isScalar(node) && !isCollection(want) && sameData(node.value, want)) {
      if (node.anchor) this.anchors.push({ name: node.anchor, value: want, order: this.order++ });
    } else if (!((isMap(node) || isSeq(node)) && this.reconcileCollection(node, want, slot, edits))) {
      this.replace(node, want, slot, edits);
    }
  }

  /** Edits a collection where it stands; false (having touched nothing) if it must be written out again. */
  private reconcileCollection(node: ParsedMap | ParsedSeq, want: unknown, slot: Slot, edits: Edit[]): boolean {
    const editable = isMap(node)
      ? isRecord(want) && (node.flow ? this.canEditFlowMap(node, want) : this.canEditMap(node, want))
      : Array.isArray(want) && (node.flow ? node.items.length === want.length : this.canEditSeq(node, want, slot));
    if (!editable) return false;
    if (node.anchor) this.anchors.push({ name: node.anchor, value: want, order: this.order++ });
    if (isMap(node) && isRecord(want)) {
      if (node.flow) node.items.forEach((pair) => this.reconcile(pair.value, want[keyOf(pair) ?? ''], { kind: 'flow' }, edits));
      else this.reconcileMap(node, want, edits, false);
    } else if (isSeq(node) && Array.isArray(want)) {
      if (node.flow) node.items.forEach((item, i) => this.reconcile(item, want[i], { kind: 'flow' }, edits));
      else this.reconcileSeq(node, want, edits);
    }
    return true;
  }

  /** Writes `want` in the node's place: a scalar keeps its style (folded, quoted, plain) if it can. */
  private replace(
    node: ParsedNode | null,
    want: unknown,
    slot: Slot,
    edits: Edit[],
    { style = isScalar(node) ? node.type : undefined, anchor }: { style?: ScalarStyle; anchor?: string } = {},
  ): void {
    const named = (text: string) => (anchor === undefined ? text : `&${anchor}${text === '' ? '' : ` ${text}`}`);
    if (slot.kind === 'flow') {
      if (node !== null) edits.push({ start: this.nodeStart(node), end: node.range[1], text: named(flowText(want, style)) });
      return;
    }
    const { head, body } = render(want, slot.indent + 2, slot.kind === 'value' ? slot.key : undefined, slot.kind, style);
    const text = joinRendered('', { head: named(head), body }).join('\n');
    edits.push({ start: slot.after, end: node === null ? slot.after : this.contentEnd(node), text });
  }

  private canEditMap(node: ParsedMap, want: Fields): boolean {
    const keys = node.items.map(keyOf);
    const unique = keys.every((key) => key !== undefined) && new Set(keys).size === keys.length;
    return unique && keys.some((key) => want[key ?? ''] !== undefined);
  }

  private canEditFlowMap(node: ParsedMap, want: Fields): boolean {
    const keys = node.items.map(keyOf);
    const wanted = definedEntries(want);
    const sameKeys = keys.length === wanted.length && wanted.every(([key]) => keys.includes(key));
    return sameKeys && new Set(keys).size === keys.length && node.items.every((pair) => pair.value !== null);
  }

  private reconcileMap(node: ParsedMap, want: Fields, edits: Edit[], root: boolean): boolean {
    if (!this.canEditMap(node, want)) return false;
    const pairs = node.items;
    const isKept = (pair: Pair<ParsedNode, ParsedNode | null>) => want[keyOf(pair) ?? ''] !== undefined;
    const column = (key: ParsedNode) => key.range[0] - this.lineStart(key.range[0]);

    let removedUpTo = -1;
    pairs.forEach((pair, i) => {
      const key = keyOf(pair) ?? '';
      if (isKept(pair)) {
        const slot: Slot = { kind: 'value', after: this.colonEnd(pair.key), indent: column(pair.key), key };
        this.reconcile(pair.value, want[key], slot, edits);
      } else if (i <= removedUpTo) {
        // Already taken out with the entry before it (below).
      } else if (this.isLineHead(pair.key.range[0])) {
        edits.push(this.removal(this.withCommentsAbove(this.lineStart(pair.key.range[0])), this.pairEnd(pair)));
      } else {
        // The first entry of a map in a list (`- id: …`): the next entry kept moves up to the dash's line.
        const next = pairs.findIndex((other, j) => j > i && isKept(other));
        removedUpTo = next - 1;
        edits.push({ start: pair.key.range[0], end: pairs[next]?.key.range[0] ?? pair.key.range[0], text: '' });
      }
    });

    const keys = pairs.map(keyOf);
    const added = definedEntries(want).filter(([key]) => !keys.includes(key));
    const lastKept = pairs.findLast(isKept);
    const first = pairs[0];
    if (added.length > 0 && lastKept && first) {
      const at = this.lineEnd(this.pairEnd(lastKept));
      const text = added
        .map(([key, value]) => {
          const lines = entryLines(key, value, column(first.key));
          // At the top, a list or map is set apart by a blank line, as in a new file.
          return (root && lines.length > 1 && isCollection(value) ? '\n\n' : '\n') + lines.join('\n');
        })
        .join('');
      edits.push({ start: at, end: at, text });
    }
    return true;
  }

  private canEditSeq(node: ParsedSeq, want: unknown[], slot: Slot): boolean {
    if (want.length === 0 || slot.kind === 'flow') return false;
    const dashesAtLineHead = node.items.every((item) => {
      const dash = this.dashOf(item);
      return dash !== undefined && this.isLineHead(dash);
    });
    return dashesAtLineHead && matchItems(this.valuesOf(node), want).some((old) => old !== undefined);
  }

  private valuesOf(node: ParsedSeq): unknown[] {
    return node.items.map((item) => this.valueOf(item));
  }

  /**
   * Items kept in the same order stay where they are; the fewest items are moved to give the
   * draft's order (each with the comment lines right above it), so the comments between items
   * (the file's section headings) stay in their places.
   */
  private reconcileSeq(node: ParsedSeq, want: unknown[], edits: Edit[]): void {
    const items = node.items;
    const dashAt = (i: number) => this.dashOf(items[i] as ParsedNode) ?? 0;
    const chunk = (i: number) => ({
      start: this.withCommentsAbove(this.lineStart(dashAt(i))),
      end: this.lineEnd(this.contentEnd(items[i] as ParsedNode)),
    });
    const matched = matchItems(this.valuesOf(node), want);
    const staying = longestIncreasing(matched.filter((old) => old !== undefined));
    items.forEach((_item, i) => {
      if (!staying.has(i)) edits.push(this.removal(chunk(i).start, chunk(i).end));
    });

    const indent = dashAt(0) - this.lineStart(dashAt(0));
    const between = items.length > 1 ? this.source.slice(chunk(0).end, chunk(1).start) : '';
    const separator = /\n[ \t]*\r?\n/.test(between) ? '\n\n' : '\n';
    // New and moved items go after the item before them in the draft, or before the first that stays.
    let point = chunk(Math.min(...staying)).start;
    let afterAnItem = false;
    matched.forEach((old, i) => {
      const itemSlot: Slot = { kind: 'item', after: dashAt(old ?? 0) + 1, indent };
      if (old !== undefined && staying.has(old)) {
        this.reconcile(items[old] ?? null, want[i], itemSlot, edits);
        point = chunk(old).end;
        afterAnItem = true;
        return;
      }
      const [before, after] = afterAnItem ? [separator, ''] : ['', separator];
      if (old === undefined) {
        edits.push({ start: point, end: point, text: before + itemLines(want[i], indent).join('\n') + after });
      } else {
        const { start: from, end: to } = chunk(old);
        const moved: MovedText = { from, to, edits: [] };
        this.reconcile(items[old] ?? null, want[i], itemSlot, moved.edits);
        edits.push({ start: point, end: point, moved, before, after });
      }
    });
  }

  // ------------------------------------------------------------ anchors and aliases

  /**
   * An alias stays an alias if the anchor it then refers to in the edited text stands for
   * the value the draft wants there. If the anchor went (its value was edited, or its item
   * deleted or moved after it), the first alias that still wants the anchor's old value takes
   * the anchor over (`&name …`) for the aliases after it; any other alias is written out.
   */
  private settleAliases(): void {
    const steps = [...this.anchors.map((anchor) => ({ anchor })), ...this.aliasUses.map((use) => ({ use }))];
    const orderOf = (step: (typeof steps)[number]) => ('anchor' in step ? step.anchor.order : step.use.order);
    const standing = new Map<string, unknown>();
    for (const step of steps.sort((a, b) => orderOf(a) - orderOf(b))) {
      if ('anchor' in step) {
        standing.set(step.anchor.name, step.anchor.value);
        continue;
      }
      const { alias, want, slot, edits } = step.use;
      if (standing.has(alias.source) && sameData(standing.get(alias.source), want)) continue;
      const target = this.target(alias);
      const takesOver = target !== undefined && !isCollection(want) && sameData(this.valueOf(target), want);
      if (takesOver) standing.set(alias.source, want);
      const anchored = takesOver && isScalar(target) ? this.anchoredText(alias, target, slot) : undefined;
      if (anchored) edits.push(anchored);
      else
        this.replace(alias, want, slot, edits, {
          style: isScalar(target) ? target.type : undefined,
          anchor: takesOver ? alias.source : undefined,
        });
    }
  }

  /**
   * The anchored scalar's text as the file has it (its folding by hand), with the anchor, in
   * the alias's place: if the two lines are indented alike, it reads the same there.
   */
  private anchoredText(alias: Alias.Parsed, target: Scalar, slot: Slot): Edit | undefined {
    if (slot.kind === 'flow' || !target.range) return undefined;
    const indentation = (position: number) => /^ */.exec(this.source.slice(this.lineStart(position)))?.[0].length;
    if (indentation(target.range[0]) !== indentation(alias.range[0])) return undefined;
    const text = this.source.slice(target.range[0], this.contentEnd(target as Scalar.Parsed));
    return { start: slot.after, end: this.contentEnd(alias), text: ` &${alias.source} ${text}` };
  }
}

function keyOf(pair: Pair<ParsedNode, ParsedNode | null>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/**
 * For each wanted item, the existing item it continues (undefined: a new one). Items with
 * an `id` are matched by id, whatever their order; others keep the longest run of unchanged
 * items and pair the rest in order, so an edited item is edited where it stands.
 */
function matchItems(existing: unknown[], want: unknown[]): (number | undefined)[] {
  const ids = (values: unknown[]) => values.map((value) => (isRecord(value) && typeof value.id === 'string' ? value.id : undefined));
  const unique = (list: (string | undefined)[]) => list.every((id) => id !== undefined) && new Set(list).size === list.length;
  const existingIds = ids(existing);
  const wantIds = ids(want);
  if (unique(existingIds) && unique(wantIds)) {
    const byId = new Map(existingIds.map((id, i) => [id, i]));
    return wantIds.map((id) => byId.get(id));
  }
  const matched: (number | undefined)[] = want.map(() => undefined);
  let fromOld = 0;
  let fromNew = 0;
  for (const [old, wanted] of [...commonItems(existing, want), [existing.length, want.length] as const]) {
    for (let k = 0; fromOld + k < old && fromNew + k < wanted; k++) matched[fromNew + k] = fromOld + k;
    if (wanted < want.length) matched[wanted] = old;
    fromOld = old + 1;
    fromNew = wanted + 1;
  }
  return matched;
}

/** The values of a longest increasing run (not necessarily adjacent) in `values`. */
function longestIncreasing(values: number[]): Set<number> {
  const ends: number[] = []; // ends[k]: where in `values` the lowest-ending run of length k + 1 found so far ends
  const previous: number[] = [];
  values.forEach((value, i) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[ends[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? (ends[low - 1] ?? -1) : -1;
    ends[low] = i;
  });
  const run = new Set<number>();
  for (let i = ends.at(-1) ?? -1; i !== -1; i = previous[i] ?? -1) run.add(values[i] ?? 0);
  return run;
}

/** Pairs of equal items, in order (a longest common subsequence); none for lists too long to compare this way. */
function commonItems(a: unknown[], b: unknown[]): (readonly [number, number])[] {
  if (a.length * b.length > 250_000) return [];
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  const at = (i: number, j: number) => lengths[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lengths[i] ?? [];
    for (let j = b.length - 1; j >= 0; j--) row[j] = sameData(a[i], b[j]) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  }
  const pairs: (readonly [number, number])[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (sameData(a[i], b[j]) && at(i, j) === at(i + 1, j + 1) + 1) pairs.push([i++, j++] as const);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

function parsesTo(text: string, story: unknown): boolean {
  try {
    return sameData(parse(text), story);
  } catch {
    return false;
  }
}

/** The file edited into `story` in place, or undefined where it cannot be. */
function editedInPlace(existing: string, doc: Document.Parsed, story: Fields): string | undefined {
  if (!isMap(doc.contents) || doc.contents.flow) return undefined;
  const edits = new StoryEditor(existing, doc).edit(doc.contents, story);
  if (edits === undefined) return undefined;
  const newline = existing.includes('\r\n') ? '\r\n' : '\n';
  const lineBreaks = (text: string) => text.replace(/\r?\n/g, newline);
  const withLineBreaks = (list: Edit[]): Edit[] =>
    list.map((edit) =>
      'text' in edit
        ? { ...edit, text: lineBreaks(edit.text) }
        : {
            ...edit,
            before: lineBreaks(edit.before),
            after: lineBreaks(edit.after),
            moved: { ...edit.moved, edits: withLineBreaks(edit.moved.edits) },
          },
    );
  return applyEdits(existing, 0, existing.length, withLineBreaks(edits));
}

/**
 * events.yaml with `story` saved into it: only what differs from `existing` is rewritten, so
 * its comments, order and layout stay, and an unchanged story gives the same text back. With
 * no file, or one that is not a YAML map, it is written anew. The result always parses to
 * `story`: should editing in place not give it (a construct this does not know), the story
 * is written anew rather than wrongly.
 */
export function updateStoryYaml(existing: string | undefined, story: DraftStory): string {
  const wanted: Fields = { ...story };
  const written = cleanDocument(wanted);
  // JSON is YAML too: the last resort, should the writer above ever get a value wrong.
  const clean = parsesTo(written, wanted) ? written : `${JSON.stringify(wanted, null, 2)}\n`;
  if (existing === undefined || existing.trim() === '') return clean;
  const doc = parseDocument(existing);
  if (doc.errors.length > 0) return clean;
  if (doc.contents === null) return `${existing.trimEnd()}\n\n${clean}`; // only comments: kept above the story
  let edited: string | undefined;
  try {
    edited = editedInPlace(existing, doc, wanted);
  } catch {
    edited = undefined; // a construct the editor does not know: written anew below
  }
  return edited !== undefined && parsesTo(edited, wanted) ? edited : clean;
}

// ---------------------------------------------------------------- sources.json and the articles

/** sources.json as the file is laid out (2-space JSON and a final newline), so an unchanged manifest is the same file. */
export function manifestJson(manifest: SourceManifestEntry[]): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * An article's file name, as the manifest schema allows it (src/data/schema.ts): a plain
 * name in data/sources/, so no path separator and no way out of the folder.
 */
const ARTICLE_FILE_NAME = /^[\w.-]+\.txt$/;

export function isArticleFileName(name: string): boolean {
  return ARTICLE_FILE_NAME.test(name);
}

/**
 * Which of the draft's article texts to write: the new ones. An article already saved with
 * the same text is left alone; one saved with different text is a conflict, as an article is
 * never rewritten once saved (the quotes were checked against it).
 */
export function articleWrites(
  existingFiles: Record<string, string>,
  texts: Record<string, string>,
): { write: Record<string, string>; conflicts: string[] } {
  const write: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const [name, text] of Object.entries(texts)) {
    if (!isArticleFileName(name)) throw new Error(`Not an article file name: ${JSON.stringify(name)}`);
    const existing = Object.hasOwn(existingFiles, name) ? existingFiles[name] : undefined;
    if (existing === undefined) write[name] = text;
    else if (existing !== text) conflicts.push(name);
  }
  return { write, conflicts };
}
