import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { DEFAULT_PAGE_OPTIONS } from '../app/pageOptions';
import { StoryView } from '../app/StoryView';
import { LoadingState } from '../ui/LoadingState';
import type { Range } from './articleSegments';
import { ArticlesPane } from './ArticlesPane';
import {
  addArticle,
  addEvent,
  addNamed,
  citeInDiscrepancy,
  citeInEvent,
  removeEvent,
  renameArticle,
  renameEvent,
  renameNamed,
  renameNamedId,
  nameEventByTitle,
  updateArticle,
  updateEvent,
} from './draftEdits';
import { EventsPane } from './EventsPane';
import { fieldId, type ProblemPlace } from './problemPlace';
import { quoteFromSelection, type SelectedQuote } from './quoteSelection';
import { findDateMentions, type DateMention } from '../data/dateMentions';
import { DateMentions } from './DateMentions';
import { mentionsWithCitations } from './mentionCitations';
import { takeKeptNotice } from './keptNotice';
import { StoryPane } from './StoryPane';
import { ImportReportPanel } from './ImportReportPanel';
import type { ImportReport } from './ImportTimeline';
import { StudioBar } from './StudioBar';
import { useCompiledDraft } from './useCompiledDraft';
import { useDraft, type DraftControls } from './useDraft';
import { useOtherStudioTabs } from './useOtherStudioTabs';
import './studio.css';

type StudioView = 'edit' | 'preview';
const VIEWS: { id: StudioView; label: string }[] = [
  { id: 'edit', label: 'Edit' },
  { id: 'preview', label: 'Preview' },
];

/** The story studio (`?studio`): a sourced timeline made in the browser, checked as it is typed. */
export function StudioPage() {
  const controls = useDraft();
  if (!controls) {
    return (
      <main className="page page--state">
        <LoadingState what="your draft" />
      </main>
    );
  }
  return <Studio controls={controls} />;
}

