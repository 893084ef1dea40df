/**
 * Pasting from Word or a web page into the web editor (packages/web/src/paste.ts): the structure
 * (headings, paragraphs, lists) becomes Markdown the engine reads, formatting is dropped.
 */
import { lint } from '@vacancy-lint/core';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../packages/web/src/paste.js';

describe('web editor: paste HTML', () => {
  it('keeps headings, paragraphs and lists from a web page, drops formatting and hidden parts', () => {
    const html = `<html><head><title>Vacature</title><style>b{color:red}</style><script>alert(1)</script></head><body>
      <h1 style="font-size:40px">Verpleegkundige <em>gezocht</em></h1>
      <div><p>Wij zoeken een <b>collega</b>.<br>Start direct.</p></div>
      <ul><li>Nederlands op niveau <strong>B2</strong></li><li>Rijbewijs
        B</li></ul>
      <ol><li>Eerst</li><li>Dan<ul><li>Genest</li></ul></li></ol>
      <table><tr><td>Salaris</td><td>€ 3.200</td></tr></table>
      <!-- a comment --></body></html>`;
    expect(htmlToMarkdown(html)).toBe(
      [
        '# Verpleegkundige gezocht',
        '',
        'Wij zoeken een collega.',
        'Start direct.',
        '',
        '- Nederlands op niveau B2',
        '- Rijbewijs B',
        '',
        '1. Eerst',
        '2. Dan',
        '   - Genest',
        '',
        'Salaris € 3.200',
      ].join('\n'),
    );
  });

  it("turns Word's list paragraphs into list items, without Word's bullet characters", () => {
    const word = [
      '<p class=MsoNormal>Wat vragen wij?<o:p></o:p></p>',
      '<p class=MsoListParagraphCxSpFirst style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Nederlands als moedertaal<o:p></o:p></p>',
      '<p class=MsoListParagraphCxSpMiddle style="mso-list:l0 level2 lfo1"><![if !supportLists]><span style="mso-list:Ignore">o<span>&nbsp;</span></span><![endif]>Vloeiend<o:p></o:p></p>',
      '<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">·</span><![endif]>Fysiek fit</p>',
      '<p class=MsoListParagraphCxSpFirst style="mso-list:l1 level1 lfo2"><![if !supportLists]><span style="mso-list:Ignore">1.<span>&nbsp;</span></span><![endif]>Stap een</p>',
      '<p class=MsoListParagraphCxSpLast style="mso-list:l1 level1 lfo2"><![if !supportLists]><span style="mso-list:Ignore">2.<span>&nbsp;</span></span><![endif]>Stap twee</p>',
    ].join('\n');
    expect(htmlToMarkdown(word)).toBe('Wat vragen wij?\n\n- Nederlands als moedertaal\n   - Vloeiend\n- Fysiek fit\n\n1. Stap een\n2. Stap twee');
  });

  it('gives the engine a list it counts as requirements, and findings on the pasted words', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li>Eis nummer ${i + 1} voor deze functie</li>`).join('');
    const text = htmlToMarkdown(`<p>Wat vragen wij van jou?</p><ul>${items}</ul><p>Wij zoeken een jonge collega.</p>`);
    const result = await lint(text, { format: 'markdown', language: 'nl' });
    expect(result.summary.requirementLists).toEqual([10]);
    expect(result.findings.some((f) => f.actual.includes('jonge collega'))).toBe(true);
  });

  it('returns nothing for HTML without text (an image), so the plain text is pasted instead', () => {
    expect(htmlToMarkdown('<img src="x.png" alt="logo">')).toBe('');
    expect(htmlToMarkdown('')).toBe('');
  });
});
