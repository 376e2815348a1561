import { beforeEach, describe, expect, it } from 'vitest';
import { DICTS, getLang, label, onLangChange, setLang, setStorage, STORAGE_KEY, t } from './i18n';

function memory(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('i18n', () => {
  beforeEach(() => setStorage(memory()));

  it('defaults to Bahasa Indonesia', () => {
    expect(getLang()).toBe('id');
    expect(t('login.title')).toBe('Masuk');
  });

  it('switches to English and persists the choice', () => {
    const s = memory();
    setStorage(s);
    let seen = '';
    const off = onLangChange((l) => (seen = l));
    setLang('en');
    off();
    expect(seen).toBe('en');
    expect(t('login.title')).toBe('Sign in');
    expect(s.m.get(STORAGE_KEY)).toBe('en');
    setStorage(s); // a reload reads it back
    expect(getLang()).toBe('en');
    setLang('id');
  });

  it('ignores a stored value that is no language', () => {
    setStorage(memory({ [STORAGE_KEY]: 'fr' }));
    expect(getLang()).toBe('id');
  });

  it('falls back to Indonesian, then to the key', () => {
    expect(DICTS.en['app.name']).toBeUndefined();
    expect(t('app.name', undefined, 'en')).toBe('merit');
    expect(t('no.such.key', undefined, 'en')).toBe('no.such.key');
  });

  it('fills {placeholders} and leaves unknown ones', () => {
    expect(t('emp.total', { n: 12 })).toBe('12 pegawai');
    expect(t('emp.range', { from: 1, to: 50 })).toBe('1–50 dari {total}');
  });

  it('labels codes, falling back to the code', () => {
    expect(label('jenjang', 'ahli_muda')).toBe('Ahli Muda');
    expect(label('jenjang', 'unknown_level')).toBe('unknown_level');
    expect(label('jenjang', null)).toBe('—');
  });

  it('has an English text for every Indonesian key but a few names', () => {
    const same = ['app.name', 'app.none', 'lang.id', 'lang.en', 'emp.nip', 'prof.jpm', 'prof.eselon'];
    const missing = Object.keys(DICTS.id).filter((k) => !(k in DICTS.en) && !same.includes(k) && !k.startsWith('jenjang.jpt') && !['jenjang.administrator', 'jenjang.pengawas', 'cat.optimal', 'sex.L'].includes(k));
    expect(missing).toEqual([]);
  });
});
