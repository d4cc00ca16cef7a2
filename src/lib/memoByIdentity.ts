/**
 * `compute` remembered per argument object: for work over a whole story (its time order, its
 * axis) that several parts of the page ask for with the same, never-mutated array.
 */
export function memoByIdentity<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
