import { useEffect, useState, type Ref } from 'react';
import { builtStoryInPage } from '../data/timelineQuery';
import type { Timeline } from '../data/schema';
import { emptyDraft, type Draft } from './draft';
import { download } from './download';
import { draftFileText, readDraftFile } from './draftFile';
import { curatedFromTimeline } from '../data/curatedFromTimeline';
import { ImportTimeline, type ImportReport } from './ImportTimeline';
import { keepNoticeForReload } from './keptNotice';
import { saveToProject } from './saveToProject';
import type { DraftControls, SaveState } from './useDraft';

const SAVE_STATES: Record<SaveState, string> = {
  saved: 'Draft kept in this browser',
  saving: 'Keeping the draft…',
  unavailable: 'This browser cannot keep drafts: download yours to keep it',
};

/** The built-in story as the page has it, or as the site publishes it. */
async function builtInStory(): Promise<Timeline> {
  const inPage = builtStoryInPage();
  if (inPage) return inPage;
  const response = await fetch(new URL('data/timeline.json', window.location.href));
  if (!response.ok) throw new Error(`the built-in story could not be loaded (${response.status})`);
  return (await response.json()) as Timeline;
}

/** Whether the draft holds anything of the journalist's: replacing it then asks first. */
const hasWork = (draft: Draft) => draft.manifest.length > 0 || draft.story.events.length > 0 || draft.story.title.trim() !== '';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export interface StudioBarProps {
  controls: DraftControls;
  onNotice: (notice: string) => void;
  /** A whole other draft came in: what was open in the old one is closed. */
  onOpened: () => void;
  /** A file was imported into the draft: what came in, and what could not; null when nothing could be. */
  onImported: (report: ImportReport | null) => void;
  /** The import's file control, for focus to return to. */
  importInput?: Ref<HTMLInputElement>;
}

/** The draft as a whole: start anew, open, undo, keep, download, save to the project. */
export function StudioBar({ controls, onNotice, onOpened, onImported, importInput }: StudioBarProps) {
  const { history, replace, undo, redo, saveState } = controls;
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // In a text field, the field's own undo.
      if (!(event.ctrlKey || event.metaKey) || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  /** Puts another draft in place of this one, once the journalist agrees to where there is work to lose. */
  const replaceWith = (draft: Draft): boolean => {
    const agreed =
      !hasWork(history.present) ||
      window.confirm(
        'Replace the story you are working on? Undo brings it back until this page is closed; to keep a copy, download the draft first.',
      );
    if (agreed) replace(draft);
    return agreed;
  };

  const open = async (file: File) => {
    const read = readDraftFile(await file.text());
    if ('error' in read) {
      onNotice(read.error);
      return;
    }
    if (!replaceWith(read.draft)) return;
    onOpened();
    onNotice(`Opened ${file.name}.`);
  };

  return (
    <div className="studio-bar">
      <h1>Story studio</h1>
      <div className="studio-bar__actions" role="toolbar" aria-label="Draft">
        <button
          type="button"
          onClick={() => {
            if (!replaceWith(emptyDraft())) return;
            onOpened();
            onNotice('A new story. Undo brings back the one before.');
          }}
        >
          New story
        </button>
        <button
          type="button"
          onClick={() =>
            void builtInStory().then(
              (timeline) => {
                if (!replaceWith(curatedFromTimeline(timeline))) return;
                onOpened();
                onNotice(`Opened the built-in story, “${timeline.title}”.`);
              },
              (error: unknown) => onNotice(`Could not open the built-in story: ${error instanceof Error ? error.message : String(error)}.`),
            )
          }
        >
          Open the built-in story
        </button>
        <button type="button" onClick={undo} disabled={history.past.length === 0}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={history.future.length === 0}>
          Redo
        </button>
        <button type="button" onClick={() => download('story-draft.json', draftFileText(history.present), 'application/json')}>
          Download draft
        </button>
        <label className="button-link studio-file">
          Open a draft…
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void open(file);
            }}
          />
        </label>
        <ImportTimeline draft={history.present} onImport={replace} onReport={onImported} onNotice={onNotice} inputRef={importInput} />
        {import.meta.env.DEV && (
          <button
            type="button"
            disabled={saving}
            onClick={() => {
              setSaving(true);
              void saveToProject(history.present)
                .then((result) => {
                  if (!result.ok) {
                    onNotice(result.problems.join(' '));
                    return;
                  }
                  if (result.written.length === 0) {
                    onNotice('Saved to the project: nothing had changed.');
                    return;
                  }
                  const notice = `Saved to the project: ${result.written.join(', ')}.`;
                  keepNoticeForReload(notice);
                  onNotice(notice);
                })
                .finally(() => setSaving(false));
            }}
          >
            {saving ? 'Saving…' : 'Save to project'}
          </button>
        )}
      </div>
      <p className="studio-bar__state">{SAVE_STATES[saveState]}</p>
    </div>
  );
}
