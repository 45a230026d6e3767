import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  // Mantine's ring on keyboard focus (not on a mouse click); app.css gives the app's own elements one too.
  focusRing: 'auto',
  fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // Tags and stages are names, not shouting: keep their case.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }),
  },
});
