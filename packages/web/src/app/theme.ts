import type { ThemeConfig } from 'antd';
import { borderWidth, panelPadding } from '../lib/frameLayout';

export const brandRed = '#b3261e';

const primary = '#1f5fa8';

/**
 * Text colours that read at 4.5:1 or more (WCAG 2.1 AA) on white and on the light greys of table headers
 * and filled tags. Ant Design's defaults are lighter: grey secondary text 3.4:1, placeholders 1.8:1, and the
 * text of coloured tags 2.2–3.7:1 against their pale backgrounds.
 */
const text = {
  secondary: '#595959',
  description: '#636363',
  placeholder: '#6e6e6e',
  success: '#237804',
  warning: '#945000',
  error: '#c01120',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: primary,
    colorLink: primary,
    // A link under the pointer (the first item of a list right under the button just clicked) keeps 4.5:1;
    // the derived hover blue is lighter (3.9:1).
    colorLinkHover: '#174a85',
    colorLinkActive: '#123a69',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
    colorTextSecondary: text.secondary,
    colorTextTertiary: text.description,
    colorTextDescription: text.description,
    colorTextPlaceholder: text.placeholder,
    colorSuccessText: text.success,
    colorWarningText: text.warning,
    colorErrorText: text.error,
    // The frame's measures (lib/frameLayout.ts, from which a chart's width is known before its screen renders).
    lineWidth: borderWidth,
  },
  components: {
    // Danger buttons and form errors write text in the error colour, too light by default (3.3:1).
    Button: { colorError: text.error, colorErrorHover: '#a8071a', colorErrorActive: '#820014' },
    Form: { colorError: text.error },
    Card: { bodyPadding: panelPadding.normal, bodyPaddingSM: panelPadding.small },
    Collapse: { contentPaddingSM: panelPadding.small },
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px' },
    Tag: {
      // A status tag (success, processing, warning, error) writes its text in the status colour itself; set here
      // and not globally, where these seed the pale backgrounds of alerts too.
      colorSuccess: text.success,
      colorInfo: primary,
      colorWarning: text.warning,
      colorError: text.error,
      // A coloured tag's text takes shade 7 of its colour's palette: darker shades where that one is too light.
      green7: text.success,
      orange7: '#ad4e00',
      gold7: '#8a5300',
      cyan7: '#006d75',
      lime7: '#3f6600',
      yellow7: '#7a5e00',
      volcano7: '#ad2102',
      red7: text.error,
    },
  },
};
