// Bounds of a quarter in a match record, and the bounds a match server keeps so that no match it
// records can exceed them, however its players behave (a record over a bound would be refused as
// corrupt and its match not restored after a restart). test/replay/limits.test.ts checks that
// every seat at its limit still fits: 5 companies × 40 ≤ 500.

/** Deal actions (proposals and answers) one quarter of a record may hold. */
export const MAX_RECORD_DEAL_ACTIONS = 500;
/** Host events one quarter of a record may hold. */
export const MAX_RECORD_HOST_EVENTS = 50;

/** Deal proposals and answers one company may make while one quarter is planned. */
export const MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER = 40;
/** Events a host may inject for one quarter. */
export const MAX_HOST_EVENTS_PER_QUARTER = 20;

