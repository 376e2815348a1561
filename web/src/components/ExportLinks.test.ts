import { describe, expect, it } from 'vitest';
import { exportHref } from './ExportLinks';

describe('exportHref', () => {
  it('keeps the filters, drops the page, names the format', () => {
    expect(exportHref('/employees', { q: 'dewi', unit: 'OPD01', limit: 50, offset: 100, sort: '-name' }, 'xlsx')).toBe(
      '/api/v1/employees?q=dewi&unit=OPD01&sort=-name&format=xlsx',
    );
    expect(exportHref('/audit', {}, 'csv')).toBe('/api/v1/audit?format=csv');
  });
});
