import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { foldForSearch } from '../data/fold';
import { articleLines, type Range } from './articleSegments';
import { quoteFromSelection, type SelectedQuote } from './quoteSelection';

export interface ArticleReaderProps {
  label: string;
  text: string;
  /** Ranges to mark: quotes the open event cites, date mentions. */
  ranges: Range[];
  /** Where the words can be cited: the open event, and each of its disagreements (empty with no event open). */
  citeTargets: { key: string; label: string }[];
  onCite: (quote: SelectedQuote, target: string) => void;
  onNewEvent: (quote: SelectedQuote) => void;
}

/** The offset in the article of a point in the drawn text: every run carries its own (data-offset). */
function offsetOf(node: Node, offsetInNode: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const run = element?.closest<HTMLElement>('[data-offset]');
  if (!run) return null;
  const base = Number(run.dataset.offset);
  if (node.nodeType === Node.TEXT_NODE) return base + offsetInNode;
  // A point between elements: before or after the run's text.
  return offsetInNode === 0 ? base : base + (run.textContent?.length ?? 0);
}

/**
 * An article to cite from (keyed by its file where it is used, so another article starts afresh). Select words with the mouse (or the keyboard's own selection), or
 * type them into "Find words": either way the quote is the article's own characters, widened
 * until it occurs once.
 */
export function ArticleReader({ label, text, ranges, citeTargets, onCite, onNewEvent }: ArticleReaderProps) {
  const [picked, setPicked] = useState<SelectedQuote | null>(null);
  // Words found by typing are marked in the text; a selection is left to the browser to show,
  // since redrawing the runs under it would lose it.
  const [found, setFound] = useState(false);
  const [find, setFind] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection();
      const root = container.current;
      if (!selection || selection.isCollapsed || !root || !root.contains(selection.anchorNode) || !root.contains(selection.focusNode))
        return;
      const start = selection.anchorNode && offsetOf(selection.anchorNode, selection.anchorOffset);
      const end = selection.focusNode && offsetOf(selection.focusNode, selection.focusOffset);
      if (start === null || end === null) return;
      setPicked(quoteFromSelection(text, start, end));
      setFound(false);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [text]);

  const findWords = (words: string) => {
    setFind(words);
    const folded = foldForSearch(words.trim());
    // Folding keeps one character for one, so where the words are found is where they are in the article.
    const at = folded === '' ? -1 : foldForSearch(text).indexOf(folded);
    setPicked(at === -1 ? null : quoteFromSelection(text, at, at + folded.length));
    setFound(true);
  };

  // Words found by typing are brought into view in the article: by scrolling the article
  // alone, never the page around it (the studio's own controls stay where they are).
  useEffect(() => {
    const root = container.current;
    const mark = root?.querySelector<HTMLElement>('.studio-mark--picked');
    if (found && root && mark) root.scrollTop = Math.max(0, mark.offsetTop - root.clientHeight / 3);
  }, [found, picked]);

  const lines = useMemo(
    () => articleLines(text, picked && found ? [...ranges, { start: picked.start, end: picked.end, mark: 'picked' }] : ranges),
    [text, ranges, picked, found],
  );

  return (
    <div className="studio-reader">
      <div className="studio-find">
        <label htmlFor={`${id}-find`}>Find words to cite</label>
        <input id={`${id}-find`} type="search" value={find} onChange={(event) => findWords(event.target.value)} />
        {find.trim() !== '' && !picked && <p className="studio-hint">Not in this article.</p>}
      </div>
      {/* Focusable so that it scrolls by keyboard; without a mouse, words are cited through "Find words to cite". */}
      <div ref={container} className="studio-article" role="region" aria-label={`Text of ${label}`} tabIndex={0}>
        {lines.map((line) => (
          <p key={line.offset}>
            {line.runs.map((run) => (
              <span
                key={run.offset}
                data-offset={run.offset}
                className={run.marks.map((mark) => `studio-mark--${mark}`).join(' ') || undefined}
              >
                {run.text}
              </span>
            ))}
          </p>
        ))}
      </div>
      {/* Below the text, so that its growing as words are picked never moves the text under a drag. */}
      <div className="studio-quote-actions" aria-live="polite">
        {picked ? (
          <>
            <p>
              <q>{picked.quote}</q>
              {picked.extended && <span className="studio-hint"> Widened to whole words that occur only once in the article.</span>}
            </p>
            {citeTargets.map((target) => (
              <button key={target.key} type="button" onClick={() => onCite(picked, target.key)}>
                Cite in {target.label}
              </button>
            ))}
            <button type="button" onClick={() => onNewEvent(picked)}>
              New event from selection
            </button>
          </>
        ) : (
          <p className="studio-hint">Select words in the article with the mouse, or type them into “Find words to cite”, to cite them.</p>
        )}
      </div>
    </div>
  );
}
