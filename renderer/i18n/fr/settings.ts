// French strings of the settings screen.
export const settings = {
  title: 'settings',
} as const;
