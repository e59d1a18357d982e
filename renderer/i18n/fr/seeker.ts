// French strings of the seeker screen.
export const seeker = {
  title: 'seeker',
} as const;