function Studio({ controls }: { controls: DraftControls }) {
  const draft = controls.history.present;
  const { edit } = controls;
  const compiled = useCompiledDraft(draft);
  const otherTabs = useOtherStudioTabs();
  const [view, setView] = useState<StudioView>('edit');
  const [articleIndex, setArticleIndex] = useState(0);
  const [eventIndex, setEventIndex] = useState<number | null>(draft.story.events.length > 0 ? 0 : null);
  const [notice, setNotice] = useState(takeKeptNotice);
  const [importReport, setImportReport] = useState<ImportReport | null>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const event = eventIndex === null ? undefined : draft.story.events[eventIndex];
  const article = draft.manifest[articleIndex];

  /** Shows a field (drawn by the state change in `show`) and puts focus in it. */
  const focusField = (id: string, show: () => void) => {
    flushSync(show);
    const field = document.getElementById(id);
    // A field in a folded section (the story's headline, an article's details) is unfolded first.
    for (let section = field?.closest('details'); section; section = section.parentElement?.closest('details')) section.open = true;
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };

  const text = article && draft.texts[article.file];
  const mentions = useMemo(
    () => (article && text !== undefined ? findDateMentions(text, { dateline: article.dateline, published: article.published }) : []),
    [article, text],
  );
  const citedMentions = useMemo(
    () => (article && text !== undefined ? mentionsWithCitations(draft, article.id, text, mentions) : []),
    [draft, article, text, mentions],
  );
  // The open event's citations, not the event: typing in its title leaves the article's marks as they are.
  const citations = event?.citations;
  const ranges = useMemo<Range[]>(() => {
    const marks: Range[] = mentions.map((mention) => ({ start: mention.start, end: mention.end, mark: 'mention' }));
    if (!citations || !article || text === undefined) return marks;
    for (const citation of citations) {
      const at = citation.source === article.id ? text.indexOf(citation.quote) : -1;
      if (at !== -1) marks.push({ start: at, end: at + citation.quote.length, mark: 'cited' });
    }
    return marks;
  }, [article, text, citations, mentions]);

  const citeTargets = event
    ? [
        { key: 'event', label: 'this event' },
        ...(event.discrepancies ?? []).map((discrepancy, d) => ({ key: String(d), label: `disagreement “${discrepancy.topic || d + 1}”` })),
      ]
    : [];
  const cite = (quote: SelectedQuote, target: string) => {
    if (eventIndex === null || !article) return;
    const citation = { source: article.id, quote: quote.quote };
    edit(target === 'event' ? citeInEvent(draft, eventIndex, citation) : citeInDiscrepancy(draft, eventIndex, Number(target), citation));
    setNotice(`Cited in ${citeTargets.find((t) => t.key === target)?.label ?? 'the event'}.`);
  };
  const newEventFrom = (quote: SelectedQuote) => {
    if (!article) return;
    const made = addEvent(draft, { citations: [{ source: article.id, quote: quote.quote }] });
    focusField(fieldId('event', 'title'), () => {
      edit(made.draft);
      setEventIndex(made.index);
    });
  };
  const newEventFromMention = (mention: DateMention) => {
    if (!article || text === undefined || !mention.date) return;
    const quote = quoteFromSelection(text, mention.start, mention.end);
    const made = addEvent(draft, {
      start: mention.date,
      ...(mention.endDate && { end: mention.endDate }),
      ...(mention.qualifier && { qualifier: mention.qualifier }),
      dateBasis: `${mention.basis} (${article.label})`,
      citations: quote ? [{ source: article.id, quote: quote.quote }] : [],
    });
    focusField(fieldId('event', 'title'), () => {
      edit(made.draft);
      setEventIndex(made.index);
    });
  };
  const goTo = (place: ProblemPlace) =>
    focusField(place.field, () => {
      setView('edit');
      if (place.event !== undefined) setEventIndex(place.event);
      if (place.article !== undefined) setArticleIndex(place.article);
    });

  return (
    <div className="studio">
      <section className="studio-head no-print" aria-label="Studio">
        <StudioBar
          controls={controls}
          onNotice={setNotice}
          onOpened={() => (setArticleIndex(0), setEventIndex(null), setImportReport(null))}
          onImported={(report) => {
            setImportReport(report);
            if (eventIndex === null && report && report.added > 0) setEventIndex(0);
          }}
          importInput={importInput}
        />
        <p className="studio-notice" role="status">
          {notice}
        </p>
        {importReport && (
          <ImportReportPanel
            report={importReport}
            onClose={() => {
              setImportReport(null);
              importInput.current?.focus();
            }}
          />
        )}
        {otherTabs && (
          <p className="studio-error" role="alert">
            The studio is open in another tab too. Both keep their draft in the same place, each change replacing the other’s: close one of
            them.
          </p>
        )}
        <div className="studio-views" role="group" aria-label="Studio view">
          {VIEWS.map(({ id, label }) => (
            <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
              {label}
            </button>
          ))}
        </div>
        {view === 'preview' && compiled.lastGood && !compiled.result.ok && (
          <p className="studio-error">
            The preview shows the story as it last passed every check; fix the problems to see your latest changes.
          </p>
        )}
      </section>
      {view === 'edit' ? (
        <main>
          <div className="studio-grid">
            <ArticlesPane
              draft={draft}
              selected={articleIndex}
              onSelect={setArticleIndex}
              onAdd={(added) => {
                edit(addArticle(draft, added));
                setArticleIndex(draft.manifest.length);
                setNotice(`Added “${added.label}”.`);
              }}
              onChange={(index, field, value) => edit(updateArticle(draft, index, { [field]: value }), `article-${index}-${field}`)}
              onRenameId={(index, id) => edit(renameArticle(draft, index, id), `article-${index}-id`)}
              ranges={ranges}
              mentions={<DateMentions mentions={citedMentions} onNewEvent={newEventFromMention} />}
              citeTargets={citeTargets}
              onCite={cite}
              onNewEvent={newEventFrom}
            />
            <EventsPane
              draft={draft}
              selected={eventIndex}
              onSelect={setEventIndex}
              onNew={() => {
                const made = addEvent(draft);
                focusField(fieldId('event', 'title'), () => {
                  edit(made.draft);
                  setEventIndex(made.index);
                });
              }}
              onChange={(patch, key) => eventIndex !== null && edit(updateEvent(draft, eventIndex, patch), `event-${eventIndex}-${key}`)}
              onAddNamed={(list, label, choose) => {
                if (eventIndex === null) return;
                const added = addNamed(draft, list, label);
                edit(updateEvent(added.draft, eventIndex, choose(added.id)));
              }}
              onRename={(list, id, label) => edit(renameNamed(draft, list, id, label), `${list}-${id}`)}
              onRenameNamedId={(list, id, next) => edit(renameNamedId(draft, list, id, next), `${list}-id`)}
              onRenameId={(id) => eventIndex !== null && edit(renameEvent(draft, eventIndex, id), `event-${eventIndex}-id`)}
              onTitleDone={() => eventIndex !== null && edit(nameEventByTitle(draft, eventIndex))}
              onRemove={() => {
                if (eventIndex === null) return;
                focusField('studio-new-event', () => {
                  edit(removeEvent(draft, eventIndex));
                  setEventIndex(null);
                });
                setNotice('Event deleted. Undo brings it back.');
              }}
            />
            <StoryPane controls={controls} compiled={compiled} onGo={goTo} />
          </div>
        </main>
      ) : (
        // The reader's own page, landmarks and all.
        <div className="studio-preview">
          {compiled.lastGood ? (
            <StoryView timeline={compiled.lastGood} options={DEFAULT_PAGE_OPTIONS} preview />
          ) : (
            <p className="studio-hint">The preview appears once the story passes every check: see the problems under Edit.</p>
          )}
        </div>
      )}
    </div>
  );
}
