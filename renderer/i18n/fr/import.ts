// French strings of the import screen.
export const importScreen = {
  title: 'Import',
} as const;
