// One deterministic job ad of `count` words for the benchmarks: sentences of plain words from
// `vocabulary.plain`, a flagged phrase from `vocabulary.flagged` in about one sentence in five,
// paragraphs of about 80 words. The same seed gives the same ad.
export function syntheticAd({ plain, flagged }, count, seed = 42) {
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const words = [];
  while (words.length < count) {
    const sentence = [];
    const length = 8 + (next() % 12);
    for (let i = 0; i < length; i++) sentence.push(plain[next() % plain.length]);
    if (next() % 5 === 0) sentence.splice(next() % sentence.length, 0, flagged[next() % flagged.length]);
    sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1);
    words.push(...sentence.join(' ').split(' '), '.');
  }
  return words.slice(0, count).join(' ').replace(/ \./gu, '.').replace(/((?:\S+\s+){80})/gu, '$1\n\n');
}
