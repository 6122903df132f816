/**
 * Copy as a news site and Google Docs put it on the clipboard, about `bytes`
 * long: styled spans (bold and italic by style, as Docs writes them), links,
 * subheads, a figure with caption and credit now and then, share-button chrome.
 */
export function pasteHtml(bytes: number): string {
  const span = (text: string, weight = 400, style = 'normal') =>
    `<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:${weight};font-style:${style};white-space:pre-wrap;">${text}</span>`;
  const parts: string[] = [
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-bench">',
  ];
  let length = parts[0]!.length;
  for (let n = 0; length < bytes; n += 1) {
    const piece =
      n % 12 === 11
        ? `<h2 dir="ltr">${span(`Section ${n}: what the officials said`)}</h2>`
        : n % 25 === 24
          ? `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Photo ${n}"><figcaption>Rescuers at the scene ${n} (AFP Photo / Jane Doe)</figcaption></figure>`
          : `<p dir="ltr" style="line-height:1.38;margin-top:0pt;">${span('Officials said on Tuesday that the ')}${span('talks', 700)}${span(' would resume next week, according to ')}${span('two people', 400, 'italic')}${span(' familiar with the matter, who asked not to be named. ')}<a href="https://example.com/news/${n}">${span('Read the statement')}</a>${span(`. Paragraph ${n}.`)}</p><div class="share"><button>Share</button></div>`;
    parts.push(piece);
    length += piece.length;
  }
  parts.push('</b>');
  return parts.join('');
}
