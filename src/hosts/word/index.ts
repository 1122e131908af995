export { officeWordEnvironment, type SettingsSaveResult, type WordEnvironment } from './environment';
export { createWordHost, STAMP_TAG, toHostError, type WordStatusHost } from './wordHost';
export { SETTINGS_KEY } from '../documentSettings';
