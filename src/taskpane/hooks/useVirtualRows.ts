import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** A run of rows to render, or the empty space that stands for rows not rendered. */
export type Slot = { readonly kind: 'row'; readonly index: number } | { readonly kind: 'gap'; readonly key: string; readonly height: number };

export interface VirtualRows {
  readonly slots: readonly Slot[];
  /** Give each rendered row's element: its height is measured and kept (rows differ in height). */
  readonly measure: (key: string) => (element: HTMLElement | null) => void;
  /** Makes a row render and scrolls it into view; resolves once it is in the DOM. */
  readonly reveal: (index: number) => void;
}

/** Rows up to this many render in full: the seed and ordinary documents never virtualise. */
export const RENDER_ALL_UP_TO = 60;
const OVERSCAN_PX = 600;

/** The part of the list (in its own coordinates) the user can see: the viewport cut by every scrolling ancestor. */
const visiblePart = (list: HTMLElement): { top: number; bottom: number } => {
  const rect = list.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight || document.documentElement.clientHeight;
  for (let el = list.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      const r = el.getBoundingClientRect();
      top = Math.max(top, r.top);
      bottom = Math.min(bottom, r.bottom);
    }
  }
  return { top: top - rect.top, bottom: bottom - rect.top };
};

/**
 * Window virtualisation for a list of rows of different heights, scrolled by the page or by any
 * ancestor: only the rows in and near view are in the DOM, the rest are spacers of their
 * (measured, else estimated) height. Pinned rows (the focused one) always render, so focus is
 * never lost to a row scrolled away; keyboard users reach the next row because focusing a row
 * scrolls it into view and the window follows.
 */
export const useVirtualRows = ({
  keys,
  estimate,
  listRef,
  pinned,
}: {
  keys: readonly string[];
  estimate: (index: number) => number;
  listRef: RefObject<HTMLElement | null>;
  pinned: readonly number[];
}): VirtualRows => {
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, bottom: 1200 });
  const frame = useRef(0);
  const all = keys.length <= RENDER_ALL_UP_TO;

  const offsets = useMemo(() => {
    const result = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i += 1) {
      result[i + 1] = (result[i] ?? 0) + (heights.current.get(keys[i] ?? '') ?? estimate(i));
    }
    return result;
    // `measured` counts height changes: the offsets follow them.
  }, [keys, estimate, measured]);

  const update = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const list = listRef.current;
      if (!list) return;
      const next = visiblePart(list);
      setView((old) => (Math.abs(old.top - next.top) < 40 && Math.abs(old.bottom - next.bottom) < 40 ? old : next));
    });
  }, [listRef]);

  useEffect(() => {
    if (all) return undefined;
    update();
    // Capture: a scroll of any ancestor (the preview's pane, Office's frame) reaches the window.
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update, { passive: true });
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
      cancelAnimationFrame(frame.current);
    };
  }, [all, update]);

  const observer = useRef<ResizeObserver | undefined>(undefined);
  const elementKeys = useRef(new WeakMap<Element, string>());
  const pending = useRef(0);
  const record = useCallback((key: string, height: number) => {
    if (height <= 0 || Math.abs((heights.current.get(key) ?? -1) - height) < 1) return;
    heights.current.set(key, height);
    cancelAnimationFrame(pending.current);
    pending.current = requestAnimationFrame(() => setMeasured((n) => n + 1));
  }, []);
  useEffect(() => {
    if (all || typeof ResizeObserver === 'undefined') return undefined;
    observer.current = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const key = elementKeys.current.get(entry.target);
        if (key !== undefined) record(key, entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
      }
    });
    return () => {
      observer.current?.disconnect();
      cancelAnimationFrame(pending.current);
    };
  }, [all, record]);

  const refs = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const measure = useCallback(
    (key: string) => {
      let ref = refs.current.get(key);
      if (!ref) {
        let current: HTMLElement | null = null;
        ref = (element) => {
          if (current) observer.current?.unobserve(current);
          current = element;
          if (!element) return;
          elementKeys.current.set(element, key);
          observer.current?.observe(element);
        };
        refs.current.set(key, ref);
      }
      return ref;
    },
    [],
  );

  const [revealing, setRevealing] = useState<number>();
  const reveal = useCallback((index: number) => setRevealing(index), []);
  useLayoutEffect(() => {
    if (revealing === undefined) return;
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>(`[data-row="${revealing}"]`);
    row?.scrollIntoView({ block: 'nearest' });
    setRevealing(undefined);
    update();
  }, [revealing, listRef, update]);

  const slots = useMemo((): Slot[] => {
    const count = keys.length;
    if (all) return keys.map((_, index) => ({ kind: 'row', index }));
    const find = (y: number): number => {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
        else hi = mid;
      }
      return Math.min(lo, Math.max(0, count - 1));
    };
    const first = find(view.top - OVERSCAN_PX);
    const last = find(view.bottom + OVERSCAN_PX);
    const shown = new Set<number>();
    for (let i = first; i <= last; i += 1) shown.add(i);
    for (const i of pinned) if (i >= 0 && i < count) shown.add(i);
    if (revealing !== undefined && revealing < count) shown.add(revealing);
    const order = [...shown].sort((a, b) => a - b);
    const result: Slot[] = [];
    let at = 0;
    for (const index of order) {
      if (index > at) result.push({ kind: 'gap', key: `gap-${at}`, height: (offsets[index] ?? 0) - (offsets[at] ?? 0) });
      result.push({ kind: 'row', index });
      at = index + 1;
    }
    if (at < count) result.push({ kind: 'gap', key: `gap-${at}`, height: (offsets[count] ?? 0) - (offsets[at] ?? 0) });
    return result;
  }, [all, keys, offsets, view, pinned, revealing]);

  return { slots, measure, reveal };
};
