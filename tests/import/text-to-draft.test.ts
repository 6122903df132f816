import { describe, expect, it } from 'vitest';
import { textToDraft } from '../../shared/import/text-to-draft';
import type { DraftBlock } from '../../shared/import/import-draft';

function texts(blocks: readonly DraftBlock[]): string[] {
  return blocks.map((block) =>
    block.type === 'paragraph' ? block.content.map((run) => run.text).join('') : `<${block.type}>`,
  );
}

describe('textToDraft', () => {
  it('splits paragraphs on blank lines and cleans the text', () => {
    const draft = textToDraft(
      '\ufeffFirst\u00a0\u00a0 para\tgraph.\r\n\r\nSecond\u0007 one.\r\rThird.',
    );
    expect(draft.title).toBe('');
    expect(texts(draft.blocks)).toEqual(['First para graph.', 'Second one.', 'Third.']);
  });

  it('joins hard-wrapped prose', () => {
    const text = [
      'The council voted on Tuesday night to close the harbour road for six',
      'weeks of repairs, a decision that shopkeepers along the front said would',
      'cost them the best part of the summer season.',
      '',
      'Work starts in May, and the contractors say the ferry ramp, a well-',
      'known landmark, stays open throughout the repairs, officials said.',
    ].join('\n');
    expect(texts(textToDraft(text).blocks)).toEqual([
      'The council voted on Tuesday night to close the harbour road for six weeks of repairs, a decision that shopkeepers along the front said would cost them the best part of the summer season.',
      'Work starts in May, and the contractors say the ferry ramp, a well-known landmark, stays open throughout the repairs, officials said.',
    ]);
  });

  it('keeps one paragraph per line when the text has no blank lines', () => {
    const text = [
      'Harbour road to close for repairs',
      'The council voted on Tuesday to close the harbour road for six weeks.',
      'Shopkeepers said the decision would cost them the summer.',
      'Work starts in May.',
    ].join('\n');
    expect(texts(textToDraft(text).blocks)).toHaveLength(4);
  });

  it('splits wrapped text without blank lines at short sentence-ending lines', () => {
    const text = [
      'The council voted on Tuesday night to close the harbour road for six',
      'weeks of repairs, a decision that shopkeepers along the front said would',
      'cost them the summer.',
      'Work on the sea wall will start in May and the contractors expect to be',
      'finished before the regatta in the last week of June, officials said.',
    ].join('\n');
    expect(texts(textToDraft(text).blocks)).toEqual([
      'The council voted on Tuesday night to close the harbour road for six weeks of repairs, a decision that shopkeepers along the front said would cost them the summer.',
      'Work on the sea wall will start in May and the contractors expect to be finished before the regatta in the last week of June, officials said.',
    ]);
  });

  it('keeps line breaks in short multi-line chunks (addresses, verse)', () => {
    const text =
      'Letters to the editor:\n\nHarbour Office\n1 Quay Street\nPortsmouth PO1 2AB\n\nEnd.';
    expect(texts(textToDraft(text).blocks)).toEqual([
      'Letters to the editor:',
      'Harbour Office\n1 Quay Street\nPortsmouth PO1 2AB',
      'End.',
    ]);
  });

  it('reads bullet and numbered lists and rules', () => {
    const draft = textToDraft('Intro.\n\n- one\n- two\n\n1. first\n2) second\n\n* * *\n\nEnd.');
    expect(draft.blocks[1]).toEqual({
      type: 'list',
      ordered: false,
      items: [{ content: [{ text: 'one' }] }, { content: [{ text: 'two' }] }],
    });
    expect(draft.blocks[2]).toMatchObject({ type: 'list', ordered: true });
    expect(draft.blocks[3]).toEqual({ type: 'rule' });
  });

  it('gives no blocks for empty or blank text', () => {
    expect(textToDraft('').blocks).toEqual([]);
    expect(textToDraft(' \n\u00a0\n\t\n').blocks).toEqual([]);
  });

  it('reads 2 MB of text in well under 100 ms', () => {
    const paragraph = 'The council voted on Tuesday to close the harbour road for six weeks. ';
    const text = (paragraph.repeat(5) + '\n\n').repeat(Math.ceil(2_000_000 / 360));
    const oneLine = 'word '.repeat(400_000);
    textToDraft(text);
    let start = performance.now();
    expect(textToDraft(text).blocks.length).toBeGreaterThan(5_000);
    const blankLines = performance.now() - start;
    start = performance.now();
    expect(textToDraft(oneLine).blocks).toHaveLength(1);
    const huge = performance.now() - start;
    console.log(
      `textToDraft 2 MB: ${blankLines.toFixed(1)} ms (paragraphs), ${huge.toFixed(1)} ms (one line)`,
    );
    expect(blankLines).toBeLessThan(100);
    expect(huge).toBeLessThan(100);
  });
});
