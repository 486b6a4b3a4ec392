// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cssPath, resolveCss, resolveXPath, xpath, xpathTag } from './element-path';

describe('element paths', () => {
  it('writes CSS and XPath paths that lead back to the element', () => {
    document.body.innerHTML = '<main><section><h2>A</h2></section><section id="s2"><h2>B</h2><ul><li>1</li><li>2</li></ul></section></main>';
    const item = document.querySelectorAll('li')[1]!;
    expect(cssPath(item, document)).toBe('#s2 > ul > li:nth-of-type(2)');
    expect(resolveCss(cssPath(item, document), document)).toBe(item);
    expect(xpath(item, document)).toBe('/html[1]/body[1]/main[1]/section[2]/ul[1]/li[2]');
    expect(resolveXPath(xpath(item, document), document)).toBe(item);
    expect(xpathTag('/html[1]/body[1]/main[1]/section[2]/h2[1]')).toBe('h2');
  });

  it('resolves XPaths relative to an element root, as Hypothesis writes them', () => {
    document.body.innerHTML = '<div id="root"><div>a</div><div><ul><li>x</li></ul></div></div>';
    const root = document.getElementById('root')!;
    expect(resolveXPath('/div[2]/ul[1]/li[1]', root)?.textContent).toBe('x');
  });

  it('answers null for paths that lead nowhere or cannot be parsed', () => {
    document.body.innerHTML = '<p>x</p>';
    expect(resolveXPath('/html[1]/body[1]/p[2]', document)).toBeNull();
    expect(resolveXPath('//p[contains(., "x")]', document)).toBeNull();
    expect(resolveCss('p[', document)).toBeNull();
  });
});
