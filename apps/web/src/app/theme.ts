import type { ThemeConfig } from 'antd';

/** DevGear's look: an indigo primary, soft corners, a calm neutral background. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#3b5bdb',
    colorInfo: '#3b5bdb',
    colorSuccess: '#2f9e44',
    colorWarning: '#e8590c',
    colorError: '#e03131',
    borderRadius: 8,
    fontFamily:
      "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { bodyBg: '#f6f7fb', headerBg: '#ffffff', footerBg: '#ffffff' },
    Card: { borderRadiusLG: 12 },
  },
};
