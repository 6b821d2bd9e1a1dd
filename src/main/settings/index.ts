// Settings' public face: read, write, and remember an opened map.
export { readSettings, writeSettings, rememberOpenedMap, settingsPath, SETTINGS_FILE_NAME } from './settings-file';
export { MAX_RECENT_MAPS, emptySettings, type Settings } from './settings-types';
