import type { ISODate } from '../../core/calendar';
import type { SourceDocument } from '../../core/document';
import type { Settings } from '../../core/settings';
import type { CheckView } from './view';

/** Messages between the pane and its check worker. */
export interface CheckRequest {
  readonly id: number;
  readonly doc: SourceDocument;
  readonly today: ISODate;
  readonly settings: Settings;
}

export type CheckResponse = { readonly id: number; readonly view: CheckView } | { readonly id: number; readonly error: string };
