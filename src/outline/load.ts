/**
 * Outline file → validated Outline with its positions, or a DeckError listing every problem.
 */
import { dirname, resolve } from 'node:path';
import { DeckError, formatPath, sortDiagnostics, throwIfErrors, type Diagnostic, type SourcePos } from '../core/errors.js';
import { OUTLINE_CODES, locateInYaml, parseYamlText, readYamlFile, type YamlFile, type YamlResult } from '../core/yaml-file.js';
import type { ImageAsset } from '../deck/model.js';
import { checkPictures, type PictureOptions } from './pictures.js';
import type { Outline } from './schema.js';
import { validateOutline } from './validate.js';

export interface OutlineDoc {
  outline: Outline;
  /** Absolute path of the outline file ('' for text given in memory). */
  path: string;
  /** Folder that relative paths in the outline are resolved against. */
  dir: string;
  file: YamlFile;
  warnings: Diagnostic[];
  /** Where a value of the outline was written, e.g. locate(['sections', 0, 'title']). */
  locate(path: readonly (string | number)[]): SourcePos;
  /** A scalar exactly as written (`12.50`, `2025.10`), for numbers printed as the author wrote them. */
  written(path: readonly (string | number)[]): string | undefined;
  /** The checked picture named at a path (an `image:` value). */
  picture(path: readonly (string | number)[]): ImageAsset | undefined;
  /** Every picture file the slides name (absolute): inputs of the build, watched by `watch`. */
  pictures: string[];
}

export type OutlineOptions = PictureOptions;

export function loadOutline(path: string, display = path, opts: OutlineOptions = {}): OutlineDoc {
  const abs = resolve(path);
  return finish(readYamlFile(abs, display, OUTLINE_CODES, 'outline'), abs, dirname(abs), opts);
}

/** For text that is not (yet) on disk: tests, the watcher's editor buffer. */
export function parseOutline(text: string, display = 'outline.yaml', dir = process.cwd(), opts: OutlineOptions = {}): OutlineDoc {
  return finish(parseYamlText(text, display, OUTLINE_CODES, 'outline'), '', dir, opts);
}

function finish(result: YamlResult, abs: string, dir: string, opts: OutlineOptions): OutlineDoc {
  if (!result.ok) throw new DeckError(result.diagnostics);
  const file = result.file;
  const validated = validateOutline(file);
  const { outline } = validated;
  // the pictures are read whatever the schema said, so one run reports every problem
  const pictures = checkPictures(file, file.data, dir, opts);
  const diagnostics = [...validated.diagnostics, ...pictures.diagnostics];
  let warnings: Diagnostic[];
  try {
    warnings = throwIfErrors(diagnostics);
  } catch (err) {
    if (err instanceof DeckError) err.files = pictures.files;
    throw err;
  }
  if (!outline) throw new DeckError(sortDiagnostics(diagnostics));
  return {
    outline,
    path: abs,
    dir,
    file,
    warnings,
    locate: (p) => file.source.position(locateInYaml(file, p), formatPath(p)),
    written: (p) => file.scalarText(p),
    picture: (p) => pictures.byPath.get(formatPath(p)),
    pictures: pictures.files,
  };
}
