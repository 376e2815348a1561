import { describe, expect, it } from 'vitest';
import {
  addPin, canCalibrate, canReview, canSet, compareRuns, countReasons, parseCodes, parsePin, pinsParam,
  readinessCounts, readinessRank, reasonOk, removePin, splitReason,
} from './logic';
import type { PlaceResult } from './api';

describe('talent roles', () => {
  it('calibration is staff work until the period is set', () => {
    expect(canCalibrate('operator', 'proposed')).toBe(true);
    expect(canCalibrate('admin', 'reviewed')).toBe(true);
    expect(canCalibrate('operator', 'set')).toBe(false);
    expect(canCalibrate('head', 'proposed')).toBe(false);
  });
  it('review is the admin\'s on a proposed period; set is an approval on a reviewed one', () => {
    expect(canReview('admin', 'proposed')).toBe(true);
    expect(canReview('operator', 'proposed')).toBe(false);
    expect(canReview('admin', 'reviewed')).toBe(false);
    expect(canSet('head', 'reviewed')).toBe(true);
    expect(canSet('admin', 'reviewed')).toBe(true);
    expect(canSet('operator', 'reviewed')).toBe(false);
    expect(canSet('head', 'proposed')).toBe(false);
  });
  it('reasons need 10 characters', () => {
    expect(reasonOk('  short  ')).toBe(false);
    expect(reasonOk('rapat kalibrasi')).toBe(true);
    expect(reasonOk('abcde', 5)).toBe(true);
  });
});

describe('reasons', () => {
  it('splits a reason with an argument', () => {
    expect(splitReason('missing:jpm')).toEqual({ key: 'missing', arg: 'jpm' });
    expect(splitReason('no_result')).toEqual({ key: 'no_result', arg: null });
  });
  it('counts reasons, most first', () => {
    expect(countReasons([{ reasons: ['no_result'] }, { reasons: ['no_skp', 'no_result'] }, { reasons: [] }])).toEqual([
      { reason: 'no_result', n: 2 },
      { reason: 'no_skp', n: 1 },
    ]);
  });
});

describe('pins', () => {
  it('parses NIP=POSITION', () => {
    expect(parsePin(' 1987=OPD05.K ')).toEqual({ nip: '1987', position: 'OPD05.K' });
    expect(parsePin('1987')).toBeNull();
    expect(parsePin('=X')).toBeNull();
    expect(parsePin('a=b=c')).toBeNull();
  });
  it('adds without duplicates; an exclusive lock replaces older locks of the NIP or the position', () => {
    let l = addPin([], { nip: 'a', position: 'P' });
    l = addPin(l, { nip: 'a', position: 'P' });
    expect(l).toHaveLength(1);
    l = addPin(l, { nip: 'a', position: 'Q' }, true);
    expect(l).toEqual([{ nip: 'a', position: 'Q' }]);
    l = addPin(l, { nip: 'b', position: 'R' }, true);
    expect(pinsParam(l)).toBe('a=Q,b=R');
    expect(pinsParam(removePin(l, { nip: 'a', position: 'Q' }))).toBe('b=R');
    expect(pinsParam([])).toBeUndefined();
  });
  it('parses position codes', () => {
    expect(parseCodes(' OPD01.K, OPD05.K\nOPD01.K;X ')).toEqual(['OPD01.K', 'OPD05.K', 'X']);
    expect(parseCodes('  ')).toEqual([]);
  });
});

describe('runs', () => {
  const r = (total: number, cur: number): PlaceResult => ({
    vacancies: 2, candidates: 10, filled: 2, total_jpm: total, mean_jpm: total / 2,
    current: { holders_with_results: 2, total_jpm: cur }, positions: [],
  });
  it('compares with the holders and the previous run', () => {
    expect(compareRuns(r(200, 191.67))).toEqual({ optimum: 200, current: 191.67, gain: 8.33, previous: null, change: null });
    expect(compareRuns(r(195.5, 191.67), r(200, 191.67)).change).toBe(-4.5);
  });
});

describe('readiness', () => {
  it('orders and counts', () => {
    expect(readinessRank('now')).toBeLessThan(readinessRank('1-2y'));
    expect(readinessRank('odd')).toBe(3);
    expect(readinessCounts([{ readiness: 'now' }, { readiness: 'now' }, { readiness: '3+y' }])).toEqual({ now: 2, '3+y': 1 });
  });
});
