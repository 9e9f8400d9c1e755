export * from './schema';
export * from './default-profile';
export * from './load-profile';
export * from './sheet-profile';
export * from './profile-queries';
export { committeeOfLevel, levelOfCommittee, splitDistrict, withDistrictLevel } from './district-level';
