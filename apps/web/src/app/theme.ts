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
    // Secondary and hint text at 4.5:1 or better on white and on the page background (WCAG AA;
    // antd's default greys are 45% and 25% black, below it).
    colorTextSecondary: '#4a5468',
    colorTextTertiary: '#5c6478',
    colorTextDescription: '#4a5468',
    colorTextPlaceholder: '#6b7385',
    colorLink: '#2f49b8',
    fontFamily:
      "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { bodyBg: '#f6f7fb', headerBg: '#ffffff', footerBg: '#ffffff' },
    Card: { borderRadiusLG: 12 },
    Breadcrumb: { linkColor: '#4a5468', separatorColor: '#4a5468', lastItemColor: '#1f2a44' },
  },
};
