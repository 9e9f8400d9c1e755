export * from './calendar';
export * from './parse-date';
