import { createHtmlToText } from '../interchange/htmlText';
import { importFile, type ImportedInto } from '../interchange/importFile';
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
  problems: ImportedInto['problems'];
}

export interface ImportTimelineProps {
  draft: Draft;
  /** The draft with the file brought in, as one undo step. */
  onImport: (draft: Draft) => void;
  onReport: (report: ImportReport) => void;
  onNotice: (notice: string) => void;
}

/** Brings a TimelineJS3 timeline or a spreadsheet into the draft: events it has by id are updated, others added. */
export function ImportTimeline({ draft, onImport, onReport, onNotice }: ImportTimelineProps) {
  const bring = async (file: File) => {
    let imported: ImportedInto;
    try {
      imported = importFile(file.name, await file.text(), { htmlToText: createHtmlToText(window), into: draft });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      onNotice(`Nothing was imported: ${error.message}`);
      return;
    }
    onImport(imported.files);
    onReport({
      fileName: file.name,
      format: FORMAT_NAMES[imported.format],
      added: imported.added.length,
      updated: imported.updated.length,
      problems: imported.problems,
    });
  };
  return (
    <label className="button-link studio-file">
      Import a timeline…
      <input
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        aria-describedby="studio-import-hint"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void bring(file);
        }}
      />
      <span id="studio-import-hint" className="visually-hidden">
        TimelineJS3 JSON or spreadsheet CSV, a spreadsheet of this studio’s fields, or a published timeline.json
      </span>
    </label>
  );
}
