// How each counsellor's line is drawn in the trends: a colour *and* a dash pattern, so
// lines can be told apart without seeing colours (the legend shows both).
const COLOURS = [
  '#1f4e9c',
  '#b35806',
  '#2d7a3e',
  '#8e2c6a',
  '#3b7f8c',
  '#6b5a00',
  '#b0202a',
  '#4b3c99',
];
const DASHES = [undefined, '8 4', '2 3', '12 4 2 4'];

export interface SeriesStyle {
  stroke: string;
  strokeDasharray: string | undefined;
}

export function counsellorSeriesStyle(index: number): SeriesStyle {
  return {
    stroke: COLOURS[index % COLOURS.length]!,
    strokeDasharray: DASHES[index % DASHES.length],
  };
}
