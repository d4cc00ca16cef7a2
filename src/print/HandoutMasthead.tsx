export interface HandoutMastheadProps {
  /** The handout's title. */
  title: string;
  /** A line under the title (the story's or the narrative's description). */
  description?: string | undefined;
  /** The story's name above the title, where the title is a narrative's. */
  story?: string | undefined;
}

/** A handout's title block, where the page has no masthead of its own: a briefing's on paper, the page's without script. */
export function HandoutMasthead({ title, description, story }: HandoutMastheadProps) {
  return (
    <header className="print-handout__masthead">
      {story && <p className="print-handout__story">{story}</p>}
      <h1 className="print-handout__title">{title}</h1>
      {description && <p className="print-handout__dek">{description}</p>}
    </header>
  );
}
