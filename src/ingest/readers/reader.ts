import type { ArticleDraft } from '../../model/article.js';
import type { ReadError } from '../../model/read-error.js';
import type { Input } from '../sources/input.js';

export interface ReadOptions {
  /** Outlet for articles whose input does not name one. */
  outlet?: string | null;
  /** Publication date for articles whose input does not give one. */
  date?: string | null;
  /** Largest input read whole into memory (HTML, text, feeds); record formats are streamed. */
  maxDocumentBytes?: number;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** A reader turns one input into articles, or into errors that name the input and the reason. */
export type Reader = (
  input: Input,
  options: ReadOptions,
) => AsyncIterable<ArticleDraft | ReadError>;
