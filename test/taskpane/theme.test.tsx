/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { App, type ThemeName } from '../../src/taskpane/App';
import { followOfficeTheme, themeOf } from '../../src/taskpane/officePage';
import { nl } from '../../src/app/i18n/nl';
import { seedDocument } from '../fixtures/seed';
import { createMemoryHost } from './memoryHost';

/** The CSS variables FluentProvider writes for its theme, as they stand in the document now. */
const providerCss = (): string =>
  [...document.head.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n') +
  [...document.styleSheets]
    .flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText);
      } catch {
        return [];
      }
    })
    .join('\n');

const background = (theme: typeof webLightTheme): string => `--colorNeutralBackground1: ${theme.colorNeutralBackground1}`;

describe('theme', () => {
  it('reads light or dark from Office’s body background', () => {
    expect(themeOf(undefined)).toBe('light');
    expect(themeOf({ bodyBackgroundColor: '#FFFFFF' } as Office.OfficeTheme)).toBe('light');
    expect(themeOf({ bodyBackgroundColor: '#262626' } as Office.OfficeTheme)).toBe('dark');
    expect(themeOf({ bodyBackgroundColor: 'not a colour' } as Office.OfficeTheme)).toBe('light');
  });

  it('the pane follows a theme change it is told of, and stops listening when it goes', async () => {
    let listener: ((theme: ThemeName) => void) | undefined;
    const unsubscribe = jest.fn();
    const { unmount } = render(
      <App
        host={createMemoryHost(seedDocument)}
        language="nl"
        theme="light"
        followTheme={(l) => {
          listener = l;
          return unsubscribe;
        }}
      />,
    );
    await screen.findByText(nl.appTitle);
    expect(providerCss()).toContain(background(webLightTheme));
    expect(providerCss()).not.toContain(background(webDarkTheme));
    expect(listener).toBeDefined();
    act(() => listener?.('dark'));
    expect(providerCss()).toContain(background(webDarkTheme));
    expect(providerCss()).not.toContain(background(webLightTheme));
    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});

describe('followOfficeTheme', () => {
  type Handler = (event?: unknown) => void;
  const fakeOffice = (document: Record<string, unknown>, eventType: string | undefined = 'officeThemeChanged') => {
    (globalThis as { Office?: unknown }).Office = {
      EventType: eventType ? { OfficeThemeChanged: eventType } : {},
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: { document, officeTheme: { bodyBackgroundColor: '#FFFFFF' } },
    };
  };
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('registers OfficeThemeChanged on the document, reports the new theme, and removes the handler', () => {
    let handler: Handler | undefined;
    const removed: unknown[] = [];
    fakeOffice({
      addHandlerAsync: (type: string, h: Handler, callback: (r: { status: string }) => void) => {
        expect(type).toBe('officeThemeChanged');
        handler = h;
        callback({ status: 'succeeded' });
      },
      removeHandlerAsync: (type: string, options: { handler: Handler }) => removed.push([type, options.handler]),
    });
    const seen: ThemeName[] = [];
    const off = followOfficeTheme((theme) => seen.push(theme));
    handler?.({ type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor: '#1F1F1F' } });
    handler?.({ type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor: '#FFFFFF' } });
    expect(seen).toEqual(['dark', 'light']);
    off();
    expect(removed).toEqual([['officeThemeChanged', handler]]);
  });

  it('falls back silently: no such event, a refused handler, a throwing host, no Office', () => {
    const listener = jest.fn();
    fakeOffice({ addHandlerAsync: jest.fn() }, undefined);
    expect(() => followOfficeTheme(listener)()).not.toThrow();

    const remove = jest.fn();
    fakeOffice({
      addHandlerAsync: (_: string, __: Handler, callback: (r: { status: string }) => void) => callback({ status: 'failed' }),
      removeHandlerAsync: remove,
    });
    followOfficeTheme(listener)();
    expect(remove).not.toHaveBeenCalled();

    fakeOffice({
      addHandlerAsync: () => {
        throw new Error('Invalid event type');
      },
    });
    expect(() => followOfficeTheme(listener)()).not.toThrow();

    delete (globalThis as { Office?: unknown }).Office;
    expect(() => followOfficeTheme(listener)()).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});
