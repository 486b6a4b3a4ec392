import { computed, signal } from '@preact/signals';
import { chooseLanguage, textDirection, translator } from '../lib/i18n';
import type { AuthorRole, Language, LauncherCorner, Settings } from '../lib/model';
import type { DeviceService } from '../lib/device';

/** What a person chose once and should not have to choose again: language, role, launcher place. */
export function createPreferences(device: DeviceService, doc: Document) {
  const chosenLanguage = signal<Language | undefined>(undefined);
  // Until the person chooses, the overlay speaks their browser's language when it is one of ours (a
  // Ukrainian reader on a German page), else the page's language, else German.
  const browserLanguages = doc.defaultView?.navigator.languages ?? [];
  const language = computed(() => chooseLanguage(chosenLanguage.value, browserLanguages, doc.documentElement.lang));
  const role = signal<AuthorRole>('claimant');
  const launcher = signal<{ corner: LauncherCorner; collapsed: boolean }>({ corner: 'bottom-end', collapsed: false });

  const remember = (changes: Partial<Settings>) => device.writeSettings(changes);
  // A choice made while the stored ones are still loading (a slow extension background) is newer:
  // loading must not undo it.
  const chosenWhileLoading = new Set<keyof Settings>();

  return {
    language,
    t: computed(() => translator(language.value)),
    direction: computed(() => textDirection(language.value)),
    role,
    launcher,

    async load() {
      const settings = await device.readSettings();
      if (!chosenWhileLoading.has('language')) chosenLanguage.value = settings.language;
      if (settings.role && !chosenWhileLoading.has('role')) role.value = settings.role;
      if (settings.launcher && !chosenWhileLoading.has('launcher')) launcher.value = settings.launcher;
    },
    async setLanguage(next: Language) {
      chosenWhileLoading.add('language');
      chosenLanguage.value = next;
      await remember({ language: next });
    },
    async setRole(next: AuthorRole) {
      chosenWhileLoading.add('role');
      role.value = next;
      await remember({ role: next });
    },
    async setLauncher(change: Partial<{ corner: LauncherCorner; collapsed: boolean }>) {
      chosenWhileLoading.add('launcher');
      launcher.value = { ...launcher.value, ...change };
      await remember({ launcher: launcher.value });
    },
  };
}

export type Preferences = ReturnType<typeof createPreferences>;
