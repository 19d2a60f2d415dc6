import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

export interface TabItem<T extends string> {
  value: T;
  label: ReactNode;
}

/** Where an arrow, Home or End key moves among `count` tabs from `index`; null for any other key. */
function keyTarget(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * A tab list (WAI-ARIA tabs, selection follows focus), each tab with its panel. Only the selected tab
 * is in the Tab order; the arrow keys, Home and End move between tabs. A panel is drawn when its tab
 * is first chosen and then only hidden, so that a half-filled form survives a look at another tab.
 */
export function Tabs<T extends string>({
  label,
  idPrefix,
  items,
  selected,
  onSelect,
  panel,
}: {
  label: string;
  /** Ids of the tabs and panels, and test ids of the tabs (`${idPrefix}-tab-${value}`). */
  idPrefix: string;
  items: TabItem<T>[];
  selected: T;
  onSelect: (value: T) => void;
  panel: (value: T) => ReactNode;
}) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const [drawn, setDrawn] = useState<ReadonlySet<T>>(() => new Set([selected]));
  if (!drawn.has(selected)) setDrawn(new Set([...drawn, selected]));
  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const target = items[keyTarget(event.key, index, items.length) ?? -1];
    if (!target) return;
    event.preventDefault();
    onSelect(target.value);
    buttons.current.get(target.value)?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {items.map((item, index) => {
          const current = item.value === selected;
          return (
            <button
              key={item.value}
              ref={(button) => {
                if (button) buttons.current.set(item.value, button);
                else buttons.current.delete(item.value);
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${item.value}`}
              aria-selected={current}
              aria-controls={drawn.has(item.value) ? `${idPrefix}-panel-${item.value}` : undefined}
              tabIndex={current ? 0 : -1}
              className="tab"
              onClick={() => onSelect(item.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
              data-testid={`${idPrefix}-tab-${item.value}`}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items
        .filter((item) => drawn.has(item.value))
        .map((item) => (
          <div
            key={item.value}
            role="tabpanel"
            id={`${idPrefix}-panel-${item.value}`}
            aria-labelledby={`${idPrefix}-tab-${item.value}`}
            hidden={item.value !== selected}
            className="tab-panel"
          >
            {panel(item.value)}
          </div>
        ))}
    </div>
  );
}
