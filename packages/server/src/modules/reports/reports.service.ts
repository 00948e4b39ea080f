// The reports module's use cases, one file each: rounds, the report view and its figures, the
// workflow (save, submit, approve, return, reopen). Routes, the demo and the benchmarks import from here.
export * from './report-rounds.service.js';
export * from './report-view.service.js';
export * from './report-workflow.service.js';
