import { useEffect, useRef } from 'react';
import { formatCount } from '../lib/count';
import type { ImportReport } from './ImportTimeline';

const events = (count: number) => `${formatCount(count)} event${count === 1 ? '' : 's'}`;

/** What an import brought in, and each part of the file it left out or changed, until the journalist closes it. */
export function ImportReportPanel({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  const { problems, unsourcedAdded } = report;
  const counts = `${events(report.added)} added, ${events(report.updated)} updated${report.removed > 0 ? `, ${events(report.removed)} taken out` : ''}`;
  return (
    <section className="studio-import-report" aria-labelledby="studio-import-report-title">
      <h2 id="studio-import-report-title" ref={heading} tabIndex={-1}>
        Imported {report.fileName} ({report.format})
      </h2>
      <p>
        {report.changed ? `${counts}. Undo takes the import back.` : `${counts}: the story already held everything in the file.`}{' '}
        {unsourcedAdded > 0 &&
          `${unsourcedAdded === report.added ? 'They come' : `${events(unsourcedAdded)} of them come`} in marked “No source article yet”: cite an article’s words in one to source it.`}
      </p>
      {problems.length > 0 && (
        <>
          <p className="studio-import-report__notes">
            {problems.length === 1 ? 'A note' : `${formatCount(problems.length)} notes`} on what was left out or changed:
          </p>
          {/* It scrolls when long: a region the keyboard can reach, to scroll it too. */}
          <div className="studio-import-report__problems" role="region" aria-label="Notes on the file" tabIndex={0}>
            <ul>
              {problems.map((problem, index) => (
                <li key={index}>
                  <strong>{problem.where}</strong>: {problem.reason}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      <button type="button" onClick={onClose}>
        Close the import report
      </button>
    </section>
  );
}
