/** GDPR Art. 9 special categories the UI asks about before a text is sent. */
export type SensitiveTopic = 'health' | 'disability' | 'pregnancy' | 'religion' | 'ethnicOrigin' | 'tradeUnion' | 'sexLife';

/**
 * Word beginnings per topic in de, en, uk, ru, tr, ar, fa, written in folded form (see `fold`: lower
 * case, Turkish ı and İ as i). A term
 * matches at the start of a word; `(?![\p{L}])` marks terms that must end the word as well. Terms with
 * an ordinary second meaning are narrowed: "Krankenkasse" is administration, not health; "Herkunft des
 * Vermögens" is no ethnic origin; Arabic "جنسية" is nationality, "دين" also debt.
 */
export const TERMS: Record<SensitiveTopic, readonly string[]> = {
  health: [
    String.raw`krank(?!en(?:kasse|versicher))`, 'erkrank', 'arbeitsunfähig', 'au-bescheinigung', 'attest', 'diagnos', 'depressi', 'psych', 'therapi', 'therapeut',
    'klinik', String.raw`reha(?![\p{L}])`, 'rehabilitation', 'chemo', 'krebs', 'tumor', 'diabet', String.raw`hiv(?![\p{L}])`, String.raw`aids(?![\p{L}])`, 'sucht', 'süchtig',
    'alkoholabhängig', 'drogenabhängig', 'medikament', 'chronisch', 'schmerz', 'burnout', 'burn-out', 'angststörung', 'panikattack', 'trauma',
    String.raw`ptbs(?![\p{L}])`, 'suizid', String.raw`adhs(?![\p{L}])`, 'asthma', 'epilep', 'schlaganfall', 'herzinfarkt', 'demenz', 'arzt', 'ärzt',
    'sick', 'illness', 'disease', 'depress', 'therapy', 'hospital', 'clinic', 'cancer', 'mental health', 'psychiatr', 'medication', 'chronic', 'addict', 'surgery',
    'хвор', 'діагноз', 'депрес', 'терапі', 'лікарн', 'клінік', 'онколог', 'діабет', 'психі', String.raw`ліки(?![\p{L}])`, 'лікар', 'операці',
    'болезн', 'болен', 'больн', 'диагноз', 'депресс', 'терапи', 'клиник', 'диабет', 'психи', 'лекарств', 'врач',
    'hasta', 'teşhis', 'depresyon', 'terapi', 'klinik', 'kanser', 'diyabet', 'psikolo', 'psikiyatr', String.raw`ilaç`, 'doktor', 'ameliyat', 'tedavi', 'sağlik raporu', 'bağimli',
    'مرض', 'مريض', 'أمراض', 'تشخيص', 'اكتئاب', 'علاج', 'مستشفى', 'عيادة', 'سرطان', 'سكري', 'مرض نفسي', 'الصحة النفسية', 'طبيب', 'دواء', 'أدوية', 'عملية جراحية', 'إدمان',
    'بیمار', 'تشخیص', 'افسردگی', 'درمان', 'کلینیک', 'سرطان', 'دیابت', 'روانپزشک', 'روان‌پزشک', 'دارو', 'پزشک', 'جراحی', 'اعتیاد',
  ],
  disability: [
    'behinder', String.raw`gdb(?![\p{L}])`, 'rollstuhl', 'blind', 'erblindet', 'gehörlos', 'hörgeschädigt', 'pflegegrad', 'pflegebedürftig', 'merkzeichen', 'autis', 'down-syndrom',
    'disabilit', 'disabled', 'wheelchair', 'deaf', 'handicap', 'impairment',
    'інвалід', 'сліп', 'глух', 'инвалид', 'слеп', String.raw`ограниченн\p{L}* возможност`,
    'engelli', 'özürlü', 'tekerlekli sandalye', 'sakat',
    'إعاقة', 'اعاقة', 'معاق', 'معوق', 'كرسي متحرك', 'كفيف', 'أصم',
    'معلول', 'ناتوانی', 'ویلچر', 'نابینا', 'ناشنوا',
  ],
  pregnancy: [
    'schwanger', 'entbindung', 'mutterschutz', 'geburtstermin', 'fehlgeburt', 'abtreibung', 'hebamme', 'mutterpass', 'werdende mutter',
    'pregnan', 'maternity', 'miscarriage', 'abortion', 'midwife',
    'вагітн', 'пологи', 'пологів', 'викидень', 'аборт', 'беремен', String.raw`роды(?![\p{L}])`, 'выкидыш', 'декрет',
    'hamile', 'gebelik', 'doğum izni', 'kürtaj',
    'حامل', 'الحمل', 'حملي', 'إجهاض',
    'باردار', 'حاملگی', 'زایمان', 'سقط جنین',
  ],
  religion: [
    'religi', 'muslim', 'islam', 'christlich', 'christin', String.raw`christen(?![\p{L}])`, String.raw`christ(?![\p{L}])`, 'jüdisch', String.raw`jude(?![\p{L}])`, String.raw`juden(?![\p{L}])`, 'jüdin',
    'synagoge', 'moschee', String.raw`(?:kirche|kirchen|kirchengemeinde|kirchensteuer|kirchenaustritt|freikirche)(?![\p{L}])`, 'gottesdienst', 'gebet', String.raw`beten(?![\p{L}])`,
    'ramadan', 'kopftuch', 'hidschab', 'konfession', 'evangelisch', 'katholisch', 'orthodox', 'buddhis', String.raw`hindu`, 'atheis', 'zeugen jehovas', String.raw`imam(?![\p{L}])`,
    'pfarrer', String.raw`taufe(?![\p{L}])`, 'halal', 'koscher',
    'religio', 'christian', 'jewish', String.raw`church(?![\p{L}])`, 'mosque', 'synagogue', 'prayer', 'headscarf', 'hijab', 'catholic', 'protestant',
    'релігі', 'мусульман', 'іслам', 'христия', 'юдей', 'єврей', String.raw`церк(?:ва|ви|ві|вою)(?![\p{L}])`, 'мечет', 'синагог', 'православ', 'католи', 'молит',
    'религи', 'ислам', 'христиан', 'иуде', 'еврей', String.raw`церк(?:овь|ви|овью)(?![\p{L}])`,
    String.raw`din(?:i|im|imi|imiz|ine|inden|ler|den)?(?![\p{L}])`, 'müslüman', 'hristiyan', 'yahudi', 'kilise', String.raw`cami(?:de|ye|ler|si)?(?![\p{L}])`, 'namaz', 'oruç', 'ramazan', 'başörtü', 'tesettür', String.raw`alevi(?![\p{L}])`, 'ezidi', String.raw`sünni`, String.raw`şii(?![\p{L}])`,
    'ديني', 'ديانة', 'مسلم', 'إسلام', 'الإسلام', 'مسيحي', 'يهودي', 'كنيسة', 'مسجد', 'صلاة', 'رمضان', 'صيام', 'حجاب', 'سني', 'شيعي', 'إيزيدي', 'ايزيدي',
    String.raw`دین(?![\p{L}])`, 'دینی', 'مذهب', 'مسلمان', 'اسلام', 'مسیحی', 'یهودی', 'کلیسا', 'نماز', 'بهائی', 'شیعه',
  ],
  ethnicOrigin: [
    'ethnisch', 'ethnie', 'abstammung', String.raw`rasse(?![\p{L}])`, 'rassis', 'hautfarbe', String.raw`roma(?![\p{L}])`, 'romnja', 'sinti', String.raw`kurd(?:e|in|en|innen|isch\p{L}*)(?![\p{L}])`, 'jesid', 'migrationshintergrund',
    'ethnic', 'racis', 'skin colo', 'yazidi', 'migrant background',
    'етніч', 'расов', 'расизм', 'курд', 'этническ', 'цвет кожи', 'цыган',
    'etnik', String.raw`irk(?![\p{L}])`, 'irkç', String.raw`kürt(?![\p{L}])`, 'kürtler', 'romanlar', 'çingene', 'köken',
    'عنصري', 'عنصرية', 'أصل عرقي', 'عرقي', 'كردي', 'أكراد', 'غجر', 'لون البشرة', 'إثني',
    'قومیت', 'نژاد', 'کردها', 'قوم کرد', 'هزاره', 'رنگ پوست',
  ],
  tradeUnion: [
    'gewerkschaft', 'ver.di', String.raw`verdi(?![\p{L}])`, 'ig metall', String.raw`dgb(?![\p{L}])`, String.raw`gew(?![\p{L}])`, String.raw`ngg(?![\p{L}])`, 'ig bce',
    'trade union', 'labor union', 'labour union', 'union member',
    'профспілк', 'профсоюз', 'sendika', 'نقابة', 'نقابي', 'سندیکا', 'اتحادیه کارگری',
  ],
  sexLife: [
    'schwul', 'lesbisch', 'bisexuell', 'homosexuell', 'queer', String.raw`trans(?:gender|sexuell|frau|mann|person|identität|\*|(?![\p{L}]))`, 'intersex', 'nichtbinär', 'non-binär',
    'sexuell', 'sexualität', String.raw`sex(?![\p{L}])`, 'lgbt', 'coming-out', 'gleichgeschlechtlich',
    String.raw`gay(?![\p{L}])`, 'lesbian', 'bisexual', 'homosexual', 'transgender', 'sexual', 'sex life', 'non-binary',
    String.raw`гей(?![\p{L}])`, 'лесбі', 'бісексуал', 'гомосексуал', 'трансгендер', 'сексуальн', 'лгбт', 'лесби', 'бисексуал',
    'eşcinsel', String.raw`gey(?![\p{L}])`, 'lezbiyen', 'biseksüel', 'cinsel',
    'مثلي', 'ميول جنسية', 'ميولي الجنسية', 'متحول جنسيا', 'العلاقات الجنسية', 'الحياة الجنسية',
    'همجنسگرا', 'همجنس‌گرا', 'دگرباش', 'تراجنسیتی', 'گرایش جنسی', 'رابطه جنسی',
  ],
};
