// The npm package as npm would publish it, in one process so that the project is packed once
// (support.mjs) and every suite unpacks the same tarball into an app of its own. Each suite can also
// run alone: `node --test test/package/contents.mjs`.
import './contents.mjs';
import './node-import.mjs';
import './framework-types.mjs';
import './bundler.mjs';
