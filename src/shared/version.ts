// The app's version, shown in About and written into map files; kept in step with package.json by a unit test.
export const APP_VERSION = '0.1.0';
