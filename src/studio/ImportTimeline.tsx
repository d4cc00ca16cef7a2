import type { Ref } from 'react';
import { createHtmlToText } from '../interchange/htmlText';
import { importBytes, type ImportedInto } from '../interchange/importFile';
import { ImportError, type ImportFormat } from '../interchange/imported';
import type { Draft } from './draft';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  timelinejs: 'TimelineJS3',
  'timelinejs-csv': 'TimelineJS3 spreadsheet',
  story: 'published timeline',
  csv: 'spreadsheet',
};

export interface ImportReport {
  fileName: string;
  format: string;
  added: number;
  updated: number;
  /** How many events the file says are gone (our export, their slides deleted since), now taken out. */
  removed: number;
  /** How many of the added events have no article behind them. */
  unsourcedAdded: number;
  /** Whether the draft changed at all: an import of what it already holds changes nothing, and is no undo step. */
  changed: boolean;
  problems: ImportedInto['problems'];
}

export interface ImportTimelineProps {
  draft: Draft;
  /** The draft with the file brought in, as one undo step. */
  onImport: (draft: Draft) => void;
  /** What an import brought in; null when a file could not be imported at all. */
  onReport: (report: ImportReport | null) => void;
  onNotice: (notice: string) => void;
  /** The file control, for focus to return to when the report closes. */
  inputRef?: Ref<HTMLInputElement>;
}

/** Brings a TimelineJS3 timeline or a spreadsheet into the draft: events it has by id are updated, others added. */
export function ImportTimeline({ draft, onImport, onReport, onNotice, inputRef }: ImportTimelineProps) {
  const bring = async (file: File) => {
    let imported: ImportedInto;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      imported = importBytes(file.name, bytes, { htmlToText: createHtmlToText(window), into: draft });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      onReport(null);
      onNotice(`Nothing was imported: ${error.message}`);
      return;
    }
    const changed = JSON.stringify(imported.files) !== JSON.stringify(draft);
    if (changed) onImport(imported.files);
    onNotice('');
    onReport({
      fileName: file.name,
      format: FORMAT_NAMES[imported.format],
      added: imported.added.length,
      updated: imported.updated.length,
      removed: imported.removed.length,
      unsourcedAdded: imported.unsourcedAdded,
      changed,
      problems: imported.problems,
    });
  };
  return (
    <>
      <label className="button-link studio-file">
        Import a timeline…
        <input
          ref={inputRef}
          type="file"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv"
          aria-describedby="studio-import-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void bring(file);
          }}
        />
      </label>
      <span id="studio-import-hint" className="visually-hidden">
        TimelineJS3 JSON or spreadsheet CSV, a spreadsheet of this studio’s fields, or a published timeline.json
      </span>
    </>
  );
}
