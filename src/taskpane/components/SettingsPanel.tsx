import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { RULES, type RuleId } from '../../core/rules';
import type { Settings } from '../../core/settings';
import { useLanguage, useMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  trekkers: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  trekker: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

export interface SettingsPanelProps {
  readonly settings: Settings;
  readonly saving: boolean;
  readonly saved: boolean;
  readonly onSave: (settings: Settings) => void;
}

/** The settings every co-author shares, edited as a draft and saved into the document. */
export const SettingsPanel = ({ settings, saving, saved, onSave }: SettingsPanelProps) => {
  const m = useMessages();
  const lang = useLanguage();
  const styles = useStyles();
  const [draft, setDraft] = useState<Settings>(settings);
  const [newTrekker, setNewTrekker] = useState('');

  const addTrekker = (event: FormEvent) => {
    event.preventDefault();
    const name = newTrekker.trim();
    if (name === '' || draft.knownTrekkers.includes(name)) return;
    setDraft({ ...draft, knownTrekkers: [...draft.knownTrekkers, name] });
    setNewTrekker('');
  };

  const toggleRule = (id: RuleId, on: boolean) =>
    setDraft({
      ...draft,
      disabledRules: on ? draft.disabledRules.filter((r) => r !== id) : [...draft.disabledRules, id],
    });

  return (
    <section className={styles.root} aria-label={m.settingsTitle}>
      <Subtitle2 as="h2">{m.settingsTitle}</Subtitle2>
      <Caption1>{m.settingsShared}</Caption1>

      <Field label={m.settingsReferenceDate}>
        <RadioGroup
          value={draft.referenceDate}
          onChange={(_, data) => setDraft({ ...draft, referenceDate: data.value === 'datestamp' ? 'datestamp' : 'today' })}
        >
          <Radio value="today" label={m.settingsReferenceToday} />
          <Radio value="datestamp" label={m.settingsReferenceStamp} />
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{m.settingsTrekkers}</legend>
        <ul className={styles.trekkers} data-testid="trekkers">
          {draft.knownTrekkers.map((name) => (
            <li key={name} className={styles.trekker}>
              {name}
              <Button
                size="small"
                appearance="subtle"
                aria-label={m.settingsTrekkerRemove(name)}
                onClick={() => setDraft({ ...draft, knownTrekkers: draft.knownTrekkers.filter((t) => t !== name) })}
              >
                {m.removeSymbol}
              </Button>
            </li>
          ))}
        </ul>
        <form className={styles.add} onSubmit={addTrekker}>
          <Field label={m.settingsTrekkerNew}>
            <Input value={newTrekker} onChange={(_, data) => setNewTrekker(data.value)} />
          </Field>
          <Button type="submit">{m.settingsTrekkerAdd}</Button>
        </form>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{m.settingsRules}</legend>
        {RULES.map((rule) => (
          <Checkbox
            key={rule.id}
            label={rule.title[lang]}
            checked={!draft.disabledRules.includes(rule.id)}
            onChange={(_, data) => toggleRule(rule.id, data.checked === true)}
          />
        ))}
      </fieldset>

      <div>
        <Button appearance="primary" disabled={saving} onClick={() => onSave(draft)}>
          {m.settingsSave}
        </Button>
      </div>
      {saved ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{m.settingsSaved}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
};
