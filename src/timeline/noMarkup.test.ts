import { expect, test } from 'vitest';
import xss, { escapeMarkup } from './noMarkup';

test('every character that could start markup or break out of an attribute is escaped', () => {
  expect(escapeMarkup(`<img src=x onerror="alert('1')"> & "quotes"`)).toBe(
    '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &quot;quotes&quot;',
  );
});

test('text without markup characters is unchanged, so axis labels read as before', () => {
  expect(new xss.FilterXSS().process('Mon 25 March 2024')).toBe('Mon 25 March 2024');
});

test('escaped text put into innerHTML reads back as the original text, with no element made', () => {
  const hostile = `<svg onload=alert(1)><script>alert(2)</script>`;
  // The escaping contract without a DOM: decoding the entities gives the input back.
  const decoded = escapeMarkup(hostile).replace(
    /&(lt|gt|amp|quot|#39);/g,
    (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[name]!,
  );
  expect(decoded).toBe(hostile);
  expect(escapeMarkup(hostile)).not.toMatch(/[<>]/);
});
