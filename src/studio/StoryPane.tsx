import type { DraftControls } from './useDraft';
import type { CompiledDraft } from './useCompiledDraft';
import { ActorsField } from './ActorsField';
import { addNamed, renameNamedId } from './draftEdits';
import { LandmarksField } from './LandmarksField';
import { NarrativesField } from './NarrativesField';
import { ProblemList } from './ProblemList';
import type { ProblemPlace } from './problemPlace';
import { PublishPanel } from './PublishPanel';
import { StoryFields } from './StoryFields';
import type { DraftStory } from './draft';

/** The story as a whole: its own fields, who it quotes, its periods and orders; the checks; publishing. */
export function StoryPane({
  controls,
  compiled,
  onGo,
}: {
  controls: DraftControls;
  compiled: CompiledDraft;
  onGo: (place: ProblemPlace) => void;
}) {
  const draft = controls.history.present;
  const { edit } = controls;
  const setStory = (patch: Partial<DraftStory>, key: string) => edit({ ...draft, story: { ...draft.story, ...patch } }, key);
  return (
    <aside className="studio-pane studio-checks" aria-label="Checks and publishing">
      {/* First, where a journalist looks for what is left to do. */}
      <h2>Checks</h2>
      <ProblemList problems={compiled.result.ok ? [] : compiled.result.problems} draft={draft} checking={compiled.checking} onGo={onGo} />
      <PublishPanel timeline={compiled.lastGood} blocked={!compiled.result.ok || compiled.checking} />
      <h2>The story</h2>
      <StoryFields draft={draft} onChange={setStory} />
      <ActorsField
        actors={draft.story.actors}
        onChange={(actors) => setStory({ actors }, 'actors')}
        onAdd={(label) => edit(addNamed(draft, 'actors', label).draft)}
        onRenameId={(id, next) => edit(renameNamedId(draft, 'actors', id, next), 'actors-id')}
      />
      <LandmarksField
        landmarks={draft.story.landmarks ?? []}
        onChange={(landmarks) => setStory({ landmarks: landmarks.length > 0 ? landmarks : undefined }, 'landmarks')}
      />
      <NarrativesField
        draft={draft}
        onChange={(narratives) => setStory({ narratives: narratives.length > 0 ? narratives : undefined }, 'narratives')}
      />
    </aside>
  );
}
