/**
 * Stands in for the `keycharm` package inside vis-timeline (see the alias in vite.config.ts).
 * vis-timeline uses it only for its `clickToUse` option, which this app never sets: the
 * timeline takes its keys through its own focusable container (TimelineView). About 0.8 KiB
 * gzip lighter on the first load.
 */
export default function keycharm(): never {
  throw new Error("vis-timeline's clickToUse option is left out of this build");
}
