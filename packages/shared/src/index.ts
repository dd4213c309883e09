/**
 * Domain constants shared by the API and the web app, so both speak the same words
 * (roles, sectors, workforce groups) and enforce the same limits.
 */
export * from './identity';
export * from './limits';
export * from './scenario';
export * from './learning';
export * from './discussion';
export * from './notifications';
export * from './glossary';
export * from './courses';
export * from './course-attendance';
export * from './framework';
export * from './facts';
export * from './webvtt';
