import { describe, expect, it } from 'vitest';
import { EN as WEN, ID as WID } from './messages';
import { EN as PEN, ID as PID } from '../policies/messages';

// the sources of the three sections, as text
const sources = import.meta.glob(['./**/*.tsx', './**/*.ts', '../policies/**/*.ts', '../policies/**/*.tsx', '../Waves.tsx', '../AssessorWork.tsx', '../Policies.tsx', '!./**/*.test.ts', '!../policies/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('section strings', () => {
  const ID = { ...WID, ...PID };
  const EN = { ...WEN, ...PEN };
  it('id and en have the same keys', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ID).sort());
  });
  it('every key used in the code exists', () => {
    const src = Object.values(sources).join('\n');
    expect(src).toContain("t('waves.title')");
    const used = new Set([...src.matchAll(/['"]((?:waves|as|pol)\.[A-Za-z0-9_.]+)['"]/g)].map((m) => m[1]));
    const missing = [...used].filter((k) => !(k in ID) && !Object.keys(ID).some((x) => x.startsWith(k + '.')));
    expect(missing).toEqual([]);
  });
});
