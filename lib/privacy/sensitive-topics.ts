/** GDPR Art. 9 special categories the UI asks about before a text is sent. */
export type SensitiveTopic = 'health' | 'disability' | 'pregnancy' | 'religion' | 'ethnicOrigin' | 'tradeUnion' | 'sexLife';

const TERMS: Record<SensitiveTopic, RegExp> = {
  health: /(?<![\p{L}])(?:krank|diagnose|depressi|therapie)/iu,
  disability: /(?<![\p{L}])(?:behinder|schwerbehindert)/iu,
  pregnancy: /(?<![\p{L}])(?:schwanger)/iu,
  religion: /(?<![\p{L}])(?:religi|muslim|christlich|jüdisch)/iu,
  ethnicOrigin: /(?<![\p{L}])(?:ethnisch|herkunft)/iu,
  tradeUnion: /(?<![\p{L}])(?:gewerkschaft)/iu,
  sexLife: /(?<![\p{L}])(?:schwul|lesbisch|sexuell)/iu,
};

/** The special categories of personal data (GDPR Art. 9) that `text` touches, in a fixed order. */
export function sensitiveTopics(text: string): SensitiveTopic[] {
  return (Object.keys(TERMS) as SensitiveTopic[]).filter((topic) => TERMS[topic].test(text));
}
