/** The formats a story can leave in, for the studio's downloads and `npm run data -- export`. */
import { curatedFromTimeline } from '../data/curatedFromTimeline';
import type { Timeline } from '../data/schema';
import { toJsonLd } from './jsonLd';
import { toStoryCsv } from './storyCsv';
import { storyExtraColumns } from './storyExtraColumns';
import { toTimelineJS } from './timelineJsExport';
import { toTimelineJSCsv } from './timelineJsCsv';

export interface ExportFormat {
  /** What the journalist picks: names the tool the file is for. */
  label: string;
  /** The file's name when downloaded or written without one given. */
  file: string;
  type: string;
  write: (timeline: Timeline) => string;
}

const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

export const EXPORT_FORMATS = {
  timelinejs: {
    label: 'TimelineJS3 (JSON)',
    file: 'timeline.timelinejs.json',
    type: 'application/json',
    write: (t) => json(toTimelineJS(t)),
  },
  'timelinejs-csv': {
    label: 'TimelineJS3 spreadsheet (CSV)',
    file: 'timeline.timelinejs.csv',
    type: 'text/csv',
    write: (t) => toTimelineJSCsv(t, { extraColumns: storyExtraColumns() }),
  },
  csv: {
    label: 'Spreadsheet of every field (CSV)',
    file: 'timeline.csv',
    type: 'text/csv',
    write: (t) => toStoryCsv(curatedFromTimeline(t)),
  },
  jsonld: {
    label: 'Linked data with the quotes’ places (JSON-LD)',
    file: 'timeline.jsonld',
    type: 'application/ld+json',
    write: (t) => json(toJsonLd(t)),
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (name: string | undefined): name is ExportFormatName =>
  name !== undefined && Object.hasOwn(EXPORT_FORMATS, name);
