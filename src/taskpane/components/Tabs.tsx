import { useRef, type KeyboardEvent } from 'react';

export interface TabsProps<T extends string> {
  readonly label: string;
  readonly tabs: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onSelect: (value: T) => void;
  /** Ids for the tab of each value and for the one panel shown. */
  readonly idPrefix: string;
}

export const tabId = (prefix: string, value: string): string => `${prefix}-tab-${value}`;
export const panelId = (prefix: string, value: string): string => `${prefix}-panel-${value}`;

/**
 * A tab list after the WAI-ARIA tabs pattern: one Tab stop, arrow keys (and Home/End) move
 * between tabs and select them. Our own rather than Fluent's TabList, which does not wrap at
 * 160 CSS px and puts tabster's focusable aria-hidden helpers (data-tabster-dummy) around the
 * tabs: axe reports them as aria-hidden-focus, and Fluent keeps them by design
 * (https://github.com/microsoft/fluentui/issues/27517, #25133). This is also a fraction of the size.
 */
export const Tabs = <T extends string>({ label, tabs, value, onSelect, idPrefix }: TabsProps<T>) => {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const target = to === undefined ? undefined : tabs[to];
    if (!target) return;
    event.preventDefault();
    refs.current.get(target.value)?.focus();
    onSelect(target.value);
  };
  return (
    <div role="tablist" aria-label={label} className="st-tabs">
      {tabs.map((tab, index) => {
        const selected = tab.value === value;
        return (
          <button
            key={tab.value}
            ref={(element) => {
              if (element) refs.current.set(tab.value, element);
              else refs.current.delete(tab.value);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.value)}
            aria-selected={selected}
            // Only the shown panel exists: an id that points nowhere would be an ARIA error.
            aria-controls={selected ? panelId(idPrefix, tab.value) : undefined}
            tabIndex={selected ? 0 : -1}
            className="st-tab"
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
};
