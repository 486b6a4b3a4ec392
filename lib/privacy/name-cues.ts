/**
 * The words after which a name follows, per language. A strong cue says so outright (a salutation,
 * "mein Name ist", "Name:", "c/o"): a capitalised word after it is taken. A weak cue only makes a name
 * likely ("ich bin …", "أنا …", "мой сын …"): the word must be a known name, or look like one (see
 * person-name.ts). Lists are matched case-insensitively, whole words only.
 */

/** Salutations and honorifics before a name; the salutation itself stays in the text. */
export const SALUTATIONS = [
  'Herr', 'Herrn', 'Frau', 'Hr.', 'Hrn.', 'Fr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Sayın', 'Bay', 'Bayan', 'Madame', 'Monsieur',
  'пан', 'пані', 'пана', 'панові', 'пане', 'господин', 'госпожа', 'господина', 'госпожи', 'господину', 'госпоже', 'г-н', 'г-жа', 'фрау', 'герр',
  'السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة', 'الست', 'آقای', 'خانم', 'جناب', 'سرکار خانم', 'دکتر',
];

/** Introductions that say in so many words that a name follows: even in a text without case the next word is one. */
export const NAMING_INTRODUCTIONS = [
  'mein Name ist', 'mein Name lautet', 'ich heiße', 'ich heisse', 'my name is', 'мене звати', 'мене звуть', 'моє ім’я', "моє ім'я",
  'меня зовут', 'моё имя', 'мое имя', 'benim adım', 'ismim', 'benim ismim',
];

/** Introductions and labels that say a name follows. */
export const STRONG_INTRODUCTIONS = [
  'my name', 'adım', 'adım soyadım', 'geborene', 'geb.', 'c/o', 'i. A.', 'i.A.',
  'i. V.', 'i.V.', 'im Auftrag', 'hier schreibt', 'es schreibt', 'пише', 'пишет', 'пишу вам', 'Familie', 'family', 'ailesi', 'семья', "сім'я",
  'сім’я', 'родина', 'Unterschrift:', 'Signature:', 'Signed:', 'Name:', 'Mein Name:', 'Vorname:', 'Nachname:', 'Name, Vorname:',
  'Vor- und Nachname:', 'Ім’я:', "Ім'я:", 'Ім’я та прізвище:', 'Прізвище:', 'Имя:', 'ФИО:', 'Фамилия:', 'Adı:', 'Ad:', 'Adı Soyadı:',
  'Ad Soyad:', 'İsim:', 'Soyadı:', 'Name der Person:',
];

/** Introductions in Arabic script: the name may be any word (there are no capitals to go by). */
export const ARABIC_STRONG_INTRODUCTIONS = ['اسمي', 'أنا اسمي', 'انا اسمي', 'اسم من', 'نام من', 'إسمي'];
/** Labels in Arabic script: only a known name is taken ("الاسم: الحقل إجباري" is about the field). */
export const ARABIC_LABELS = ['الاسم:', 'الإسم:', 'الاسم الكامل:', 'نام:', 'نام و نام خانوادگی:', 'التوقيع:', 'امضا:'];

/**
 * "ich bin …", "I'm …", "Я …", "Ben …", "أنا …", "من …", and greetings, as portals greet the person
 * ("Willkommen, Anna Müller"): usually a name, often not ("ich bin Rentnerin", "Hallo zusammen").
 */
export const WEAK_INTRODUCTIONS = [
  'ich bin', 'ich,', 'hier ist', 'I am', "I'm", 'I’m', 'I,', 'this is', 'it is', 'я', 'я,', 'это', 'ben', 'أنا', 'انا', 'من',
  'Hallo', 'Hi', 'Hey', 'Liebe', 'Lieber', 'Guten Tag', 'Guten Morgen', 'Guten Abend', 'Willkommen', 'Herzlich willkommen',
  'Willkommen zurück', 'Welcome', 'Welcome back', 'Hello', 'Dear', 'Привіт', 'Вітаємо', 'Добрий день', 'Привет', 'Здравствуйте',
  'Добрый день', 'Merhaba', 'Hoş geldiniz', 'مرحبا', 'أهلا', 'أهلاً', 'عزيزي', 'عزيزتي', 'سلام', 'خوش آمدید',
];

