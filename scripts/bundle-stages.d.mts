/** Bundles src/<stage>/index.ts for each stage into `dir`/dockstudy.mjs; returns its file URL. */
export function bundleStages(dir: string, stages: string[]): Promise<string>;
