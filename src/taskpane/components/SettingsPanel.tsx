import { Button, Checkbox, Radio, RadioGroup } from '@fluentui/react-components';
import { forwardRef, useId, useRef, useState, type FormEvent } from 'react';
import { RULES, type RuleId } from '../../core/rules';
import type { Settings } from '../../core/settings';
import { useLanguage, useMessages } from '../i18n';
import { InputField } from './NativeField';
import { Bar } from './Problem';

export interface SettingsPanelProps {
  /** The settings as being edited: the pane keeps this draft, so leaving the tab can ask first. */
  readonly draft: Settings;
  readonly onDraft: (draft: Settings) => void;
  readonly saving: boolean;
  readonly onSave: () => void;
  /** The user tried to leave with unsaved changes: ask whether to save them. */
  readonly asking: boolean;
  readonly onDiscard: () => void;
  readonly saved: boolean;
}

/** The settings every co-author shares, edited as a draft and saved into the document. */
export const SettingsPanel = forwardRef<HTMLDivElement, SettingsPanelProps>(
  ({ draft, onDraft, saving, onSave, asking, onDiscard, saved }, barRef) => {
    const m = useMessages();
    const lang = useLanguage();
    const [newTrekker, setNewTrekker] = useState('');
    const removeButtons = useRef(new Map<string, HTMLButtonElement>());
    const input = useRef<HTMLInputElement>(null);
    const referenceLabel = useId();

    const addTrekker = (event: FormEvent) => {
      event.preventDefault();
      const name = newTrekker.trim();
      if (name === '' || draft.knownTrekkers.includes(name)) return;
      onDraft({ ...draft, knownTrekkers: [...draft.knownTrekkers, name] });
      setNewTrekker('');
    };

    // The removed name's button goes: focus moves to the next name's, else the previous', else the input.
    const removeTrekker = (name: string) => {
      const list = draft.knownTrekkers;
      const at = list.indexOf(name);
      const next = list[at + 1] ?? list[at - 1];
      onDraft({ ...draft, knownTrekkers: list.filter((t) => t !== name) });
      requestAnimationFrame(() => (next ? removeButtons.current.get(next) : input.current)?.focus());
    };

    const toggleRule = (id: RuleId, on: boolean) =>
      onDraft({ ...draft, disabledRules: on ? draft.disabledRules.filter((r) => r !== id) : [...draft.disabledRules, id] });

    return (
      <section className="st-settings" aria-labelledby="st-settings-title">
        <h2 id="st-settings-title" className="st-sr-only">
          {m.settingsTitle}
        </h2>
        <p className="st-caption">{m.settingsShared}</p>

        {asking ? (
          <Bar
            ref={barRef}
            intent="warning"
            title={m.unsavedTitle}
            testId="unsaved"
            actions={
              <>
                <Button appearance="primary" disabledFocusable={saving} onClick={onSave}>
                  {m.unsavedSave}
                </Button>
                <Button disabledFocusable={saving} onClick={onDiscard}>
                  {m.unsavedDiscard}
                </Button>
              </>
            }
          >
            <p className="st-bar-text">{m.unsavedBody}</p>
          </Bar>
        ) : null}

        <div className="st-field">
          <span className="st-label" id={referenceLabel}>
            {m.settingsReferenceDate}
          </span>
          <RadioGroup
            aria-labelledby={referenceLabel}
            value={draft.referenceDate}
            onChange={(_, data) => onDraft({ ...draft, referenceDate: data.value === 'datestamp' ? 'datestamp' : 'today' })}
          >
            <Radio value="today" label={m.settingsReferenceToday} />
            <Radio value="datestamp" label={m.settingsReferenceStamp} />
          </RadioGroup>
        </div>

        <fieldset className="st-fieldset">
          <legend className="st-legend">{m.settingsTrekkers}</legend>
          {draft.knownTrekkers.length === 0 ? <p className="st-caption">{m.settingsTrekkersNone}</p> : null}
          <ul className="st-trekkers" data-testid="trekkers">
            {draft.knownTrekkers.map((name) => (
              <li key={name} className="st-trekker">
                <span className="st-trekker-name">{name}</span>
                <Button
                  ref={(element: HTMLButtonElement | null) => {
                    if (element) removeButtons.current.set(name, element);
                    else removeButtons.current.delete(name);
                  }}
                  size="small"
                  appearance="subtle"
                  className="st-trekker-remove"
                  aria-label={m.settingsTrekkerRemove(name)}
                  onClick={() => removeTrekker(name)}
                >
                  {m.removeSymbol}
                </Button>
              </li>
            ))}
          </ul>
          <form className="st-add" onSubmit={addTrekker}>
            <InputField ref={input} label={m.settingsTrekkerNew} className="st-add-field" value={newTrekker} onValue={setNewTrekker} />
            <Button type="submit">{m.settingsTrekkerAdd}</Button>
          </form>
        </fieldset>

        <fieldset className="st-fieldset">
          <legend className="st-legend">{m.settingsRules}</legend>
          {RULES.map((rule) => (
            <Checkbox
              key={rule.id}
              label={rule.title[lang]}
              checked={!draft.disabledRules.includes(rule.id)}
              onChange={(_, data) => toggleRule(rule.id, data.checked === true)}
            />
          ))}
        </fieldset>

        <div className="st-row">
          <Button appearance="primary" disabledFocusable={saving} onClick={onSave}>
            {m.settingsSave}
          </Button>
          {saving ? <span className="st-caption">{m.saving}</span> : null}
        </div>
        {saved && !asking ? (
          <Bar ref={barRef} intent="success" title={m.settingsSavedTitle} testId="settings-saved">
            <p className="st-bar-text">{m.settingsSaved}</p>
          </Bar>
        ) : null}
      </section>
    );
  },
);
SettingsPanel.displayName = 'SettingsPanel';
