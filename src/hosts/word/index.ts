export { officeWordEnvironment, type SettingsSaveResult, type WordEnvironment } from './environment';
export { createWordHost, SETTINGS_KEY, STAMP_TAG, toHostError } from './wordHost';
