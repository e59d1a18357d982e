// The nested settings object as rows "group.name → value" for a read-only table.
export interface SettingRow {
  path: string;
  value: string;
}

export function flattenSettings(value: unknown, prefix = ''): SettingRow[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      flattenSettings(inner, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [{ path: prefix, value: Array.isArray(value) ? value.join(', ') : String(value) }];
}
