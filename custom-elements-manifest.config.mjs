// The custom elements manifest (`npm run analyze`, also the last step of `npm run build`): the one
// description of the elements that Storybook, editors and the framework types read.
import { frameworkTypes, publishedManifest } from './scripts/cem-plugins.mjs';

export default {
  plugins: [publishedManifest(), frameworkTypes({ outdir: 'dist/frameworks' })],
};
