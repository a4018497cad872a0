// The Phaser-drawn visuals as Preact components (docs/CLIENT.md, "Canvas components" describes their props).
// Importing this module does not load Phaser: each component loads it when it is first shown.

export { MarketChart, MarketTable, type MarketChartProps, type MarketData, type MarketLabels, type MarketMarker } from './MarketChart';
export { LineChart, LineTable, legendItems, sharedYRange, type LineChartProps, type LineData, type LineRef, type LineSeries } from './LineChart';
export { MoodGauge, moodDescription, moodZone, MOOD_ZONES, type MoodGaugeProps, type MoodData } from './MoodGauge';
export { Waterfall, WaterfallTable, type WaterfallProps, type WaterfallData, type WaterfallItem } from './Waterfall';
export { QuarterTransition, type QuarterTransitionProps } from './QuarterTransition';
export { Legend, type LegendItem } from './Legend';
export type { AxisSpec } from './axes';
export { loadPhaser } from './PhaserHost';
