// The business blocks' public entry point for the renderer and the other layers.
export * from './block-colors';
export * from './block-spec';
export * from './block-text';
export * from './block-values';
export * from './invalid-values';
export * from './parse-values';
export * from './registry';
export * from './validate-block';
export { ACTION_TYPES, CHANNELS, PAC_PHASES, pacShares, pacTimeline, type PacShares, type TimelineItem } from './kinds/pac';
export { opportunityScore, riskScore, riskLevel } from './kinds/opportunites-menaces';
export { goNoGoScore, type GoNoGoScore } from './kinds/go-no-go';
export { trackingRows, type TrackingRow } from './kinds/suivi';
export { kpiPeriods, kpiSeries, type KpiSeries } from './kinds/kpi';
export { prospectionTotals } from './kinds/prospection';
