import { units } from '../api';
import { useAsync } from './ui';

/** The agency's units (up to 500, indented by depth); loaded after the page, never blocking it. */
export function UnitSelect(props: { id: string; value: string; onChange: (v: string) => void; allLabel: string; testid?: string }) {
  const list = useAsync((s) => units(s), []);
  const items = list.data?.items ?? [];
  return (
    <select
      id={props.id}
      data-testid={props.testid}
      value={props.value}
      onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
    >
      <option value="">{props.allLabel}</option>
      {props.value && !items.some((u) => u.code === props.value) ? <option value={props.value}>{props.value}</option> : null}
      {items.map((u) => (
        <option value={u.code} key={u.code}>
          {'\u00a0\u00a0'.repeat(u.depth)}
          {u.name}
        </option>
      ))}
    </select>
  );
}

