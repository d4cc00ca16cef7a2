interface ImportMetaEnv {
  /** Fingerprint of the built-in story as the build validated it (see data/vitePlugin.ts); empty in tests. */
  readonly BUILT_STORY_FINGERPRINT?: string;
  /** Other origins `?data=` may load from, comma-separated (see src/embed/dataOrigins.ts). */
  readonly VITE_DATA_ORIGINS?: string;
}
