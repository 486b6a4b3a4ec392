/** Closings of a message in the seven languages; a name under or after one is a signature (signature.ts). */
export const CLOSINGS = [
  'mit freundlichen Grüßen', 'mit freundlichen Grüssen', 'freundliche Grüße', 'freundlichen Gruß', 'viele Grüße', 'beste Grüße', 'liebe Grüße',
  'herzliche Grüße', 'schöne Grüße', 'mit besten Grüßen', 'Hochachtungsvoll', 'Grüße', 'Gruß', 'MfG', 'LG', 'VG', 'danke', 'vielen Dank',
  'danke schön', 'Dankeschön', 'Best regards', 'Kind regards', 'Regards', 'Best wishes', 'Best', 'Thanks', 'Many thanks', 'Thank you',
  'Cheers', 'Sincerely', 'Yours sincerely', 'Yours faithfully', 'Yours', 'З повагою', 'Дякую', 'Щиро', 'З найкращими побажаннями',
  'С уважением', 'Спасибо', 'Благодарю', 'С наилучшими пожеланиями', 'Saygılarımla', 'Saygılar', 'Teşekkürler', 'Teşekkür ederim',
  'İyi günler', 'Sevgiler', 'مع تحياتي', 'مع خالص التحية', 'مع الشكر', 'مع الاحترام', 'تحياتي', 'شكرا', 'شكرًا', 'شكراً', 'با احترام',
  'با سپاس', 'ممنون', 'سپاسگزارم', 'با تشکر', 'با تشکر فراوان',
];
