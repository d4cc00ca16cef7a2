import { useState } from 'react';
import type { DraftStory } from './draft';
import type { Draft } from './draft';
import { Field } from './ArticlesPane';
import { CorrectionsField } from './CorrectionsField';
import { fieldId } from './problemPlace';

/** The story's own headline and standfirst. */
export function StoryFields({ draft, onChange }: { draft: Draft; onChange: (patch: Partial<DraftStory>, key: string) => void }) {
  // Open to begin with for a story with no headline yet; after that, as the journalist leaves it.
  const [openAtFirst] = useState(draft.story.title === '');
  return (
    <details className="studio-story" open={openAtFirst}>
      <summary>Headline and standfirst</summary>
      <Field id={fieldId('story', 'title')} label="Headline">
        <input
          id={fieldId('story', 'title')}
          value={draft.story.title}
          onChange={(e) => onChange({ title: e.target.value }, 'story-title')}
        />
      </Field>
      <Field id={fieldId('story', 'description')} label="Standfirst" hint="Name who makes each allegation: “The UK says…”.">
        <textarea
          id={fieldId('story', 'description')}
          rows={3}
          value={draft.story.description}
          onChange={(e) => onChange({ description: e.target.value }, 'story-description')}
        />
      </Field>
      <Field id={fieldId('story', 'updated')} label="Last updated (optional)">
        <input
          id={fieldId('story', 'updated')}
          type="date"
          value={draft.story.updated ?? ''}
          onChange={(e) => onChange({ updated: e.target.value || undefined }, 'story-updated')}
        />
      </Field>
      <CorrectionsField
        legend="Corrections to the story"
        corrections={draft.story.corrections ?? []}
        onChange={(corrections) => onChange({ corrections: corrections.length > 0 ? corrections : undefined }, 'story-corrections')}
      />
    </details>
  );
}
