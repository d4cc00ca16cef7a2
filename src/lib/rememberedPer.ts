/**
 * `compute`, remembered per object it is given: asked again for the same object, it gives back
 * the first answer. For what is worked out from a story's events array, which is never changed
 * once loaded, so that a large story's preparing (app/prepareStory.ts) and the page share it.
 */
export function rememberedPer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
