/** How a site configures the widget: the script tag's data attributes, or `Mitgestalten.init({...})`. */
export interface WidgetOptions {
  /** The co-design backlog's address (`data-endpoint`). Without one, suggestions stay on the device. */
  endpoint?: string;
  /** Short code of the service the page belongs to, e.g. "WBA" (`data-service`). */
  service?: string;
  /** The page's language when `<html lang>` does not say it (`data-lang`); the person's own choice wins. */
  lang?: string;
  /** The Jobcenter's privacy notice, linked from the first panel (`data-privacy-url`). */
  privacyUrl?: string;
  /** Offer saving suggestions as files and taking in files (`data-file-transfer`); off for claimants. */
  fileTransfer?: boolean;
}

/** The events a site can follow (`Mitgestalten.on`). */
export interface WidgetEvents {
  /** A suggestion was saved on the device (it waits there to be sent). */
  saved: { suggestionId: string };
  /** A send the person started has finished: how many went, how many wait for the next try. */
  sent: { sent: number; notSent: number };
}

/** The options written on the script tag; a missing attribute leaves its option unset. */
export function optionsOfScript({ dataset: data }: HTMLScriptElement): WidgetOptions {
  return {
    endpoint: data.endpoint,
    service: data.service,
    lang: data.lang,
    privacyUrl: data.privacyUrl,
    fileTransfer: data.fileTransfer === undefined ? undefined : data.fileTransfer !== 'false',
  };
}
