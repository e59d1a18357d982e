// The activity sparkline's geometry: a polyline through the monthly counts, scaled to
// the row's own maximum (the shape matters here, not comparing people; the figures are
// in the accessible label). Plain arithmetic, so thousands of rows stay cheap.

export interface SparklineBox {
  width: number;
  height: number;
  /** Room kept at the top and bottom so the stroke is not clipped. */
  padding: number;
}

export interface SparklinePoint {
  x: number;
  y: number;
}

export function sparklinePoints(values: readonly number[], box: SparklineBox): SparklinePoint[] {
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const drawable = box.height - 2 * box.padding;
  const step = values.length > 1 ? box.width / (values.length - 1) : 0;
  return values.map((value, index) => ({
    x: round(index * step),
    // A flat zero line sits on the baseline rather than dividing by zero.
    y: round(box.height - box.padding - (max > 0 ? (value / max) * drawable : 0)),
  }));
}

/**
 * The line split where the months stop being whole: `complete` is drawn solid and ends on
 * the emphasised point, `inProgress` (the month in progress, if it is the last) hangs
 * off it, dashed and hollow, so that a month a week old never reads as a collapse.
 */
export interface SparklineShape {
  complete: SparklinePoint[];
  inProgress: SparklinePoint | null;
}

export function sparklineShape(
  values: readonly number[],
  periods: readonly string[],
  periodInProgress: string | null,
  box: SparklineBox,
): SparklineShape {
  const points = sparklinePoints(values, box);
  const lastIsInProgress =
    points.length > 1 &&
    periodInProgress !== null &&
    periods[points.length - 1] === periodInProgress;
  if (!lastIsInProgress) return { complete: points, inProgress: null };
  return { complete: points.slice(0, -1), inProgress: points[points.length - 1]! };
}

/** The `points` attribute of an SVG polyline. */
export function polylineAttribute(points: readonly SparklinePoint[]): string {
  return points.map(({ x, y }) => `${x},${y}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
