/**
 * briefdeck's library API. The CLI (src/cli) is one consumer of it.
 */
export { build, checkWordOrPdfReport, defaultOutput, layoutOutline, writeDeck, type BuildOptions, type BuildResult } from './build.js';
export { DeckError, ERROR_CODES, type Diagnostic, type ErrorCode, type SourcePos } from './core/errors.js';
export { loadOutline, parseOutline, type OutlineDoc } from './outline/load.js';
export { outlineSchema, type Outline } from './outline/schema.js';
export { registerSlideType, slideTypes, unregisterSlideType } from './slides/registry.js';
export { defineSlideType, slideSchema, type SlideType } from './slides/slide-type.js';
export { loadTemplate, listBuiltinTemplates, type Theme } from './template/load.js';
export { layoutDeck } from './compose/deck.js';
export type { Deck, DeckSlide, Box, TextBox } from './deck/model.js';
export { renderPptx } from './render/write.js';
export { renderSlidesHtml } from './render/html.js';
export { createWatcher } from './watch/watcher.js';
export { startPreviewServer } from './watch/server.js';
