/** @jest-environment node */
import { firstPaintScripts } from '../../../scripts/bench/bundle.bench';
import { ttiFrom } from '../../../scripts/bench/tti.bench';

describe('firstPaintScripts()', () => {
  it('reads unquoted and quoted script sources of a minified page, skipping CDN scripts', () => {
    const html = '<head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=/taskpane.4c01aaa5.js></script>'
      + '<script defer="defer" src="/vendors.1234abcd.js?v=1"></script><script>window.x=1</script></head>';
    expect(firstPaintScripts(html)).toEqual({ files: ['taskpane.4c01aaa5.js', 'vendors.1234abcd.js'], inline: ['window.x=1'] });
  });
});

describe('ttiFrom()', () => {
  const base = { markerAt: null, controlAt: null, listedAt: null, lastMutationAt: 0, longTaskEnd: 0, now: 0 };

  it('is not interactive before the marker holds a control', () => {
    expect(ttiFrom({ ...base, markerAt: 100, lastMutationAt: 100, now: 300 })).toBeNull();
  });

  it('is the moment the control appeared once the main thread stayed quiet for the window', () => {
    expect(ttiFrom({ ...base, markerAt: 100, controlAt: 120, longTaskEnd: 90, now: 700 })).toBe(120);
  });

  it('moves to the end of a long task that ran after the control appeared', () => {
    expect(ttiFrom({ ...base, controlAt: 120, markerAt: 120, longTaskEnd: 400, now: 700 })).toBeNull();
    expect(ttiFrom({ ...base, controlAt: 120, markerAt: 120, longTaskEnd: 400, now: 950 })).toBe(400);
  });

  it('takes the marker time for a page without controls once its DOM has been still', () => {
    expect(ttiFrom({ ...base, markerAt: 150, lastMutationAt: 160, now: 1200 })).toBe(150);
  });
});
