import { useCallback, useState } from 'react';

export type CopyState = { readonly status: 'idle' } | { readonly status: 'copied'; readonly format: string } | {
  readonly status: 'manual';
  readonly text: string;
};

/** The old way, for an Office pane whose frame does not allow the Clipboard API. */
const copyWithTextarea = (text: string): boolean => {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
};

/**
 * Copies text: the Clipboard API, else a hidden textarea, else shows the text for the user to
 * copy by hand (state `manual`).
 */
export const useClipboard = (): { state: CopyState; copy: (text: string, format: string) => Promise<void> } => {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const copy = useCallback(async (text: string, format: string) => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(text);
      setState({ status: 'copied', format });
    } catch {
      setState(copyWithTextarea(text) ? { status: 'copied', format } : { status: 'manual', text });
    }
  }, []);
  return { state, copy };
};
