import type { Timeline } from '../data/schema';
import { EXPORT_FORMATS } from '../interchange/exportFormats';
import { download } from './download';

/** The story in other tools' formats: TimelineJS3, spreadsheets, linked data. Offered once every check passes, like publishing. */
export function ExportDownloads({ timeline }: { timeline: Timeline | null }) {
  return (
    <fieldset className="studio-exports">
      <legend>Take it to another tool</legend>
      <p className="studio-hint">
        Each file but the linked data can be imported here again: events keep their ids, so an import updates them rather than adding
        copies.
      </p>
      {Object.values(EXPORT_FORMATS).map((format) => (
        <button
          key={format.file}
          type="button"
          disabled={!timeline}
          onClick={() => timeline && download(format.file, format.write(timeline), format.type)}
        >
          Download {format.label}
        </button>
      ))}
    </fieldset>
  );
}
