// Apart from the chart builders, with no imports: the sign-in page's first download names them (the web's
// app/router.tsx prefetches a round dashboard's data), and must not bring the builders' chunks with them.

/** The indicators the dashboard charts and the drill-down show. */
export const keyIndicatorCodes = ['VB_TONG', 'DT_CUOC', 'MH_DANG_KY', 'HV_MOI'];
