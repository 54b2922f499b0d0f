// import.meta.url for the CommonJS bundle of the CLI (dist/briefdeck.cjs): the same file URL an
// ES module in dist/ would have, so that paths found from it (the package root) are the same.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
