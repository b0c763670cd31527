// The settings table: one value per key, read by the settings area and the actor of every change.

export interface SettingsTable {
  key: string;
  value: string;
}

export interface SettingsTables {
  settings: SettingsTable;
}