/** Relatives, people one lives or deals with, caseworkers: a name often follows. Plural ones open a list. */
export const RELATIONS = [
  // de
  'Frau', 'Mann', 'Ehemann', 'Ehefrau', 'Partner', 'Partnerin', 'Lebensgefährte', 'Lebensgefährtin', 'Freund', 'Freundin', 'Sohn', 'Tochter',
  'Kind', 'Kinder', 'Kindern', 'Baby', 'Vater', 'Mutter', 'Mama', 'Papa', 'Eltern', 'Bruder', 'Schwester', 'Geschwister', 'Oma', 'Opa',
  'Großmutter', 'Großvater', 'Tante', 'Onkel', 'Cousin', 'Cousine', 'Neffe', 'Nichte', 'Enkel', 'Enkelin', 'Schwiegermutter', 'Schwiegervater',
  'Schwager', 'Schwägerin', 'Stiefsohn', 'Stieftochter', 'Ex-Partner', 'Ex-Partnerin', 'Ex-Mann', 'Ex-Frau', 'Exmann', 'Exfrau', 'Vermieter',
  'Vermieterin', 'Hausverwalter', 'Hausverwalterin', 'Nachbar', 'Nachbarin', 'Arzt', 'Ärztin', 'Hausarzt', 'Hausärztin', 'Betreuer',
  'Betreuerin', 'Dolmetscher', 'Dolmetscherin', 'Chef', 'Chefin', 'Arbeitgeber', 'Arbeitgeberin', 'Kollege', 'Kollegin', 'Sachbearbeiter',
  'Sachbearbeiterin', 'Fallmanager', 'Fallmanagerin', 'Arbeitsvermittler', 'Arbeitsvermittlerin', 'Vermittler', 'Vermittlerin',
  'Ansprechpartner', 'Ansprechpartnerin', 'Berater', 'Beraterin', 'Teamleiter', 'Teamleiterin', 'Integrationsfachkraft', 'Lehrer', 'Lehrerin',
  'Erzieher', 'Erzieherin', 'Anwalt', 'Anwältin', 'Tagesmutter',
  // en
  'wife', 'husband', 'partner', 'boyfriend', 'girlfriend', 'son', 'daughter', 'child', 'kids', 'children', 'baby', 'father', 'mother', 'mum',
  'mom', 'dad', 'brother', 'sister', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'aunt', 'uncle', 'cousin', 'nephew', 'niece',
  'landlord', 'landlady', 'neighbour', 'neighbor', 'doctor', 'caseworker', 'case worker', 'adviser', 'advisor', 'interpreter', 'boss',
  'employer', 'colleague', 'friend', 'carer',
  // uk
  'чоловік', 'чоловіком', 'чоловіка', 'дружина', 'дружиною', 'дружини', 'жінка', 'партнер', 'партнерка', 'син', 'сином', 'сина', 'синові',
  'дочка', 'донька', 'дочкою', 'донькою', 'доньки', 'дочки', 'дитина', 'діти', 'дітей', 'мама', 'мамою', 'мати', 'тато', 'батько', 'брат',
  'братом', 'сестра', 'сестрою', 'бабуся', 'дідусь', 'тітка', 'дядько', 'сусід', 'сусідка', 'орендодавець', 'орендодавиця', 'лікар',
  'лікарка', 'консультант', 'консультантка', 'менеджер', 'перекладач', 'перекладачка',
  // ru
  'муж', 'мужем', 'мужа', 'жена', 'женой', 'жены', 'сын', 'сыном', 'сына', 'дочь', 'дочерью', 'дочери', 'дочка', 'ребёнок', 'ребенок', 'дети',
  'детей', 'мать', 'папа', 'отец', 'сестрой', 'бабушка', 'дедушка', 'тётя', 'тетя', 'дядя', 'сосед', 'соседка', 'арендодатель',
  'арендодательница', 'врач', 'переводчик', 'переводчица',
  // tr
  'eşim', 'eşimin', 'eşimle', 'kocam', 'karım', 'oğlum', 'kızım', 'çocuğum', 'çocuklarım', 'annem', 'babam', 'kardeşim', 'ablam', 'abim',
  'ağabeyim', 'teyzem', 'dayım', 'amcam', 'halam', 'komşum', 'ev sahibim', 'ev sahibimiz', 'danışmanım', 'danışmanımız', 'doktorum',
  'arkadaşım', 'yeğenim', 'torunum', 'nişanlım', 'sevgilim', 'tercümanım',
  // ar
  'زوجتي', 'زوجي', 'ابني', 'ابنتي', 'بنتي', 'ولدي', 'أولادي', 'اولادي', 'أطفالي', 'اطفالي', 'أمي', 'امي', 'أبي', 'ابي', 'والدي', 'والدتي',
  'أخي', 'اخي', 'أختي', 'اختي', 'جاري', 'جارتي', 'صديقي', 'صديقتي', 'صاحب البيت', 'صاحبة البيت', 'موظفة الملف', 'موظف الملف', 'طبيبي',
  'خالتي', 'عمتي', 'خالي', 'عمي', 'جدتي', 'جدي', 'مترجمي',
  // fa
  'همسرم', 'شوهرم', 'زنم', 'پسرم', 'دخترم', 'بچه‌هایم', 'بچه‌ام', 'فرزندم', 'فرزندانم', 'مادرم', 'پدرم', 'برادرم', 'خواهرم', 'همسایه‌ام',
  'صاحبخانه', 'صاحبخانه ما', 'دوستم', 'مشاور من', 'کیس‌منیجر من', 'دکترم', 'خاله‌ام', 'عمه‌ام', 'مترجمم',
];
