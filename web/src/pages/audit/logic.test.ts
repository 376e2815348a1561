import { describe, expect, it } from 'vitest';
import { auditQuery, fmtAt, nextDay, readAudit, writeAudit } from './logic';

describe('audit logic', () => {
  it('round-trips its state through the address', () => {
    const st = readAudit(new URLSearchParams('action=account.create&object=account:&from=2026-01-01&to=2026-01-31&page=3&size=100'));
    expect(st).toEqual({ action: 'account.create', object: 'account:', actor: '', from: '2026-01-01', to: '2026-01-31', page: 3, size: 100 });
    expect(writeAudit(st)).toBe('/audit?action=account.create&object=account%3A&from=2026-01-01&to=2026-01-31&page=3&size=100');
    expect(writeAudit(readAudit(new URLSearchParams()))).toBe('/audit');
  });
  it('drops malformed dates', () => {
    expect(readAudit(new URLSearchParams('from=yesterday')).from).toBe('');
  });
  it('sends the day after "to" (the API bound is exclusive)', () => {
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    const q = auditQuery(readAudit(new URLSearchParams('to=2026-03-01&actor=%20op%20&page=2')));
    expect(q).toEqual({ action: undefined, object: undefined, actor: 'op', from: undefined, to: '2026-03-02', limit: 50, offset: 50 });
  });
  it('formats times', () => {
    expect(fmtAt('2026-11-23T17:47:58Z')).toBe('2026-11-23 17:47:58 UTC');
    expect(fmtAt('x')).toBe('x');
  });
});
