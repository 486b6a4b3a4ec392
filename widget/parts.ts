import type { Messages } from '../lib/i18n';
import type { Language } from '../lib/model';
import type { WidgetOptions } from './options';
import { openSession, type Emit, type LazyParts } from './session';

/*
 * What the loader loads on a page view, from beside itself (this is the one content-hashed name it knows),
 * and where everything later comes from: each import below becomes a chunk of its own, loaded relative to
 * this file and so to the loader.
 */

const CATALOGUES: Record<Language, () => Promise<Messages>> = {
  de: () => import('../lib/i18n/messages/de').then((module) => module.de),
  en: () => import('../lib/i18n/messages/en').then((module) => module.en),
  uk: () => import('../lib/i18n/messages/uk').then((module) => module.uk),
  ar: () => import('../lib/i18n/messages/ar').then((module) => module.ar),
  tr: () => import('../lib/i18n/messages/tr').then((module) => module.tr),
  ru: () => import('../lib/i18n/messages/ru').then((module) => module.ru),
  fa: () => import('../lib/i18n/messages/fa').then((module) => module.fa),
};

const LAZY: LazyParts = {
  // The device in the page (store, outbox, sending): at boot only where this origin already has a store.
  device: () => import('./device'),
  // A returning visitor's boot: the store read without the device.
  returningBoot: () => import('./returning-boot'),
  // The panels, pointing, markers and the privacy filter: on first use.
  ui: () => import('./ui'),
  // One language's words: a page loads the person's language only.
  catalogue: (language) => CATALOGUES[language](),
};

export const startSession = (doc: Document, options: WidgetOptions, emit: Emit) => openSession(doc, options, emit, LAZY);
