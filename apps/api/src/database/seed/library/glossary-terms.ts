import type { GlossaryCategoryName } from '@common-ground/shared';

/** The demo glossary's languages, in the order each term lists them (Arabic and Urdu run right to left). */
export const DEMO_GLOSSARY_LANGUAGES = [
  { code: 'pl', name: 'Polish' },
  { code: 'ro', name: 'Romanian' },
  { code: 'ar', name: 'Arabic' },
  { code: 'ur', name: 'Urdu' },
  { code: 'uk', name: 'Ukrainian' },
] as const;

/** One word in each demo language, in the order above: the word, then how to say it. */
type Words = readonly [
  pl: readonly [string, string],
  ro: readonly [string, string],
  ar: readonly [string, string],
  ur: readonly [string, string],
  uk: readonly [string, string],
];

export interface DemoGlossaryTerm {
  term: string;
  category: GlossaryCategoryName;
  definition: string;
  words: Words;
}

/**
 * Forty original glossary terms for front-line staff working with people new to the UK,
 * each with a plain-English definition and the everyday word in Polish, Romanian, Arabic,
 * Urdu and Ukrainian (simple, common words chosen over legal ones), with a rough English
 * spelling of how to say it.
 */
export const DEMO_GLOSSARY_TERMS: readonly DemoGlossaryTerm[] = [
  {
    term: 'Tenancy',
    category: 'HOUSING',
    definition:
      'An agreement that lets someone live in a home they rent, with rights and duties for them and the landlord.',
    words: [
      ['najem', 'NAH-yem'],
      ['contract de închiriere', 'kon-TRAKT deh un-kee-ree-EH-reh'],
      ['عقد الإيجار', "'aqd al-eejar"],
      ['کرایہ داری', 'ki-RAA-ya daa-ree'],
      ['оренда', 'o-REN-da'],
    ],
  },
  {
    term: 'Landlord',
    category: 'HOUSING',
    definition: 'The person or organisation that owns a home and rents it to a tenant.',
    words: [
      ['wynajmujący', 'vi-nai-moo-YON-tsi'],
      ['proprietar', 'pro-pree-eh-TAR'],
      ['المالك', 'al-MAA-lik'],
      ['مالک مکان', 'MAA-lik ma-KAAN'],
      ['орендодавець', 'o-ren-do-DA-vets'],
    ],
  },
  {
    term: 'Rent',
    category: 'HOUSING',
    definition: 'The money a tenant pays the landlord, usually every week or month, to live in a home.',
    words: [
      ['czynsz', 'chinsh'],
      ['chirie', 'KEE-ree-eh'],
      ['الإيجار', 'al-ee-JAAR'],
      ['کرایہ', 'ki-RAA-ya'],
      ['орендна плата', 'o-REND-na PLA-ta'],
    ],
  },
  {
    term: 'Deposit',
    category: 'HOUSING',
    definition:
      'Money paid to a landlord at the start of a tenancy and kept safe in a protection scheme, to be paid back at the end if nothing is owed.',
    words: [
      ['kaucja', 'KOW-tsya'],
      ['garanție', 'ga-RAN-tsee-eh'],
      ['مبلغ التأمين', "mab-lagh at-ta'-MEEN"],
      ['زرِ ضمانت', 'za-re za-MAA-nat'],
      ['застава', 'za-STA-va'],
    ],
  },
  {
    term: 'Eviction',
    category: 'HOUSING',
    definition:
      'When a landlord legally ends a tenancy and makes the tenant leave. It needs the right notice and usually a court order.',
    words: [
      ['eksmisja', 'eks-MEES-ya'],
      ['evacuare', 'eh-va-koo-AH-reh'],
      ['الإخلاء', "al-ikh-LAA'"],
      ['بے دخلی', 'bay-DAKH-lee'],
      ['виселення', 'VY-se-len-nya'],
    ],
  },
  {
    term: 'Homelessness',
    category: 'HOUSING',
    definition:
      'Having no home you can safely stay in, including sleeping on the street, in a car or on a friend’s sofa. The council must help.',
    words: [
      ['bezdomność', 'bez-DOM-noshch'],
      ['lipsă de adăpost', 'LEEP-suh deh uh-duh-POST'],
      ['التشرد', 'at-ta-SHAR-rud'],
      ['بے گھری', 'bay-GHA-ree'],
      ['безпритульність', 'bez-pry-TUL-nist'],
    ],
  },
  {
    term: 'Repairs',
    category: 'HOUSING',
    definition:
      'Fixing things that are broken in a home. Most repairs to the building, heating and water are the landlord’s job.',
    words: [
      ['naprawy', 'na-PRA-vi'],
      ['reparații', 're-pa-RA-tsee'],
      ['الإصلاحات', 'al-is-la-HAAT'],
      ['مرمت', 'ma-RAM-mat'],
      ['ремонт', 're-MONT'],
    ],
  },
  {
    term: 'Damp and mould',
    category: 'HOUSING',
    definition:
      'Wet walls and the black or green growth that comes with them. It can make people ill and should be reported to the landlord.',
    words: [
      ['wilgoć i pleśń', 'VEEL-goch ee pleshn'],
      ['umezeală și mucegai', 'oo-meh-ZEA-luh shee moo-cheh-GAI'],
      ['الرطوبة والعفن', "ar-ru-TOO-ba wal-'A-fan"],
      ['نمی اور پھپھوندی', 'na-MEE aur phaph-POON-dee'],
      ['вологість і цвіль', 'vo-LO-hist i tsvil'],
    ],
  },
  {
    term: 'Social housing',
    category: 'HOUSING',
    definition: 'Homes rented out by councils and housing associations at lower rents than private landlords charge.',
    words: [
      ['mieszkanie komunalne', 'myesh-KA-nyeh ko-moo-NAL-neh'],
      ['locuință socială', 'lo-koo-EEN-tsuh so-chee-A-luh'],
      ['السكن الاجتماعي', "as-SA-kan al-ij-ti-MAA-'ee"],
      ['سماجی رہائش', 'sa-MAA-jee ri-HAA-ish'],
      ['соціальне житло', 'so-tsi-AL-ne ZHYT-lo'],
    ],
  },
  {
    term: 'Benefits',
    category: 'BENEFITS',
    definition:
      'Money from the government to help with living costs, for example when someone is out of work, ill, caring or on a low income.',
    words: [
      ['świadczenia socjalne', 'shvyad-CHEH-nya sots-YAL-neh'],
      ['ajutoare sociale', 'a-zhoo-TWA-reh so-chee-A-leh'],
      ['الإعانات الاجتماعية', "al-i-'aa-NAAT al-ij-ti-maa-'EE-ya"],
      ['سرکاری امداد', 'sar-KAA-ree im-DAAD'],
      ['соціальні виплати', 'so-tsi-AL-ni VY-pla-ty'],
    ],
  },
  {
    term: 'Housing benefit',
    category: 'BENEFITS',
    definition:
      'Help with paying rent for people on a low income. Most people of working age now get this help through Universal Credit.',
    words: [
      ['dodatek mieszkaniowy', 'do-DA-tek myesh-ka-NYO-vi'],
      ['ajutor pentru locuință', 'a-zhoo-TOR PEN-troo lo-koo-EEN-tsuh'],
      ['إعانة السكن', "i-'AA-nat as-SA-kan"],
      ['رہائشی امداد', 'ri-HAA-i-shee im-DAAD'],
      ['житлова допомога', 'zhyt-lo-VA do-po-MO-ha'],
    ],
  },
  {
    term: 'Child benefit',
    category: 'BENEFITS',
    definition:
      'A regular payment to someone responsible for bringing up a child under 16, or under 20 if they stay in approved education.',
    words: [
      ['zasiłek na dziecko', 'za-SHEE-wek na JETS-ko'],
      ['alocație pentru copii', 'a-lo-KA-tsee-eh PEN-troo ko-PEE'],
      ['إعانة الأطفال', "i-'AA-nat al-at-FAAL"],
      ['بچوں کی امداد', 'BACH-chon kee im-DAAD'],
      ['допомога на дитину', 'do-po-MO-ha na dy-TY-nu'],
    ],
  },
  {
    term: 'National Insurance number',
    category: 'BENEFITS',
    definition:
      'A personal number used for tax and benefits. People need one to work in the UK and to claim most benefits.',
    words: [
      ['numer ubezpieczenia społecznego', 'NOO-mer oo-bez-pyeh-CHEH-nya spo-WECH-neh-go'],
      ['număr de asigurare socială', 'NOO-muhr deh a-see-goo-RA-reh so-chee-A-luh'],
      ['رقم التأمين الوطني', "raqm at-ta'-MEEN al-WA-ta-nee"],
      ['نیشنل انشورنس نمبر', 'NAI-shnal in-SHOO-rans NAM-bar'],
      ['номер національного страхування', 'NO-mer na-tsi-o-NAL-no-ho stra-khu-VAN-nya'],
    ],
  },
  {
    term: 'Bank account',
    category: 'BENEFITS',
    definition: 'An account with a bank or building society. Wages and benefits are usually paid into one.',
    words: [
      ['konto bankowe', 'KON-to ban-KO-veh'],
      ['cont bancar', 'kont ban-KAR'],
      ['حساب مصرفي', 'hi-SAAB MAS-ri-fee'],
      ['بینک اکاؤنٹ', 'bank a-KAUNT'],
      ['банківський рахунок', 'BAN-kiv-sky ra-KHU-nok'],
    ],
  },
  {
    term: 'Debt',
    category: 'BENEFITS',
    definition: 'Money someone owes. Free, confidential debt advice is available and can stop things getting worse.',
    words: [
      ['dług', 'dwook'],
      ['datorie', 'da-to-REE-eh'],
      ['دَين', 'dayn'],
      ['قرض', 'qarz'],
      ['борг', 'borh'],
    ],
  },
  {
    term: 'Food bank',
    category: 'BENEFITS',
    definition:
      'A local charity that gives free emergency food, usually with a referral from a support worker, GP or council.',
    words: [
      ['bank żywności', 'bank ZHIV-nosh-chee'],
      ['bancă de alimente', 'BAN-kuh deh a-lee-MEN-teh'],
      ['بنك الطعام', "bank at-ta-'AAM"],
      ['فوڈ بینک', 'food bank'],
      ['продовольчий банк', 'pro-do-VOL-chy bank'],
    ],
  },
  {
    term: 'Appointment',
    category: 'GENERAL',
    definition:
      'A time arranged in advance to see someone, such as a doctor or an adviser. Say early if you need an interpreter.',
    words: [
      ['wizyta', 'vee-ZI-ta'],
      ['programare', 'pro-gra-MA-reh'],
      ['موعد', "MAW-'id"],
      ['ملاقات کا وقت', 'mu-laa-QAAT ka waqt'],
      ['запис на прийом', 'ZA-pys na PRY-yom'],
    ],
  },
  {
    term: 'GP',
    category: 'HEALTH',
    definition:
      'A family doctor at a local surgery: the first person to see for most health problems. Registering is free.',
    words: [
      ['lekarz rodzinny', 'LEH-kash ro-JEEN-ni'],
      ['medic de familie', 'MEH-deek deh fa-MEE-lee-eh'],
      ['طبيب العائلة', "ta-BEEB al-'AA-i-la"],
      ['فیملی ڈاکٹر', 'FAI-mi-lee DAAK-tar'],
      ['сімейний лікар', 'si-MEY-ny LI-kar'],
    ],
  },
  {
    term: 'Prescription',
    category: 'HEALTH',
    definition:
      'A doctor’s or nurse’s instruction for a medicine, which a pharmacy then provides. Some people do not pay for them.',
    words: [
      ['recepta', 'reh-TSEP-ta'],
      ['rețetă', 'reh-TSEH-tuh'],
      ['وصفة طبية', 'WAS-fa TIB-bee-ya'],
      ['نسخہ', 'NUS-kha'],
      ['рецепт', 're-TSEPT'],
    ],
  },
  {
    term: 'Pharmacy',
    category: 'HEALTH',
    definition:
      'A shop where a pharmacist gives out medicines and free advice on minor illnesses, often without an appointment.',
    words: [
      ['apteka', 'ap-TEH-ka'],
      ['farmacie', 'far-ma-CHEE-eh'],
      ['صيدلية', 'say-da-LEE-ya'],
      ['دواخانہ', 'da-WAA-khaa-na'],
      ['аптека', 'ap-TE-ka'],
    ],
  },
  {
    term: 'Emergency',
    category: 'HEALTH',
    definition:
      'A serious danger to life or health that needs help at once. Call 999 for the ambulance, fire service or police.',
    words: [
      ['nagły wypadek', 'NAG-wi vi-PA-dek'],
      ['urgență', 'oor-JEN-tsuh'],
      ['حالة طارئة', "HAA-la TAA-ri-'a"],
      ['ہنگامی حالت', 'han-GAA-mee HAA-lat'],
      ['надзвичайна ситуація', 'nadz-vy-CHAI-na sy-tu-A-tsi-ya'],
    ],
  },
  {
    term: 'Vaccination',
    category: 'HEALTH',
    definition: 'An injection or drops that protect against a disease. Children’s vaccinations in the UK are free.',
    words: [
      ['szczepienie', 'shcheh-PYEH-nyeh'],
      ['vaccinare', 'vak-chee-NA-reh'],
      ['التطعيم', "at-tat-'EEM"],
      ['ٹیکہ', 'TEE-ka'],
      ['щеплення', 'SHCHEP-len-nya'],
    ],
  },
  {
    term: 'Mental health',
    category: 'HEALTH',
    definition:
      'How someone feels, thinks and copes with life. Help is available from a GP and from free local services.',
    words: [
      ['zdrowie psychiczne', 'ZDRO-vyeh psi-HEECH-neh'],
      ['sănătate mintală', 'suh-nuh-TA-teh meen-TA-luh'],
      ['الصحة النفسية', 'as-SIH-ha an-naf-SEE-ya'],
      ['ذہنی صحت', 'ZAH-nee SE-hat'],
      ["психічне здоров'я", 'psy-KHICH-ne zdo-RO-vya'],
    ],
  },
  {
    term: 'Pregnancy',
    category: 'HEALTH',
    definition:
      'Expecting a baby. A midwife gives free care before and after the birth; contact a GP or midwife early.',
    words: [
      ['ciąża', 'CHON-zha'],
      ['sarcină', 'SAR-chee-nuh'],
      ['الحمل', 'al-HAML'],
      ['حمل', 'HA-mal'],
      ['вагітність', 'va-HIT-nist'],
    ],
  },
  {
    term: 'Council tax',
    category: 'COUNCIL_TAX',
    definition:
      'A yearly charge on each home, paid to the local council in monthly amounts, that pays for local services such as bins and libraries.',
    words: [
      ['podatek lokalny', 'po-DA-tek lo-KAL-ni'],
      ['impozit local', 'eem-PO-zeet lo-KAL'],
      ['ضريبة المجلس المحلي', 'da-REE-bat al-MAJ-lis al-MA-hal-lee'],
      ['مقامی ٹیکس', 'ma-QAA-mee tax'],
      ['місцевий податок', 'mis-TSE-vy po-DA-tok'],
    ],
  },
  {
    term: 'Council tax reduction',
    category: 'COUNCIL_TAX',
    definition:
      'Help from the council that lowers the council tax bill for people on a low income. It must be applied for.',
    words: [
      ['ulga w podatku lokalnym', 'OOL-ga f po-DAT-koo lo-KAL-nim'],
      ['reducerea impozitului local', 're-DOO-cheh-rya eem-po-ZEE-too-looy lo-KAL'],
      ['تخفيض ضريبة المجلس', 'takh-FEED da-REE-bat al-MAJ-lis'],
      ['مقامی ٹیکس میں کمی', 'ma-QAA-mee tax mein ka-MEE'],
      ['пільга на місцевий податок', 'PIL-ha na mis-TSE-vy po-DA-tok'],
    ],
  },
  {
    term: 'Arrears',
    category: 'COUNCIL_TAX',
    definition:
      'Money that should already have been paid, such as rent or council tax. Acting early stops arrears growing.',
    words: [
      ['zaległości', 'za-leg-WOSH-chee'],
      ['restanțe', 'res-TAN-tseh'],
      ['متأخرات', 'mu-ta-akh-khi-RAAT'],
      ['بقایا جات', 'ba-QAA-ya jaat'],
      ['заборгованість', 'za-bor-HO-va-nist'],
    ],
  },
  {
    term: 'Interpreter',
    category: 'INTERPRETING',
    definition:
      'A trained person who turns what is said in one language into another, out loud, in person or by phone. Never use a child to interpret.',
    words: [
      ['tłumacz ustny', 'TWOO-mach OOST-ni'],
      ['interpret', 'een-ter-PRET'],
      ['مترجم فوري', 'mu-TAR-jim FAW-ree'],
      ['ترجمان', 'tar-ju-MAAN'],
      ['усний перекладач', 'US-ny pe-re-kla-DACH'],
    ],
  },
  {
    term: 'Translation',
    category: 'INTERPRETING',
    definition: 'Written words turned into another language, such as a letter or a leaflet.',
    words: [
      ['tłumaczenie pisemne', 'twoo-ma-CHEH-nyeh pee-SEM-neh'],
      ['traducere', 'tra-DOO-cheh-reh'],
      ['ترجمة', 'TAR-ja-ma'],
      ['ترجمہ', 'TAR-ju-ma'],
      ['письмовий переклад', 'pys-MO-vy pe-RE-klad'],
    ],
  },
  {
    term: 'First language',
    category: 'INTERPRETING',
    definition: 'The language a person learned first and usually finds easiest, especially when worried or unwell.',
    words: [
      ['język ojczysty', 'YEN-zik oy-CHIS-ti'],
      ['limba maternă', 'LEEM-ba ma-TER-nuh'],
      ['اللغة الأم', 'al-LU-gha al-UMM'],
      ['مادری زبان', 'MAA-da-ree za-BAAN'],
      ['рідна мова', 'RID-na MO-va'],
    ],
  },
  {
    term: 'Consent',
    category: 'INTERPRETING',
    definition:
      'Agreeing to something freely after understanding it, for example to share information or to a medical treatment.',
    words: [
      ['zgoda', 'ZGO-da'],
      ['consimțământ', 'kon-seem-tsuh-MUNT'],
      ['موافقة', 'mu-WAA-fa-qa'],
      ['رضامندی', 'ra-ZAA-man-dee'],
      ['згода', 'ZHO-da'],
    ],
  },
  {
    term: 'Safeguarding',
    category: 'SAFEGUARDING',
    definition:
      'Protecting children and adults at risk from harm, abuse and neglect. Anyone worried about someone should tell a safeguarding lead.',
    words: [
      ['ochrona przed krzywdą', 'oh-HRO-na pshed KSHIV-dom'],
      ['protecția persoanelor vulnerabile', 'pro-TEK-tsya per-SWA-neh-lor vool-neh-RA-bee-leh'],
      ['حماية الأشخاص المعرضين للخطر', "hi-MAA-yat al-ash-KHAAS al-mu-'ar-ra-DEEN lil-KHA-tar"],
      ['کمزور افراد کا تحفظ', 'kam-ZOR af-RAAD ka ta-HAF-fuz'],
      ['захист від шкоди', 'ZA-khyst vid SHKO-dy'],
    ],
  },
  {
    term: 'Domestic abuse',
    category: 'SAFEGUARDING',
    definition:
      'Controlling, threatening or violent behaviour by a partner, ex-partner or family member. It can be physical, emotional or about money.',
    words: [
      ['przemoc domowa', 'PSHEH-mots do-MO-va'],
      ['violență domestică', 'vee-o-LEN-tsuh do-MES-tee-kuh'],
      ['العنف الأسري', "al-'UNF al-US-ree"],
      ['گھریلو تشدد', 'gha-RAY-loo ta-SHAD-dud'],
      ['домашнє насильство', 'do-MASH-nye na-SYL-stvo'],
    ],
  },
  {
    term: 'Social worker',
    category: 'SAFEGUARDING',
    definition:
      'A trained professional, often from the council, who supports children, families and adults and helps keep them safe.',
    words: [
      ['pracownik socjalny', 'pra-TSOV-neek sots-YAL-ni'],
      ['asistent social', 'a-sees-TENT so-chee-AL'],
      ['أخصائي اجتماعي', "akh-saa-'EE ij-ti-MAA-'ee"],
      ['سماجی کارکن', 'sa-MAA-jee KAAR-kun'],
      ['соціальний працівник', 'so-tsi-AL-ny pra-TSIV-nyk'],
    ],
  },
  {
    term: 'Minimum wage',
    category: 'EMPLOYMENT',
    definition:
      'The lowest pay per hour that employers must by law pay, depending on age. Being paid less is against the law.',
    words: [
      ['płaca minimalna', 'PWA-tsa mee-nee-MAL-na'],
      ['salariul minim', 'sa-LA-ree-ool MEE-neem'],
      ['الحد الأدنى للأجور', 'al-HADD al-AD-na lil-u-JOOR'],
      ['کم از کم اجرت', 'kam az kam UJ-rat'],
      ['мінімальна зарплата', 'mi-ni-MAL-na zar-PLA-ta'],
    ],
  },
  {
    term: 'Employer',
    category: 'EMPLOYMENT',
    definition: 'The person or organisation someone works for, who must pay them properly and keep them safe at work.',
    words: [
      ['pracodawca', 'pra-tso-DAV-tsa'],
      ['angajator', 'an-ga-zha-TOR'],
      ['صاحب العمل', "SAA-hib al-'A-mal"],
      ['آجر', 'AA-jir'],
      ['роботодавець', 'ro-bo-to-DA-vets'],
    ],
  },
  {
    term: 'School place',
    category: 'EDUCATION',
    definition:
      'A place for a child at a state school, applied for through the council. Education is free for children aged 5 to 16.',
    words: [
      ['miejsce w szkole', 'MYEY-stseh f SHKO-leh'],
      ['loc la școală', 'lok la SHKWA-luh'],
      ['مقعد دراسي', "MAQ-'ad di-RAA-see"],
      ['اسکول میں داخلہ', 'is-KOOL mein DAA-khi-la'],
      ['місце в школі', 'MIS-tse v SHKO-li'],
    ],
  },
  {
    term: 'Right to work',
    category: 'IMMIGRATION',
    definition: 'Being allowed by law to work in the UK. Employers must check it before someone starts a job.',
    words: [
      ['prawo do pracy', 'PRA-vo do PRA-tsi'],
      ['dreptul de a munci', 'DREP-tool deh a MOON-chee'],
      ['حق العمل', "haqq al-'A-mal"],
      ['کام کرنے کا حق', 'kaam KAR-ne ka haq'],
      ['право на роботу', 'PRA-vo na ro-BO-tu'],
    ],
  },
  {
    term: 'Residence permit',
    category: 'IMMIGRATION',
    definition: 'A document or digital record showing someone’s permission to live in the UK, and for how long.',
    words: [
      ['zezwolenie na pobyt', 'zez-vo-LEH-nyeh na PO-bit'],
      ['permis de ședere', 'per-MEES deh SHEH-deh-reh'],
      ['تصريح الإقامة', 'tas-REEH al-i-QAA-ma'],
      ['اقامتی اجازت نامہ', 'i-QAA-ma-tee i-JAA-zat NAA-ma'],
      ['дозвіл на проживання', 'DOZ-vil na pro-zhy-VAN-nya'],
    ],
  },
  {
    term: 'Proof of address',
    category: 'GENERAL',
    definition:
      'A recent letter or bill showing where someone lives, often asked for when opening an account or registering.',
    words: [
      ['potwierdzenie adresu', 'pot-fyer-DZEH-nyeh a-DREH-soo'],
      ['dovadă de adresă', 'do-VA-duh deh a-DREH-suh'],
      ['إثبات العنوان', "ith-BAAT al-'un-WAAN"],
      ['پتے کا ثبوت', 'PA-te ka sa-BOOT'],
      ['підтвердження адреси', 'pid-TVER-dzhen-nya a-DRE-sy'],
    ],
  },
  {
    term: 'Complaint',
    category: 'GENERAL',
    definition:
      'Telling an organisation formally that you are unhappy with its service, so it looks into it and replies.',
    words: [
      ['skarga', 'SKAR-ga'],
      ['plângere', 'PLUN-jeh-reh'],
      ['شكوى', 'SHAK-wa'],
      ['شکایت', 'shi-KAA-yat'],
      ['скарга', 'SKAR-ha'],
    ],
  },
];
