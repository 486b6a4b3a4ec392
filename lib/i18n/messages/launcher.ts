import type { LanguageCode } from '../../model/languages';

/** The keys of the launcher's words. */
export const LAUNCHER_KEYS = ['launcher.open', 'launcher.count', 'launcher.collapse', 'launcher.expand', 'launcher.move'] as const;
export type LauncherKey = (typeof LAUNCHER_KEYS)[number];

/**
 * The launcher's words in every language: all a page view shows before (and often without) the rest of the
 * overlay, so a page view needs no catalogue. Each language's catalogue (./de.ts and the others) takes its
 * words from here.
 */
export const LAUNCHER_WORDS = {
  de: {
    'launcher.open': 'Verbesserung vorschlagen',
    'launcher.count': '{count} gespeichert',
    'launcher.collapse': 'Knopf verkleinern',
    'launcher.expand': 'Knopf vergrößern',
    'launcher.move': 'Knopf an eine andere Ecke schieben',
  },
  en: {
    'launcher.open': 'Suggest an improvement',
    'launcher.count': '{count} saved',
    'launcher.collapse': 'Make the button smaller',
    'launcher.expand': 'Make the button bigger',
    'launcher.move': 'Move the button to another corner',
  },
  uk: {
    'launcher.open': 'Запропонувати покращення',
    'launcher.count': 'Збережено: {count}',
    'launcher.collapse': 'Зменшити кнопку',
    'launcher.expand': 'Збільшити кнопку',
    'launcher.move': 'Перемістити кнопку в інший кут',
  },
  ar: {
    'launcher.open': 'اقتراح تحسين',
    'launcher.count': 'محفوظ: {count}',
    'launcher.collapse': 'تصغير الزر',
    'launcher.expand': 'تكبير الزر',
    'launcher.move': 'نقل الزر إلى زاوية أخرى',
  },
  tr: {
    'launcher.open': 'İyileştirme öner',
    'launcher.count': '{count} kayıtlı',
    'launcher.collapse': 'Düğmeyi küçült',
    'launcher.expand': 'Düğmeyi büyüt',
    'launcher.move': 'Düğmeyi başka bir köşeye taşı',
  },
  ru: {
    'launcher.open': 'Предложить улучшение',
    'launcher.count': 'Сохранено: {count}',
    'launcher.collapse': 'Уменьшить кнопку',
    'launcher.expand': 'Увеличить кнопку',
    'launcher.move': 'Переместить кнопку в другой угол',
  },
  fa: {
    'launcher.open': 'پیشنهاد بهبود',
    'launcher.count': 'ذخیره‌شده: {count}',
    'launcher.collapse': 'کوچک کردن دکمه',
    'launcher.expand': 'بزرگ کردن دکمه',
    'launcher.move': 'بردن دکمه به گوشهٔ دیگر',
  },
} as const satisfies Record<LanguageCode, Record<LauncherKey, string>>;
