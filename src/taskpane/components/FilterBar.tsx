import { Button } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Severity } from '../../core/findings';
import type { ViewFinding } from '../check/view';
import { useLanguage, useMessages } from '../i18n';
import { activeFilters, filterOptions, NO_TREKKER, type Filter, type Grouping } from '../results';
import { Chevron } from './Icons';
import { SelectField } from './NativeField';

export interface FilterBarProps {
  readonly findings: readonly ViewFinding[];
  readonly filter: Filter;
  readonly onFilter: (filter: Filter) => void;
  readonly grouping: Grouping;
  readonly onGrouping: (grouping: Grouping) => void;
  /** How many findings pass the filter. */
  readonly shown: number;
}

/** Value of the "all" choice in each select (a rule id, severity or trekker is never this). */
const ALL = '\u0000all';

/** "Filteren": folded away by default, so the findings start near the top of a narrow pane. */
export const FilterBar = ({ findings, filter, onFilter, grouping, onGrouping, shown }: FilterBarProps) => {
  const m = useMessages();
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const panel = useId();
  // Counted only while the filter is open: a re-check of 11,000 findings need not count them.
  const options = useMemo(() => (open ? filterOptions(findings, lang) : undefined), [open, findings, lang]);
  const active = activeFilters(filter);
  const total = findings.length;
  return (
    <div className="st-filterbar">
      <div className="st-row">
        <Button appearance="subtle" className="st-disclosure" aria-expanded={open} aria-controls={open ? panel : undefined} onClick={() => setOpen(!open)}>
          <Chevron open={open} />
          {active > 0 ? m.filterActive(active) : m.filter}
        </Button>
        {shown < total ? (
          <span className="st-caption" role="status">
            {m.filterShown(shown, total)}
          </span>
        ) : null}
      </div>
      {open && options ? (
        <div className="st-filters" id={panel}>
          <SelectField
            label={m.filterSeverity}
            value={filter.severity ?? ALL}
            onValue={(value) => onFilter({ ...filter, severity: value === ALL ? undefined : (value as Severity) })}
          >
              <option value={ALL}>{m.filterAll}</option>
              {options.severities.map((o) => (
                <option key={o.value} value={o.value}>
                  {m.filterOption(m.severityGroup[o.value], o.count)}
                </option>
              ))}
          </SelectField>
          <SelectField label={m.filterRule} value={filter.rule ?? ALL} onValue={(value) => onFilter({ ...filter, rule: value === ALL ? undefined : value })}>
              <option value={ALL}>{m.filterAll}</option>
              {options.rules.map((o) => (
                <option key={o.value} value={o.value}>
                  {m.filterOption(o.title, o.count)}
                </option>
              ))}
          </SelectField>
          <SelectField
            label={m.filterTrekker}
            value={filter.trekker ?? ALL}
            onValue={(value) => onFilter({ ...filter, trekker: value === ALL ? undefined : value })}
          >
              <option value={ALL}>{m.filterAll}</option>
              {options.trekkers.map((o) => (
                <option key={o.value} value={o.value}>
                  {m.filterOption(o.value === NO_TREKKER ? m.filterNoTrekker : o.value, o.count)}
                </option>
              ))}
          </SelectField>
          <SelectField label={m.groupBy} value={grouping} onValue={(value) => onGrouping(value === 'section' ? 'section' : 'rule')}>
              <option value="rule">{m.groupByRule}</option>
              <option value="section">{m.groupBySection}</option>
          </SelectField>
          <div>
            <Button disabledFocusable={active === 0} onClick={() => onFilter({})}>
              {m.filterClear}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
};
