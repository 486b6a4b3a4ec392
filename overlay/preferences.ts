import { computed, effect, signal } from '@preact/signals';
import { chooseLanguage, createTranslator, textDirection, type Messages } from '../lib/i18n';
import type { AuthorRole, Language, LauncherCorner, Settings } from '../lib/model';
import type { DeviceService } from '../lib/device';

/** The catalogues of the overlay's languages: the one it starts in, and how to get another when chosen. */
export interface Catalogues {
  initial: { language: Language; messages: Messages };
  /** One language's catalogue, fetched on demand (from the extension's background, or the widget's origin). */
  load(language: Language): Promise<Messages>;
}

/** What a person chose once and should not have to choose again: language, role, launcher place. */
export function createPreferences(
  device: DeviceService,
  page: { browserLanguages: readonly string[]; pageLanguage(): string },
  catalogues: Catalogues,
) {
  const chosenLanguage = signal<Language | undefined>(undefined);
  // Until the person chooses, the overlay speaks their browser's language when it is one of ours (a
  // Ukrainian reader on a German page), else the page's language, else German.
  const wanted = computed(() => chooseLanguage(chosenLanguage.value, page.browserLanguages, page.pageLanguage()));
  const loaded = new Map<Language, Messages>([[catalogues.initial.language, catalogues.initial.messages]]);
  /** The language on screen: the wanted one as soon as its catalogue is here, until then the one spoken so far. */
  const language = signal(catalogues.initial.language);
  const stopFetching = effect(() => {
    const next = wanted.value;
    if (loaded.has(next)) {
      language.value = next;
      return;
    }
    void catalogues.load(next).then(
      (messages) => {
        loaded.set(next, messages);
        if (wanted.peek() === next) language.value = next;
      },
      // Unreachable for now: the overlay keeps speaking the language it has.
      () => undefined,
    );
  });
  const messages = computed(() => loaded.get(language.value)!);
  const role = signal<AuthorRole>('claimant');
  const launcher = signal<{ corner: LauncherCorner; collapsed: boolean }>({ corner: 'bottom-end', collapsed: false });

  const remember = (changes: Partial<Settings>) => device.writeSettings(changes);
  // A choice made while the stored ones are still loading (a slow extension background) is newer:
  // loading must not undo it.
  const chosenWhileLoading = new Set<keyof Settings>();

  return {
    language: computed(() => language.value),
    /** The catalogue of the language on screen (the launcher in the page speaks it too). */
    messages,
    t: computed(() => createTranslator(language.value, messages.value)),
    direction: computed(() => textDirection(language.value)),
    stop: stopFetching,
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
