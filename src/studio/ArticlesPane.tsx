import { useId, type ReactNode } from 'react';
import type { SourceManifestEntry } from '../data/schema';
import { AddArticle } from './AddArticle';
import { ArticleReader, type ArticleReaderProps } from './ArticleReader';
import type { Draft } from './draft';
import type { NewArticle } from './draftEdits';
import { fieldId } from './problemPlace';

type ManifestField = 'label' | 'credit' | 'dateline' | 'url' | 'published' | 'notes';

const FIELDS: { name: ManifestField; label: string; hint?: string; type?: string }[] = [
  { name: 'label', label: 'Label', hint: 'Only what the text supports: “AFP wire report, LONDON (March 26)”.' },
  { name: 'credit', label: 'Credit as printed' },
  { name: 'dateline', label: 'Dateline as printed' },
  { name: 'url', label: 'Web address (if you have it)', type: 'url' },
  { name: 'published', label: 'Published on (if you know it)', type: 'date' },
  { name: 'notes', label: 'What the text shows about itself' },
];

export interface ArticlesPaneProps extends Pick<ArticleReaderProps, 'ranges' | 'citeTargets' | 'onCite' | 'onNewEvent'> {
  draft: Draft;
  selected: number;
  onSelect: (index: number) => void;
  onAdd: (article: NewArticle) => void;
  onChange: (index: number, field: ManifestField, value: string) => void;
  /** A new id for an article; its citations follow. */
  onRenameId: (index: number, id: string) => void;
  /** Shown under the article: its date mentions. */
  mentions: ReactNode;
}

export function ArticlesPane({ draft, selected, onSelect, onAdd, onChange, onRenameId, mentions, ...reader }: ArticlesPaneProps) {
  const entry = draft.manifest[selected];
  const text = entry && draft.texts[entry.file];
  const id = useId();
  return (
    <section className="studio-pane" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Articles</h2>
      {draft.manifest.length > 0 ? (
        <ul className="studio-choices" aria-label="Articles in this story">
          {draft.manifest.map((article, index) => (
            <li key={article.file}>
              <button type="button" aria-pressed={index === selected} onClick={() => onSelect(index)}>
                {article.label || article.file}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="studio-hint">
          {draft.story.events.some((event) => event.unsourced)
            ? 'No articles yet. Imported events have none behind them: add the articles that report them, and cite their words.'
            : 'No articles yet. Every event cites the articles’ own words, so start with one.'}
        </p>
      )}
      {entry && text !== undefined && (
        <>
          <details className="studio-manifest">
            <summary>About this article</summary>
            <Field id={fieldId('article', 'id')} label="Id (short, lowercase, names it in citations)">
              <input id={fieldId('article', 'id')} value={entry.id} onChange={(event) => onRenameId(selected, event.target.value)} />
            </Field>
            {FIELDS.map((field) => (
              <Field key={field.name} id={fieldId('article', field.name)} label={field.label} hint={field.hint}>
                <input
                  id={fieldId('article', field.name)}
                  type={field.type ?? 'text'}
                  value={fieldValue(entry, field.name)}
                  onChange={(event) => onChange(selected, field.name, event.target.value)}
                />
              </Field>
            ))}
          </details>
          <ArticleReader key={entry.file} label={entry.label} text={text} {...reader} />
          {mentions}
        </>
      )}
      <AddArticle onAdd={onAdd} />
    </section>
  );
}

function fieldValue(entry: SourceManifestEntry, name: ManifestField): string {
  return entry[name] ?? '';
}

export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string | undefined; children: ReactNode }) {
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="studio-hint">{hint}</p>}
    </div>
  );
}
