import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { formatOfFile, toArticleText } from './articleText';
import type { NewArticle } from './draftEdits';

/** Files an article may come in: read as text, never as markup. */
const ACCEPTED = '.txt,.text,.md,.markdown,.html,.htm';

/** Adds an article by pasting its text or bringing its file (chosen or dropped). */
export function AddArticle({ onAdd }: { onAdd: (article: NewArticle) => void }) {
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const id = useId();

  const addFile = async (file: File) => {
    setError(null);
    try {
      const content = await file.text();
      const articleText = toArticleText(content, formatOfFile(file.name));
      if (articleText.trim() === '') {
        setError(`${file.name} holds no text to cite.`);
        return;
      }
      onAdd({ text: articleText, label: label.trim() || file.name.replace(/\.[^.]+$/, ''), fileName: file.name });
      setLabel('');
    } catch {
      setError(`${file.name} could not be read.`);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Paste the article’s text first, or choose its file.');
      return;
    }
    onAdd({ text: toArticleText(text, 'text'), label: label.trim() || 'Untitled article' });
    setLabel('');
    setText('');
    setError(null);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void addFile(file);
  };

  return (
    <form
      className={`studio-add${dragging ? ' studio-add--dragging' : ''}`}
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <h3 id={`${id}-title`}>Add an article</h3>
      <label htmlFor={`${id}-label`}>Label</label>
      <input id={`${id}-label`} value={label} onChange={(event) => setLabel(event.target.value)} placeholder="e.g. AFP wire report" />
      <label htmlFor={`${id}-text`}>Paste its text</label>
      <textarea id={`${id}-text`} rows={4} value={text} onChange={(event) => setText(event.target.value)} />
      <div className="studio-add__actions">
        <button type="submit">Add pasted text</button>
        <label className="button-link studio-file">
          Choose a file…
          <input
            type="file"
            accept={ACCEPTED}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void addFile(file);
            }}
          />
        </label>
      </div>
      <p className="studio-hint">Or drop a .txt, .md or .html file here. HTML and Markdown are reduced to their text.</p>
      {error && (
        <p className="studio-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
