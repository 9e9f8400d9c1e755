export * from './calendar';
export * from './parse-date';
export * from './list-dates';
