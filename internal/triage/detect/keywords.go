package detect

// Keyword tables. Patterns are folded like the text (lower case, Latin
// diacritics removed) when the automaton is built, so Vietnamese is written
// with its marks and matches typed with or without them. Latin patterns match
// whole words; a trailing '*' allows any ending, a leading '*' any beginning.

// signalWords fire a signal on their own (unless negated or hypothetical).
var signalWords = map[string]string{
	"violence": "beat*|beats me|beating me|beaten|beat us|beat her|beat him|beat my|hit me|hits me|hitting me|hit us|hit her|hit him|hit my|slap*|punch*|kick me|kicked|kicking me|kicks me|hurt me|hurts me|hurting me|hurt us|assault*|physically abus*|beat up|batter*|tortur*|gun|guns|pistol|rifle|machete|bawa parang|bawak parang|pegang parang|acu parang|acukan parang|hunus parang|dengan parang|pakai parang|guna parang|kena parang|parang panjang|ditetak|tetak|pisau|golok|celurit|ditodong|baril|kutsilyo|itak|súng|cầm dao|dí dao|con dao|dao kề|ปืน|มีด|သေနတ်|ဓား|កាំភ្លើង|កាំបិត|ពូថៅ|ປືນ|ມີດ|槍|枪|攞刀|拿刀|用刀|菜刀|刀指|बन्दुक|चक्कु|खुकुरी|বন্দুক|ছুরি|shot|shooting|ditembak|tembak|binaril|bắn chết|bị bắn|bắn tôi|bắn em|bắn anh|bắn người|nổ súng|ยิง|သေနတ်နဲ့ပစ်|បាញ់|開槍|开枪|中槍|গুলি|गोली|pulled my hair|pull my hair|grabbed my hair|by the hair|dragged me|drag me|menjambak|jambak|tarik rambut|heret saya|menyeret|diseret|sinabunutan|kinaladkad|túm tóc|giật tóc|กระชากผม|ดึงผม|ဆံပင်ဆွဲ|ទាញសក់|ດຶງຜົມ|扯頭髮|扯住我頭髮|扯我頭髮|拉我头发|拖我|চুল ধরে|চুল টেনে|कपाल समात|कपाल तान|घिसार|hot water|boiling water|burn*|air panas|disiram air|tubig na mainit|nước sôi|nước nóng|tạt nước|น้ำร้อน|ราดน้ำร้อน|ရေနွေး|ទឹកក្ដៅ|ទឹកក្តៅ|ນ້ຳຮ້ອນ|滾水|热水|開水|淋我|গরম পানি|পুড়িয়ে|तातो पानी|खन्याइ|attack*|bruise*|lebam|lebam lebam|pasa pasa|bầm|sưng|ฟกช้ำ|ช้ำ|หน้าบวม|บวม|ပွန်းပဲ့|ရောင်ရမ်း|ជាំ|ហើម|ຟົກຊ້ຳ|ບວມ|瘀|淤青|腫|肿|কালশিটে|ফুলে|निलडाम|सुन्निएको|hot water on|boiling water|pour hot|chok*|strangl*|pushed me|with a knife|knife|gun|pistol|died on the boat|thrown overboard|threw him overboard|killed a worker|abuse me|abused me|abusing me|burn me|burned me|" +
		"dipukul|memukul|pukul saya|pukul kami|pukul kita|pukul dia|suka pukul|sering pukul|pukul aku|kena pukul|dipukuli|mukul|tampar*|ditampar|tendang*|ditendang|disiksa|siksa*|dianiaya|aniaya|belasah|dibelasah|kena sepak|didera|dera saya|" +
		"sinaktan|sinasaktan|sasaktan|binugbog|binubugbog|bugbog|sinampal|sinasampal|sinipa|pinalo|pinapalo|sinuntok|minamaltrato|pinapahirapan|inaabuso|pinagbubuhatan|" +
		"đánh tôi|đánh em|chủ đánh|nó đánh|họ đánh|ông ấy đánh|bà ấy đánh|đánh mình|đánh con|đánh chị|đánh anh|bị đánh|đánh đập|hành hạ|ngược đãi|bạo hành|" +
		"ทำร้าย|ตบ|ต่อย|เตะ|ซ้อม|ทุบตี|ตีฉัน|ตีหนู|ตีผม|ถูกตี|โดนตี|ทารุณ|" +
		"ရိုက်နှက်|ရိုက်တယ်|ရိုက်တာ|ရိုက်ခံ|ကိုရိုက်|ရိုက်ပုတ်|ထိုးကြိတ်|နှိပ်စက်|ညှင်းပန်း|ကန်တယ်|" +
		"វាយខ្ញុំ|វាយដំ|ធ្វើបាប|វាយ|ថៅកែវាយ|ម្ចាស់ផ្ទះវាយ|មេការវាយ|គេវាយ|ត្រូវវាយ|ទាត់|" +
		"ຕີຂ້ອຍ|ຖືກຕີ|ທຳຮ້າຍ|ທໍາຮ້າຍ|ຕົບ|ເຕະ|" +
		"打我|打人|打佢|打她|打他|被打|俾人打|畀人打|毆打|殴打|虐待|虐打|打到|踢我|掌摑|" +
		"মারধর|^মারে|^মেরেছে|^মারছে|পেটায়|পিটিয়ে|নির্যাতন|মারপিট|" +
		"पिट्छ|पिट्यो|पिटेको|पिट्ने|पिटाइ|कुट्छ|कुट्यो|कुटपिट|यातना|मारपिट|हात हाल्",
	"threat_to_kill": "kill me|kill us|kill her|kill him|kill my|going to kill|will kill|gonna kill|threaten* to kill|murder me|dead if|" +
		"bunuh saya|bunuh aku|bunuh kau|dibunuh|nak bunuh|mau bunuh|akan bunuh|ancam bunuh|" +
		"papatayin|patayin|papatay|" +
		"giết tôi|giết em|giết con|giết chết|bị giết|" +
		"ฆ่า|ขู่ฆ่า|" +
		"သတ်မယ်|သတ်ပစ်|သေအောင်|" +
		"សម្លាប់ខ្ញុំ|នឹងសម្លាប់|" +
		"ຂ້າຂ້ອຍ|ຈະຂ້າ|" +
		"殺咗|殺死|殺我|杀我|杀死|劈死|打死|" +
		"মেরে ফেলবে|মেরে ফেলার|^খুন|" +
		"मारिदिन्छु|मार्छु|मारिदिने|मार्ने धम्की|ज्यान मार",
	"confinement": "lock*|locked|cant escape|cannot escape|cant get out|held captive|captive|berkunci|terkunci|kunci ada pada|key is with|stuck on a boat|stuck on the boat|stuck at sea|stuck on ship|terjebak|terperangkap|naipit|mắc kẹt|ติดอยู่บนเรือ|困咗|困在|guards|guard dogs|keep us in|keep me in|kept us in|kept me in|locked up|သော့ခတ်|သော့ပိတ်|comes into my room|into my room|sneaks into|ke kamar saya|sa kwarto ko|vào phòng|เข้าห้อง|အခန်းထဲဝင်|ចូលបន្ទប់|ເຂົ້າຫ້ອງ|入我房|進我房|进我房|রুমে ঢোক|कोठामा पस|come into my room|enters my room|came into my room|masuk bilik saya|masuk kamar saya|pumapasok sa kwarto ko|vào phòng em|vào phòng tôi|เข้าห้องหนู|เข้าห้องฉัน|入我房|进我房间|進我房間|being held|held against my will|against my will|watch me all the time|always watched|trapped|prisoner|imprison*|guarded|guards watch|held on the boat|held on a boat|keep me inside|keeps me inside|kept inside|kept me inside|not let me off the boat|detained by|chained|" +
		"dikurung|kurung|terkurung|dikunci|kunci saya|dikurung|disekap|sekap|ditahan di rumah|tak boleh lari|tidak bisa kabur|" +
		"kinulong|ikinulong|nakakulong|kinukulong|nakakandado|ikinandado|hindi makalabas ng bahay|bihag|" +
		"nhốt|bị nhốt|giam giữ|bị giam|giam lỏng|không cho ra khỏi|" +
		"ขัง|กักขัง|ขังไว้|ถูกขัง|ล็อค|ล็อก|ล๊อค|ขังห้อง|หนีไม่ได้|" +
		"ပိတ်ထား|ချုပ်ထား|ပိတ်လှောင်|ထွက်ပြေးလို့မရ|" +
		"ឃុំខ្លួន|ឃុំខ្ញុំ|ឃុំយើង|ឃុំទុក|ចាប់ឃុំ|ກັກຕົວ|กักตัว|ချုပ်နှောင်|বন্দী|बन्द गरेर|ឃុំឃាំង|ចាក់សោ|ខ្ទប់|បិទទ្វារ|" +
		"ຂັງ|ກັກຂັງ|ລັອກ|ລັອກປະຕູ|" +
		"禁錮|禁锢|鎖住|锁住|鎖喺|鎖咗|关住|關住|關喺|关喺|被關|被关|關咗|关咗|困住|關起|关起|軟禁|软禁|" +
		"আমাকে আটকে|আমাদের আটকে|ঘরে আটকে|রুমে আটকে|বন্দি|তালা দিয়ে|আটক করেছে|আটক করে রেখেছে|" +
		"थुनेर|थुनिएको|थुन्छ|थुनेको|बन्धक|ताल्चा लगा|कैद",
	"sexual_violence": "rape*|raped|sexual*|molest*|touch me|touched me|touching me|touches me|grope*|harass*|forced me to have sex|sex with me|naked|" +
		"perkosa|diperkosa|memperkosa|rogol|dirogol|cabul|dicabuli|pelecehan|dilecehkan|dilecehin|gangguan seksual|diraba|raba|pegang pegang|pegang badan|meraba|grepe|colek|dicolek|diraba raba|" +
		"ginahasa|hinipuan|hinihipuan|hinalay|minamanyak|manyak|binastos|" +
		"hiếp|hiếp dâm|cưỡng hiếp|sàm sỡ|quấy rối|xâm hại|" +
		"ข่มขืน|ลวนลาม|ล่วงละเมิดทางเพศ|จับหน้าอก|" +
		"အဓမ္မ|မုဒိမ်း|လိင်|ထိပါး|" +
		"រំលោភ|ចាប់រំលោភ|បៀតបៀនផ្លូវភេទ|" +
		"ຂົ່ມຂືນ|ລ່ວງລະເມີດທາງເພດ|ທາງເພດ|ทางเพศ|ផ្លូវភេទ|ပြုကျင့်|မတော်မတရား|" +
		"強姦|强奸|非禮|非礼|性侵|性騷擾|性骚扰|摸我|" +
		"ধর্ষণ|যৌন|শ্লীলতাহানি|" +
		"बलात्कार|यौन",
	"forced_sex_work": "sex work*|entertain guests|entertain customers|drink with customers|drink with them|drink with guests|temani tamu|menemani tamu|layan tamu minum|hostess|tiếp rượu|นั่งดริ้งค์|陪酒|陪客|prostitut*|sell my body|sell her body|sleep with customers|sleep with men|sleep with clients|forced to sleep with|brothel|pimp|" +
		"dilacurkan|pelacur|melacur|jual diri|pekerja seks|dipaksa melayani|layan pelanggan|" +
		"ibinubugaw|makipagtalik|makipag sex|bugaw|pinagbibili ang katawan|pokpok|prostitusyon|" +
		"bán dâm|ép bán dâm|mại dâm|tiếp khách|làm gái|đi khách|" +
		"ขายบริการ|ขายตัว|ค้าประเวณี|บังคับขายบริการ|" +
		"ပြည့်တန်ဆာ|လိင်လုပ်ငန်း|" +
		"ពេស្យា|រកស៊ីផ្លូវភេទ|" +
		"ຂາຍບໍລິການ|ຂາຍຕົວ|ໂສເພນີ|" +
		"賣淫|卖淫|接客|賣身|卖身|做雞|" +
		"পতিতা|দেহ ব্যবসা|দেহব্যবসা|যৌনকর্ম|" +
		"वेश्या|यौन व्यवसाय|देह व्यापार",
	"kidnapping": "kidnap*|bawa lari|dibawa lari|dilarikan|kena bawa lari|snatched|grabbed my son|grabbed my daughter|drove away with|捉走|抓走|bắt đi|abduct*|taken away by|took her away|took him away|" +
		"diculik|culik|penculikan|" +
		"dinukot|kinidnap|" +
		"bắt cóc|" +
		"ลักพาตัว|ลักพา|จับตัวไป|" +
		"ပြန်ပေးဆွဲ|ခိုးယူ|" +
		"ចាប់ជំរិត|ចាប់ពង្រត់|" +
		"ລັກພາຕົວ|" +
		"綁架|绑架|擄走|拐走|拐賣|拐卖|" +
		"অপহরণ|" +
		"अपहरण",
	"sold": "sold me|sold us|sold her|sold him|sold to|was sold|were sold|been sold|sell me|selling me|sell us|" +
		"dijual|menjual saya|jual saya|dijualnya|" +
		"ibinenta|binenta|ipinagbili|" +
		"bị bán|bán tôi|bán em|bán sang|bán qua|bán con|" +
		"ถูกขาย|ขายฉัน|ขายหนู|ขายผม|ขายให้|" +
		"ရောင်းစား|ရောင်းလိုက်|ရောင်းခံ|" +
		"លក់ខ្ញុំ|ត្រូវគេលក់|" +
		"ຖືກຂາຍ|ຂາຍຂ້ອຍ|" +
		"賣咗|被賣|被卖|賣咗我|" +
		"বিক্রি করে দিয়েছে|বিক্রি করে|" +
		"बेचिदिए|बेचेको|बेच्यो|बेचिन",
	"self_harm": "kill myself|suicid*|want to die|wanna die|end my life|take my life|hurt myself|cut myself|better off dead|no reason to live|" +
		"bunuh diri|nak mati|ingin mati|mau mati|pengen mati|mahu mati|" +
		"magpakamatay|magpapakamatay|gusto ko nang mamatay|gusto ko na mamatay|mamatay na lang|" +
		"tự tử|muốn chết|tự sát|" +
		"ฆ่าตัวตาย|อยากตาย|" +
		"သေချင်|ကိုယ့်ကိုယ်ကိုသတ်|ကိုယ့်ကိုယ်ကို သတ်|" +
		"សម្លាប់ខ្លួន|ចង់ស្លាប់|" +
		"ຂ້າຕົວຕາຍ|ຢາກຕາຍ|" +
		"自殺|自杀|想死|唔想生存|" +
		"আত্মহত্যা|মরে যেতে চাই|মরতে চাই|" +
		"आत्महत्या|मर्न मन|मर्न चाहन्छु",
	"medical_emergency": "bleeding|lots of blood|a lot of blood|banyak darah|darahnya banyak|dugo|máu chảy|เลือดไม่หยุด|เลือดไหล|သွေးမတိတ်|ឈាមហូរ|ເລືອດບໍ່ຢຸດ|血流|রক্ত থামছে না|রক্ত বন্ধ হচ্ছে না|रगत रोकि|रगत रोकिँदैन|cut off|putus|nasugatan|sugatan|gãy chân|gãy tay|đứt tay|ដាច់ដៃ|ដៃដាច់|ပြတ်သွား|切斷|斷咗||faint*|pass out|passed out|mau pingsan|ngất|เป็นลม|မူးလဲ|ជិតសន្លប់|ເປັນລົມ|就快暈|unconscious|cant breathe|cannot breathe|heart attack|ambulance|seizure|convuls*|foaming|kejang|berbusa|nangingisay|co giật|ชักตัว|ชักเกร็ง|น้ำลายฟูมปาก|တက်နေ|ប្រកាច់|ຊັກ|抽筋|發羊吊|খিঁচুনি|मिर्गी|overdose|poisoned|broken arm|broken leg|broken bone*|badly injured|seriously injured|very sick|seriously ill|dying|collapsed|miscarriage|" +
		"pendarahan|berdarah|pengsan|pingsan|sakit teruk|sakit parah|sesak nafas|sesak napas|ambulans|keguguran|" +
		"dinudugo|duguan|nawalan ng malay|walang malay|malubha|hindi makahinga|nakunan|" +
		"chảy máu|bất tỉnh|cấp cứu|khó thở|ốm nặng|bệnh nặng|sảy thai|" +
		"เลือดออก|หมดสติ|ป่วยหนัก|หายใจไม่ออก|รถพยาบาล|แท้ง|" +
		"သွေးထွက်|သတိလစ်|အသက်ရှူမဝ|ဆေးရုံတင်|ပြင်းပြင်းထန်ထန်နေမကောင်း|" +
		"ហូរឈាម|សន្លប់|ឈឺធ្ងន់|ពិបាកដកដង្ហើម|" +
		"ເລືອດອອກ|ສະຫຼົບ|ເຈັບໜັກ|ຫາຍໃຈບໍ່ອອກ|" +
		"流血|暈倒|晕倒|昏迷|唞唔到氣|呼吸困難|救護車|救护车|病得好重|" +
		"রক্তক্ষরণ|রক্ত পড়|অজ্ঞান|শ্বাস নিতে পারছি না|খুব অসুস্থ|" +
		"रगत बग|बेहोस|सास फेर्न|धेरै बिरामी",
	"danger": "in danger|not safe|unsafe|life in danger|help me escape|save me|send help|send someone|come quickly|please come|rescue me|rescue us|save us|" +
		"dalam bahaya|bahaya|selamatkan saya|selamatkan kami|tolong selamatkan|" +
		"nasa panganib|panganib|iligtas|sagipin|" +
		"nguy hiểm|cứu tôi|cứu em|cứu với|cứu con|" +
		"อันตราย|ช่วยชีวิต|" +
		"အန္တရာယ်|ကယ်ပါ|ကယ်တင်|" +
		"គ្រោះថ្នាក់|ជួយសង្គ្រោះ|" +
		"ອັນຕະລາຍ|" +
		"救命|好危險|危险|危險|" +
		"বিপদ|বাঁচাও|বাঁচান|" +
		"खतरा|बचाउनुहोस्|बचाउ",
	"forced_marriage": "forced to marry|force me to marry|forced marriage|married off|marry me off|sold as a bride|" +
		"dipaksa kahwin|dipaksa menikah|kawin paksa|kahwin paksa|nikah paksa|dipaksa nikah|" +
		"ipakasal|pinilit ipakasal|sapilitang kasal|" +
		"ép cưới|ép kết hôn|lấy chồng trung quốc|bị ép lấy chồng|ép lấy chồng|" +
		"บังคับแต่งงาน|" +
		"အတင်းလက်ထပ်|အတင်း လက်ထပ်|မင်္ဂလာဆောင်ခိုင်း|" +
		"បង្ខំរៀបការ|" +
		"ບັງຄັບແຕ່ງງານ|" +
		"逼婚|被迫結婚|被迫结婚|買老婆|买老婆|" +
		"জোর করে বিয়ে|বাল্যবিবাহ|" +
		"जबरजस्ती विवाह|जबर्जस्ती बिहे|बाल विवाह",
	"sos": "sos|s o s|mayday",
	"deception": "lied to me|lie to me|lied about|cheated|cheat me|tricked|deceiv*|fake job|false promise*|promised me|was promised|were promised|dijanjikan|pinangakuan|được hứa|different job|not the job|not what they promised|scam*|different salary|less than promised|lower salary than|contract substitution|fake contract|not what was promised|dijebak|ditipu agen|ép làm gái|bắt đi khách|" +
		"ditipu|dijebak|tipu|menipu|dibohongi|bohong|janji palsu|kerja lain|" +
		"niloko|nilinlang|panloloko|scam|iba ang trabaho|pineke|" +
		"bị lừa|lừa đảo|hứa hẹn|khác với hợp đồng|" +
		"หลอก|ถูกหลอก|โดนหลอก|ต้มตุ๋น|" +
		"လိမ်|လိမ်လည်|လှည့်စား|ညာ|" +
		"បោក|បោកប្រាស់|ឆបោក|" +
		"ຫຼອກ|ຖືກຫຼອກ|ຕົວະ|" +
		"呃我|呃人|騙|骗|訛稱|" +
		"প্রতারণা|ঠকিয়ে|ঠকানো|মিথ্যা বলে|মিথ্যা|ধোঁকা|" +
		"ठग|ठगी|धोका|झुक्याएर|झुटो",
	"intimidation": "threat*|report me to|jail|prison|penjara|dipenjara|ipakulong|bỏ tù|ติดคุก|คุก|ထောင်ချ|ထောင်ထဲ|គុក|ຄຸກ|坐監|坐牢|監獄|জেল|কারাগার|जेल|ຕຳຫຼວດຈັບ|ໃຫ້ຕຳຫຼວດ|ให้ตำรวจจับ|แจ้งตำรวจจับ|polis tangkap|ipahuli|báo công an bắt|sends me to|send me to police|hand me to police|turn me in|send me back home|call the police on me|ngancam|mengancam saya|call immigration|deport me|send me to jail|put me in jail|blackmail*|or else|scare me|" +
		"ugut|diugut|ancam|diancam|mengancam|" +
		"tinakot|tinatakot|pananakot|banta|binantaan|pinagbantaan|" +
		"đe dọa|dọa|hăm dọa|" +
		"ขู่|ข่มขู่|" +
		"ခြိမ်းခြောက်|" +
		"គំរាម|" +
		"ຂູ່|ນາບຂູ່|" +
		"恐嚇|恐吓|威脅|威胁|嚇我|吓我|" +
		"হুমকি|দেশে পাঠিয়ে দেবে|দেশে পাঠিয়ে দিবে|ফেরত পাঠাবে|ভয় দেখা|" +
		"धम्की|धम्क्याउ|धम्क्या|डर देखा",
	"debt_bondage": "debt*|until i pay|work off|pay off the|pay back|hutang budi|owe them|owe the agent|owe my agent|i owe|owe him|owe her|we owe|owed|owing|pay back the fee|salary deduction|deduct*|" +
		"hutang|utang|potongan gaji|potong gaji|dipotong|bayar balik|" +
		"utang|kaltas*|kinakaltasan|kinakaltas|bawas sa sahod|binabawas|" +
		"nợ tiền|nợ không trả|đang nợ|em nợ|tôi nợ|còn nợ|gánh nợ|mắc nợ|nợ nần|khoản nợ|món nợ|trừ lương|khấu trừ|" +
		"หนี้|ติดหนี้|หักเงินเดือน|หักจาก|หักค่าหัว|หักค่า|" +
		"အကြွေး|ကြွေး|လစာဖြတ်|" +
		"បំណុល|ជំពាក់|កាត់ប្រាក់ខែ|" +
		"ໜີ້|ຫນີ້|ຕິດໜີ້|ຫັກເງິນ|" +
		"欠債|欠债|債務|债务|借貸|扣錢|扣人工|扣工資|扣工资|" +
		"ঋণ|দেনা|ধার|কেটে নেয়|" +
		"ऋण|ऋणमा|साहुको ऋण|कटौती",
	"forced_labour": "forced to work|forces me|forced me|force me|forcing|force them|forced them|forcing them|force me to work|slave*|make me work|made me work|work without pay|working for free|" +
		"dipaksa kerja|dipaksa bekerja|paksa kerja|perhambaan|" +
		"pinipilit|pinilit|sapilitang|alipin|" +
		"ép làm|bắt làm|nô lệ|" +
		"บังคับ|ทาส|" +
		"အတင်းအဓမ္မ|အတင်းခိုင်း|ကျွန်လိုခိုင်း|ကျွန်ခိုင်း|" +
		"បង្ខំ|ទាសករ|" +
		"ບັງຄັບ|ຂ້າທາດ|" +
		"強迫|强迫|逼我|被逼|奴隸|奴隶|" +
		"জোর করে|জোরপূর্বক|দাস|" +
		"जबरजस्ती|जबर्जस्ती|दास",
	"trafficking": "trafficked|trafficker*|人蛇|diperdagangkan|dijual ke luar negeri",
	"abusive_conditions": "sleep on the floor|sleep in the kitchen|sleep in the toilet|sleep in the bathroom|no bed|shout at me|shouts at me|yell at me|yells at me|scold*|insult*|verbal abuse|verbally abus*|humiliat*|starv*|once a day|one meal a day|only one meal|sekali sehari|isang beses lang|một bữa|มื้อเดียว|วันละมื้อ|တစ်နပ်|មួយពេល|ຄາບດຽວ|一餐|একবার খেতে|एक पटक मात्र खाना|" +
		"dimarahi|dimaki|maki|caci|tidur di lantai|kelaparan|" +
		"minumura|sinisigawan|pinapagalitan|sa sahig natutulog|" +
		"chửi|bị mắng|bỏ đói|nhịn đói|ngủ dưới sàn|" +
		"ด่า|ดุด่า|อดข้าว|นอนพื้น|" +
		"ဆဲ|ဆူပူ|ငတ်|" +
		"ជេរ|ស្រែកដាក់|" +
		"ດ່າ|" +
		"鬧我|罵我|骂我|捱餓|挨饿|冇飯食|瞓地下|" +
		"গালি|গালাগালি|" +
		"गाली|भोकै",
	"abuse_of_vulnerability": "",
	"excessive_overtime": "no day off|till midnight|until midnight|sampai tengah malam|hanggang hatinggabi|đến nửa đêm|ถึงเที่ยงคืน|ညသန်းခေါင်|ដល់ពាក់កណ្ដាលអធ្រាត្រ|ຮອດທ່ຽງຄືນ|做到半夜|到半夜|মধ্যরাত পর্যন্ত|मध्यरातसम्म|from morning to night|from morning till night|pagi sampai malam|umaga hanggang gabi|sáng đến tối|เช้ายันค่ำ|ตั้งแต่เช้าจนค่ำ|မနက်ကနေ ညအထိ|ពីព្រឹកដល់យប់|ແຕ່ເຊົ້າຮອດຄ່ຳ|朝做到晚|从早到晚|從早到晚|সকাল থেকে রাত|बिहानदेखि राति|no days off|no rest day|no rest|without rest|no holiday|work all day and night|work day and night|non stop|nonstop|never rest|24 hours|" +
		"tiada cuti|tak ada cuti|tidak ada libur|tidak ada cuti|tak pernah cuti|tanpa libur|tanpa cuti|kerja siang malam|" +
		"walang day off|walang pahinga|walang off|hindi pinagpapahinga|" +
		"không có ngày nghỉ|không được nghỉ|làm cả ngày lẫn đêm|làm suốt|" +
		"ไม่มีวันหยุด|ไม่ได้หยุด|ไม่ได้พัก|ทำงานทั้งวันทั้งคืน|" +
		"နားရက်မရှိ|အနားမပေး|ပိတ်ရက်မရှိ|" +
		"គ្មានថ្ងៃឈប់|មិនបានសម្រាក|" +
		"ບໍ່ມີວັນພັກ|ບໍ່ໄດ້ພັກ|" +
		"冇假放|冇假期|冇假|冇休息|沒有休息|没有休息|沒有假|没有假|" +
		"ছুটি দেয় না|ছুটি নেই|বিশ্রাম নেই|" +
		"बिदा छैन|बिदा दिँदैन|आराम छैन",
	"family_unreachable": "",
	"isolation":          "not allowed to call|cant call my family|cant contact anyone|no contact with|not allowed to talk|",
	"document_retention": "",
	"wage_withholding": "unpaid|ko tra luong|ko tra tien|ko dc tra|k tra luong|ko co luong|khong co luong|chua duoc tra|only give|only pay|only paid|only gave|pays less|paid less|keep the rest|no salary|no pay|not paid|never paid|didnt pay|dont pay|doesnt pay|wont pay|not pay|havent been paid|hasnt paid|havent paid|no wage*|withh*|frozen|froze|रोके|रोकेको|রোক|owe me|owes me|salary late|wages late|" +
		"gaji tidak dibayar|gaji tak dibayar|tak bayar gaji|tidak bayar gaji|belum dibayar|belum gajian|tak gaji|x bayar|tidak digaji|tak dibayar|" +
		"walang sahod|hindi binabayaran|hindi pa binabayaran|di binabayaran|hindi nagpapasweldo|walang sweldo|walang suweldo|" +
		"không trả lương|nợ lương|chưa trả lương|không được trả|quỵt lương|chưa nhận lương|" +
		"ไม่จ่ายเงินเดือน|ไม่ได้เงินเดือน|ค้างค่าจ้าง|ค้างเงินเดือน|ไม่จ่ายค่าจ้าง|ไม่ได้ค่าจ้าง|ไม่จ่ายเงิน|" +
		"လစာမပေး|လခမပေး|လစာမရ|လခမရ|ပိုက်ဆံမပေး|" +
		"មិនបើកប្រាក់ខែ|មិនឲ្យលុយ|អត់បើកលុយ|អត់បានលុយ|" +
		"ບໍ່ຈ່າຍເງິນເດືອນ|ບໍ່ໄດ້ເງິນເດືອນ|ບໍ່ຈ່າຍຄ່າແຮງ|" +
		"唔俾人工|唔畀人工|冇人工|冇糧出|拖糧|拖欠|欠薪|欠人工|冇出糧|唔出糧|扣糧|不發工資|不发工资|沒有工資|没有工资|拿不到工資|" +
		"বেতন দেয় না|বেতন দেয়নি|বেতন পাইনি|বেতন পাচ্ছি না|টাকা দেয় না|টাকা দেয়নি|" +
		"तलब दिएन|तलब दिँदैन|तलब दिदैन|तलब पाएको छैन|तलब छैन|पैसा दिएन|पैसा दिँदैन",
	"movement_restriction": "cant leave|cannot leave|cant go out|cannot go out|not allowed out|not allowed to leave|not allowed to go out|dont let me go|doesnt let me go|wont let me go|dont let me leave|wont let me leave|doesnt let me leave|never let me out|want to escape|run away|ran away|escape*|" +
		"tak boleh keluar|tidak boleh keluar|tidak bisa keluar|tak dapat keluar|dilarang keluar|tak bagi keluar|nggak boleh keluar|turun ke darat|mau kabur|nak lari|kabur|lari dari|" +
		"hindi makalabas|bawal lumabas|hindi pinapalabas|ayaw akong palabasin|tumakas|takas|" +
		"không được ra ngoài|không cho ra ngoài|không cho đi|không cho về|bỏ trốn|trốn|" +
		"ออกไปไหนไม่ได้|ไม่ให้ออก|ห้ามออก|ออกไม่ได้|หนีออกมา|หนี|" +
		"အပြင်မထွက်ရ|အပြင်ထွက်ခွင့်မပေး|မထွက်ရ|ထွက်ပြေး|" +
		"មិនអោយចេញ|មិនឲ្យចេញ|ចេញមិនបាន|រត់គេច|" +
		"ບໍ່ໃຫ້ອອກ|ອອກບໍ່ໄດ້|ໜີ|" +
		"唔俾出街|唔畀出街|唔俾我出|不准出去|不讓我出|不让我出|出唔到|走唔到|逃走|逃跑|" +
		"বাইরে যেতে দেয় না|বের হতে দেয় না|পালিয়ে|" +
		"बाहिर जान दिँदैन|बाहिर जान दिदैन|बाहिर निस्कन दिँदैन|भाग्न",
}

// parts combine: every part of a rule in one sentence fires its signal.
var partWords = map[string]string{
	"doc": "passport*|thẻ cư trú|thẻ arc|arc|居留證|居留证|pasport*|pasport|paspor|pasaporte|passaport|pp|ic|id card|identity card|work permit|permit*|document*|dokumento|papeles|document|papers|visa|kad pengenalan|dokumen*|kartu|ktp|mykad|i kad|ikad|" +
		"hộ chiếu|giấy tờ|" +
		"หนังสือเดินทาง|พาสปอร์ต|พาสปอต|พาสปอร์ท|บัตร|เอกสาร|ใบอนุญาตทำงาน|" +
		"ပတ်စ်ပို့|ပတ်စပို့|ပါ့စပို့|ပတ်စ်ပို|ပတ္စပို့|ပတ်စပို|နိုင်ငံကူးလက်မှတ်|ကတ်|စာရွက်စာတမ်း|ဝါ့ပါမစ်|ပါမစ်|" +
		"លិខិតឆ្លងដែន|ប៉ាស្ព័រ|ឯកសារ|ប័ណ្ណ|" +
		"ໜັງສືຜ່ານແດນ|ຫນັງສືຜ່ານແດນ|ພາສປອດ|ພາສປອຕ|ເອກະສານ|ບັດ|" +
		"護照|护照|身份證|身份证|證件|证件|工作證|簽證|签证|" +
		"পাসপোর্ট|পাসপোট|ভিসা|কাগজপত্র|আইডি কার্ড|" +
		"राहदानी|पासपोर्ट|पासपोट|भिसा|कागजात",
	"take": "took|take|takes|taken|taking|keep|keeps|kept|keeping|hold|holds|holding|held|confiscat*|seiz*|withh*|frozen|froze|रोके|रोकेको|রোক|hide|hid|hidden|grab*|stole|stolen|not return*|wont return|refus* to return|give back|gave back|has my|they have my|he has my|she has my|kept by|with the agent|with my boss|with my employer|" +
		"ambil|diambil|ambik|simpan|disimpan|menyimpan|tahan|ditahan|menahan|rampas|dirampas|pegang|dipegang|sita|disita|" +
		"kinuha|kinukuha|hawak|hinahawakan|tinago|itinago|kinumpiska|ayaw ibigay|ayaw ibalik|hindi ibinabalik|" +
		"giữ|thu mất|bị thu|lấy|tịch thu|thu giữ|không trả lại|" +
		"ยึด|เก็บ|ไม่คืน|เอาไป|ริบ|" +
		"သိမ်း|ယူထား|ကိုင်ထား|ယူသွား|မပေး|ပြန်မပေး|" +
		"ដកហូត|រឹបអូស|យក|កាន់|ទុក|មិនឲ្យមកវិញ|" +
		"ຍຶດ|ເກັບ|ເອົາໄປ|ເອົາ|เอา|ບໍ່ຄືນ|" +
		"扣|收起|收埋|收咗|攞咗|拿走|沒收|没收|唔還|唔俾返|不還|不还|" +
		"নিয়ে নিয়েছে|রেখে দিয়েছে|রেখে দিয়েছে|আটকে রেখেছে|আটকে|কেড়ে|ফেরত দিচ্ছে না|জব্দ|" +
		"खोस|राखेको|लिएको|फिर्ता दिएन|फिर्ता दिँदैन|जफत",
	"phone":    "phone*|cellphone|handphone|hp|mobile|telefon|telepon|cp|selpon|điện thoại|โทรศัพท์|มือถือ|ဖုန်း|ទូរស័ព្ទ|ໂທລະສັບ|電話|手機|手机|ফোন|মোবাইল|फोन|मोबाइल",
	"wage":     "salary|salery|sallary|salry|salari|sallery|payment|gj|gji|dibyr|dbyr|byr|bayar|dibayar|tra luong|trả lương|salaries|wage|wages|pay|paid|money|gaji|upah|duit|uang|wang|sahod|sinasahuran|pinapasahod|nagpapasahod|sumasahod|pinapasweldo|sweldo|suweldo|pasahod|bayad|pera|lương|tiền|เงินเดือน|ค่าจ้าง|ค่าแรง|เงิน|လစာ|လုပ်ခ|လခ|ပိုက်ဆံ|ប្រាក់ខែ|ប្រាក់ឈ្នួល|លុយ|ເງິນເດືອນ|ຄ່າຈ້າງ|ຄ່າແຮງ|ເງິນ|人工|加班費|加班费|工資|工资|薪水|薪金|糧|粮|বেতন|টাকা|মজুরি|तलब|पैसा|ज्याला",
	"out":      "go out|going out|leave the house|leave the boat|get off the boat|outside|go home|leave|keluar|pulang|balik|lumabas|pinapalabas|pinalabas|palabasin|makalabas|labas|umuwi|makauwi|uwi|ra ngoài|ra khỏi|về nhà|về nước|về quê|ออกไป|ขึ้นฝั่ง|ออกนอก|ឡើងគោក|ចុះពីទូក|กลับบ้าน|အပြင်|ဆင်း|ကမ်းပေါ်တက်|ထွက်|အိမ်ပြန်|ပြန်ချင်|နိုင်ငံပြန်|ចេញ|ទៅផ្ទះ|ត្រឡប់|ອອກໄປ|ອອກ|ກັບບ້ານ|出街|出门|出門|出去|返屋企|回家|বাইরে|বের হ|বাড়ি ফির|ফিরতে|দেশে ফির|बाहिर|घर फर्क",
	"notallow": "not allowed|not allow|dont allow|doesnt allow|wont allow|forbid*|ban me|dont let|doesnt let|wont let|never let|cant|cannot|tak boleh|nggak boleh|gak boleh|ga boleh|ndak boleh|ခွင့်မရှိ|tidak boleh|tidak bisa|tak bagi|dilarang|larang|bawal|ayaw|hindi pinapayagan|không được|không cho|cấm|ไม่ให้|ห้าม|ไม่ได้|ခွင့်မပေး|ခွင့်မရှိ|မရ|មិនអោយ|មិនឲ្យ|ហាម|មិនបាន|ບໍ່ໃຫ້|ຫ້າມ|ບໍ່ໄດ້|唔俾|唔畀|唔准|不准|不讓|不让|不許|দেয় না|দেয়না|দিচ্ছে না|দিँदैन|दिँदैन|दिदैन|दिंदैन|पाउँदिन",
	"family": "friend|friends|kawan|teman|kaibigan|bạn tôi|bạn em|เพื่อน|သူငယ်ချင်း|មិត្តភក្តិ|ໝູ່|朋友|বন্ধু|साथी|daughter|son|sister|brother|husband|wife|mother|mom|mum|mama|father|dad|papa|cousin|niece|nephew|child|children|kid|family|" +
		"anak|adik|kakak|suami|istri|isteri|ibu|ayah|bapak|emak|mak|abang|keluarga|" +
		"asawa|kapatid|nanay|tatay|kuya|pamilya|pinsan|" +
		"con gái|con trai|con tôi|em gái|em trai|chồng|vợ|mẹ tôi|mẹ em|bố|ba tôi|gia đình|chị gái|anh trai|" +
		"ลูก|ลูกสาว|ลูกชาย|สามี|ภรรยา|แฟน|น้อง|พี่|แม่|พ่อ|ครอบครัว|" +
		"သမီး|သား|ယောက်ျား|ခင်ပွန်း|မိန်းမ|ဇနီး|ညီမ|ညီ|အစ်ကို|အစ်မ|အမေ|အဖေ|မိသားစု|" +
		"កូន|ប្តី|ប្ដី|ប្រពន្ធ|ប្អូន|បង|ម្តាយ|ម្ដាយ|ឪពុក|គ្រួសារ|" +
		"ລູກ|ລູກສາວ|ລູກຊາຍ|ຜົວ|ເມຍ|ນ້ອງ|ເອື້ອຍ|ອ້າຍ|ແມ່|ພໍ່|ຄອບຄົວ|" +
		"女兒|女儿|個女|個仔|兒子|儿子|老公|老婆|丈夫|妻子|家姐|細佬|妹妹|姐姐|哥哥|弟弟|媽媽|妈妈|爸爸|家人|" +
		"মেয়ে|ছেলে|স্বামী|স্ত্রী|^ভাই|^বোন|^মা$|বাবা|পরিবার|" +
		"छोरी|छोरा|श्रीमान|श्रीमती|दाइ|दिदी|बहिनी|भाइ|आमा|बुबा|परिवार",
	"unreach": "cant contact|cannot contact|cant reach|cannot reach|lost contact|no contact|no news|not answering|doesnt answer|not picking up|phone is off|missing|phone is switched off|phone switched off|phone is off|phone off|hp mati|hp tidak aktif|naka off|tắt máy|ปิดเครื่อง|ဖုန်းပိတ်|បិទទូរស័ព្ទ|ປິດໂທລະສັບ|熄機|熄咗機|关机|關機|ফোন বন্ধ|फोन बन्द|not answering my calls|wont answer|doesnt reply|not replying|disappeared|havent heard|have not heard|dont know where|no word from|" +
		"tak dapat hubungi|nggak ada kabar|gak ada kabar|tak ada khabar|nggak ada berita|tidak ada berita|nggak bisa dihubungi|gak bisa dihubungi|tak boleh dihubungi|hp nya mati|hpnya mati|tidak bisa dihubungi|tak boleh hubungi|hilang|tak dapat dihubungi|tiada khabar|tidak ada kabar|hilang kontak|lost contact|tak ada berita|putus hubungan|tidak ada kabar|hilang kontak|lost contact|ga ada kabar|" +
		"hindi makontak|di makontak|walang balita|nawawala|hindi sumasagot|wala nang balita|" +
		"không liên lạc được|mất liên lạc|không có tin|mất tích|không nghe máy|" +
		"ติดต่อไม่ได้|โทรไม่ติด|ติดต่อไม่ติด|ไม่รับโทรศัพท์|ไม่มีข่าวคราว|ขาดการติดต่อ|เงียบหาย|ขาดการติดต่อ|ไม่รับสาย|หายตัว|หายไป|ไม่มีข่าว|" +
		"ဆက်သွယ်လို့မရ|ဆက်သွယ်လို့ မရ|ဆက်သွယ်မရ|အဆက်အသွယ်ပြတ်|ပျောက်|သတင်းမှမရ|သတင်းမှ မရ|သတင်းမရှိ|အဆက်အသွယ်မရ|ဖုန်းဆက်မရ|သတင်းမရ|ဖုန်းမကိုင်|" +
		"ទាក់ទងមិនបាន|បាត់ដំណឹង|បាត់ខ្លួន|អត់លើកទូរស័ព្ទ|" +
		"ຕິດຕໍ່ບໍ່ໄດ້|ຂາດການຕິດຕໍ່|ຫາຍໄປ|ຫາຍຕົວ|हराइ|हराए|ບໍ່ຮັບສາຍ|" +
		"聯絡唔到|聯絡不上|联系不上|聯繫不上|失蹤|失踪|冇消息|沒有消息|没有消息|搵唔到|" +
		"যোগাযোগ করতে পারছি না|যোগাযোগ নেই|নিখোঁজ|খবর নেই|কোনো খবর নেই|খোঁজ পাচ্ছি না|খোঁজ নেই|ফোন ধরছে না|" +
		"सम्पर्क हुन सकेको छैन|सम्पर्क छैन|सम्पर्कविहीन|हराएको|फोन उठाउँदैन|खबर छैन",
	"dayoff":      "day off|days off|rest day|holiday|cuti|libur|off day|pahinga|ngày nghỉ|tanpa henti|istirahat|rehat|nghỉ|วันหยุด|หยุด|ပိတ်ရက်|နားရက်|ថ្ងៃឈប់|សម្រាក|အနားယူ|अराम|आराम|break|breaks|ວັນພັກ|假期|放假|休息|ছুটি|बिदा",
	"food":        "food|eat|meal|meals|makan|makanan|pagkain|pinapakain|pakain|makakain|kakain|kumain|cho ăn|được ăn|bữa ăn|cơm|ข้าว|อาหาร|กิน|ထမင်း|အစာ|စား|បាយ|ម្ហូប|ຂ້າວ|ອາຫານ|ກິນ|飯|饭|食|খাবার|খেতে|खाना|भात",
	"neg":         "លែង|নিয়ে যায় না|নিয়ে যায়না|မပို့|लैजाँदैन|लैजादैन|唔肯|不肯|မစား|မကျွေး|दिँदैन|दिदैन|not|d|no|never|dont|didnt|doesnt|havent|hasnt|wont|cant|cannot|without|refus*|nothing|tidak|tak|tk|x|gak|nggak|enggak|ngga|belum|blm|tiada|takde|xde|tanpa|hindi|wala|walang|ayaw|không|chưa|chẳng|ไม่|ยังไม่|ค้าง|ဘူး|မပေး|မရ|មិន|អត់|ពុំ|គ្មាន|ບໍ່|ຍັງບໍ່|唔|冇|沒|没|不|未|^না$|নি$|^নাই$|নেই|দেয়নি|পাইনি|छैन|पाइँदैन|पाउँदिन|दिएन|भएन|पाइन$|पाइनँ|पाइनौं|नदि",
	"minor":       "underage|under age|minor|child|children|kid|kids|13 years|14 years|15 years|16 years|17 years|12 years|13 year|14 year|15 year|16 year|17 year|13 yo|14 yo|15 yo|16 yo|17 yo|13 tahun|14 tahun|15 tahun|16 tahun|17 tahun|di bawah umur|bawah umur|kanak kanak|menor de edad|bata pa|trẻ em|vị thành niên|15 tuổi|16 tuổi|14 tuổi|เด็ก|ผู้เยาว์|ကလေး|အရွယ်မရောက်|អនីតិជន|ក្មេង|ເດັກ|未成年|細路|小朋友|兒童|儿童|নাবালিকা|নাবালক|শিশু|नाबालिग|नाबालक|बालबालिका|बच्चा",
	"vuln":        "illegal|undocumented|no visa|overstay*|no permit|expired visa|visa expired|pati|tanpa dokumen|tanpa permit|tiada permit|ilegal|tnt|walang papel|undocu|bất hợp pháp|không có giấy tờ|ผิดกฎหมาย|ไม่มีบัตร|ไม่มีใบอนุญาต|လက်မှတ်မဲ့|တရားမဝင်|ខុសច្បាប់|គ្មានឯកសារ|ຜິດກົດໝາຍ|黑工|冇證件|非法|অবৈধ|কাগজ নেই|अवैध",
	"contact":     "call my family|contact my family|talk to my family|call home|hubungi keluarga|telefon keluarga|tawagan ang pamilya|gọi về nhà|gọi cho gia đình|โทรหาครอบครัว|ติดต่อครอบครัว|မိသားစုဆီဖုန်း|ទូរស័ព្ទទៅគ្រួសារ|ໂທຫາຄອບຄົວ|打電話俾屋企|打电话回家|পরিবারকে ফোন|परिवारलाई फोन",
	"give":        "give back|give|return|kasih|kasi|kembalikan|balikin|bagi|pulangkan|serahkan|ibigay|ibalik|trả|trả lại|đưa|คืน|ให้|ပြန်ပေး|ပေး|ប្រគល់|ឲ្យ|ຄືນ|ໃຫ້|還|还|俾返|畀返|給|给|ফেরত|দিচ্ছে|দিবে|দেবে|দেয়নি|দিচ্ছে না|দেয়|फिर्ता|दिँदैन|दिदैन|दिंदैन|दिएन|दिन",
	"contactverb": "contact|reach|answer|answering|reply|replying|sumasagot|sumagot|angkat|menjawab|jawab|trả lời|nghe máy|รับสาย|ติดต่อ|ဖုန်းကိုင်|ဆက်သွယ်|លើកទូរស័ព្ទ|ຮັບສາຍ|聽電話|接电话|接電話|覆|回覆|ধরছে|ধরে না|উত্তর|उठाउँ|जवाफ|hubungi|dihubungi|menghubungi|makontak|macontact|liên lạc|ติดต่อ|ဆက်သွယ်|ទាក់ទង|ຕິດຕໍ່|聯絡|联系|聯繫|যোগাযোগ|सम्पर्क",
	"marry":       "marry|married|marriage|wife|bride|kahwin|kawin|nikah|menikah|kasal|ipakasal|lấy chồng|lấy vợ|kết hôn|แต่งงาน|เมีย|လက်ထပ်|မယား|រៀបការ|ប្រពន្ធ|ແຕ່ງງານ|結婚|结婚|嫁|老婆|বিয়ে|বউ|विवाह|बिहे",
	"ageword":     "age|aged|only|umur|usia|edad|อายุ|အသက်|អាយុ|ອາຍຸ|年紀|বয়স|उमेर|years old|year old|yrs old|yo|tahun|taon|tuoi|tuổi|ปี|နှစ်|ឆ្នាំ|ປີ|歲|岁|বছর|बर्ष|वर्ष|वर्षकी|वर्षको|years",
	"water":       "water|electricity|air bersih|air minum|listrik|elektrik|tubig|kuryente|nước sạch|nước uống|không có nước|điện|น้ำสะอาด|น้ำดื่ม|น้ำใช้|ไฟฟ้า|ရေသန့်|သောက်ရေ|ရေမရှိ|ទឹកស្អាត|ទឹកផឹក|ទឹកប្រើ|ភ្លើង|ນ້ຳສະອາດ|ນ້ຳດື່ມ|ນ້ຳໃຊ້|ໄຟຟ້າ|食水|乾淨水|干净水|清水|冇水|沒有水|没有水|^পানি|^পানির|বিদ্যুৎ|पानी|बिजुली",
	"sleep":       "sleep|sleeps|sleeping|slept|tidur|natutulog|matulog|tulog|ngủ|นอน|အိပ်|ដេក|ນອນ|瞓|睡|ঘুমাই|ঘুমাতে|ঘুমায়|सुत्छौं|सुत्छु|सुत्न|सुत्ने",
	"badplace":    "floor|warehouse|storeroom|store room|container|kitchen|toilet|bathroom|animals|corridor|outside|stor|gudang|bedeng|lantai|sahig|bodega|kusina|cr|nhà kho|kho|sàn|bếp|โกดัง|พื้น|ห้องน้ำ|ในครัว|ဂိုဒေါင်|ကြမ်းပြင်|မီးဖိုချောင်|ឃ្លាំង|ឥដ្ឋ|ផ្ទះបាយ|ສາງ|ພື້ນ|貨倉|货仓|廁所|厕所|地下|地板|廚房|厨房|গুদাম|মেঝে|রান্নাঘর|गोदाम|भुइँ|भान्सा",
	"care":        "take me to a doctor|take me to the doctor|take me to hospital|take me to the hospital|take me to a clinic|khám|đi khám|ໝໍ|ຫາໝໍ|ডাক্তারের|डाक्टरकहाँ|hospital|doctor|clinic|klinik|rumah sakit|ospital|doktor|dokter|bệnh viện|bác sĩ|โรงพยาบาล|หาหมอ|คลินิก|ဆေးရုံ|ဆေးခန်း|ဆရာဝန်|ពេទ្យ|មន្ទីរពេទ្យ|ໂຮງໝໍ|ທ່ານໝໍ|醫院|医院|睇醫生|看醫生|看医生|হাসপাতাল|ডাক্তার|अस्पताल|डाक्टर",
	"penalty":     "penalty|penalties|a fine|pay a fine|compensation|pay back|denda|ganti rugi|bayar ganti|multa|phạt|tiền phạt|bồi thường|ค่าปรับ|ชดใช้|ဒဏ်ကြေး|လျော်ကြေး|ពិន័យ|សំណង|ຄ່າປັບໃໝ|ປັບໃໝ|賠錢|赔钱|罰款|罚款|違約金|违约金|জরিমানা|ক্ষতিপূরণ|जरिवाना|हर्जाना",
	"talk":        "talk|speak|chat|ngobrol|bicara|berbual|bercakap|makipag usap|makipagusap|kausapin|nói chuyện|คุย|พูดคุย|စကားပြော|និយាយ|ຈົ່ມ|ລົມ|傾偈|讲话|講話|聊天|কথা বল|बोल्न|कुरा गर",
	"paidfee":     "paid|pay|bayar|membayar|nagbayad|trả|đóng|จ่าย|ပေးခဲ့|ပေးပြီး|បង់|ຈ່າຍ|俾咗|付了|付咗|দিয়েছি|तिरें|तिरेँ|juta|triệu|lakh|lakhs|লাখ|लाख|หมื่น|ringgit",
	"nojob":       "no job|there is no job|no work here|no work at all|tidak ada kerjaan|tak ada kerja|walang trabaho|không có việc|ไม่มีงาน|အလုပ်မရှိ|គ្មានការងារ|ບໍ່ມີວຽກ|冇工開|沒有工作|没有工作|কোনো কাজ নেই|কাজ নেই|काम नै छैन|काम छैन",
	"guard":       "guard|guards|guarded|escort*|bantay|binabantayan|dikawal|dijaga|dikawal ketat|canh gác|người canh|có người theo|คนคุม|คนเฝ้า|ยาม|စောင့်ကြပ်|အစောင့်|អ្នកយាម|យាម|ຄົນເຝົ້າ|ເຝົ້າ|有人跟住|有人看守|看守|পাহারা|পাহারায়|पहरेदार|पहरा",
	"outing":      "俾出|出一次|leave|go out|keluar|lumabas|pinapalabas|ra ngoài|ออก|ထွက်|ចេញ|ອອກ|出街|出去|বাইরে|बाहिर",
	"sick":        "fever|sick|ill|demam|sakit|lagnat|may sakit|sốt|ốm|bệnh|ไข้|ป่วย|ဖျား|နေမကောင်း|គ្រុន|ឈឺ|ໄຂ້|ເຈັບປ່ວຍ|發燒|发烧|病|জ্বর|অসুস্থ|ज्वरो|बिरामी",
	"contract":    "contract|kontrak|kontrata|hợp đồng|สัญญา|စာချုပ်|កិច្ចសន្យា|ສັນຍາ|合約|合约|合同|চুক্তি|सम्झौता",
	"differ":      "different|differs|not the same|beda|berbeda|berbeza|lain|iba|khác|ต่างจาก|ไม่ตรง|မတူ|ខុសពី|ບໍ່ຄືກັບ|唔同|不同|少咗|少了|half|separuh|setengah|kalahati|một nửa|ครึ่ง|တစ်ဝက်|ពាក់កណ្ដាល|ເຄິ່ງ|一半|অর্ধেক|আধা|आधा|lower|lebih kecil|lebih rendah|thấp hơn|less than|kurang dari|says 400",
	"hoursword":   "hours|hrs|hour|jam|oras|tiếng|giờ|ชั่วโมง|ชม|နာရီ|ម៉ោង|ຊົ່ວໂມງ|小時|小时|個鐘|个钟|ঘণ্টা|घण्टा|घन्टा",
}

// rules fire a signal when all their parts occur in one sentence.
// addWords adds list ("a|b|c") to the words of m[k].
func addWords(m map[string]string, k, list string) {
	if m[k] == "" {
		m[k] = list
	} else {
		m[k] += "|" + list
	}
}

// addRule adds a rule: sig fires when every part is in one sentence.
func addRule(sig string, parts ...string) {
	rules = append(rules, struct {
		signal string
		parts  []string
	}{sig, parts})
}

var rules = []struct {
	signal string
	parts  []string
}{
	{"document_retention", []string{"doc", "take"}},
	{"wage_withholding", []string{"wage", "neg"}},
	{"movement_restriction", []string{"out", "notallow"}},
	{"movement_restriction", []string{"out", "neg"}},
	{"document_retention", []string{"doc", "give", "neg"}},
	{"wage_withholding", []string{"wage", "take"}},
	{"movement_restriction", []string{"care", "notallow"}},
	{"debt_bondage", []string{"penalty", "out"}},
	{"deception", []string{"paidfee", "nojob"}},
	{"movement_restriction", []string{"outing", "guard"}},
	{"abusive_conditions", []string{"care", "neg"}},
	{"abusive_conditions", []string{"sick", "care", "neg"}},
	{"deception", []string{"contract", "differ"}},
	{"isolation", []string{"phone", "take"}},
	{"isolation", []string{"talk", "notallow"}},
	{"isolation", []string{"contact", "notallow"}},
	{"isolation", []string{"contact", "neg"}},
	{"family_unreachable", []string{"family", "unreach"}},
	{"family_unreachable", []string{"family", "contactverb", "neg"}},
	{"isolation", []string{"phone", "notallow"}},
	{"excessive_overtime", []string{"dayoff", "neg"}},
	{"abusive_conditions", []string{"food", "neg"}},
	{"abusive_conditions", []string{"water", "neg"}},
	{"abusive_conditions", []string{"sleep", "badplace"}},
}

// negators before a keyword cancel it ("I am not in danger").
var negWords = "not|d|no|never|dont|didnt|doesnt|isnt|wasnt|arent|werent|havent|hasnt|wont|nobody|tidak|tak|bukan|belum|tiada|nggak|gak|enggak|hindi|wala|walang|không|chưa|chẳng|ไม่|ไม่ได้|ยังไม่|មិន|មិនបាន|អត់|ບໍ່|ບໍ່ໄດ້|冇|唔係|沒有|没有|沒|没|未|不是|不"

// post-negators after a keyword cancel it (Bengali, Nepali, Burmese).
var negPostWords = "မရှိ|^না$|^নাই$|^নি$|^নেই$|^হয়নি|^হয়নি|छैन|पाइँदैन|पाउँदिन|^होइन|भएको छैन|ဘူး"

// blockWords contain a negator or conditional that is not one (Thai
// "เถ้าแก่", boss, holds "ถ้า", if).
var blockWords = "what can i do|what should i do|what can we do|toy gun|toy guns|water gun|glue gun|nerf|hawak ko|pegang sendiri|saya pegang|simpan sendiri|saya simpan sendiri|tự giữ|em giữ|tôi giữ|เก็บเอง|หนูเก็บ|ฉันเก็บ|自己保管|自己拎|自己收|ကိုယ်တိုင်ကိုင်|ខ្ញុំកាន់|ຂ້ອຍເກັບ|নিজের কাছে|आफैँसँग|आफैं राख|វាយតម្លៃ|វាយអក្សរ|lấy lại|唔記得|唔知|不知道|唔係好|不是很|เถ้าแก่|ไม่ว่า|ບໍ່ວ່າ|不過|不过|唔該|唔好意思|不好意思"

// hypotheticals and questions: keywords after them in the clause are not
// facts ("what if my boss takes my passport").
var hypWords = "fasting|ramadan|puasa|berpuasa|রোজা|i heard|heard that|some employers|employers who|many employers|does the law|according to the law|by law|video about|was about|is about|talking about|talks about|film about|movie about|story about|news about|drama about|heard about|read about|can take|can keep|whenever i want|anytime i want|article about|learn about|information on|info on|training on|seminar on|awareness|can i|should i|may i|do i need|what if|in case|suppose|supposing|can my|can an employer|can employer|can the employer|can a boss|can my boss|is it legal|is it allowed|is it ok|is it normal|are employers allowed|are they allowed|is my employer allowed|allowed to keep|does my employer have the right|do they have the right|am i allowed|afraid that|worried that|scared that|might|" +
	"apakah boleh|boleh ke|bolehkah|bisakah|apakah majikan boleh|takut nanti|" +
	"paano kung|sakaling|pwede ba|puwede ba|pwede bang|puwede bang|bawal ba|" +
	"giả sử|lỡ|có được phép|có được không|có được|liệu|" +
	"สมมุติ|สมมติ|ได้ไหม|ได้มั้ย|ได้หรือไม่|ได้หรือเปล่า|" +
	"បានទេ|" +
	"ໄດ້ບໍ່|" +
	"萬一|万一|可唔可以|可不可以|係咪可以|是否|可以嗎|可以吗|可以|" +
	"পারে কি|পারবে কি|" +
	"सक्छ कि|पाउँछ"

// modalWords in a clause that ends with a question mark make it a
// question about what may happen ("Can my employer keep my passport?").
var modalWords = "will i|would i|am i going to|will they|akan|bakal|saya akan|ba ako|có bị|sẽ bị|จะโดน|จะถูก|ရမလား|မလား|會唔會|会不会|can|could|may|allowed|allow|legal|is it|is that|are they|does|do they|should|boleh|bolehkah|bisa|bisakah|dapatkah|pwede|puwede|maaari|pwedeng|có được|có thể|được không|ได้ไหม|ได้มั้ย|ได้หรือ|ได้รึ|ได้ใช่ไหม|可以|可唔可以|能不能|能否|得唔得|得唔|পারে|পারবে|পারি|सक्छ|सक्छन्|पाउँछ|ပိုင်ခွင့်|ရလား|နိုင်လား|បានទេ|អាច|ໄດ້ບໍ່|ໄດ້ບໍ"

// hypPostWords make the clause before them hypothetical.
var hypPostWords = "fasting|ramadan|puasa|berpuasa|nag aayuno|ăn kiêng|ถือศีลอด|อดอาหาร|ဥပုသ်|តមអាហារ|ຖືສິນອົດ|齋戒|減肥|রোজা|ব্রত|व्रत|i agreed|i asked him to|i asked her to|with my consent|my request|atas permintaan saya|saya yang minta|permintaan saya|whenever i want|anytime i want|không ạ|không vậy|không nhỉ|hay không|ko a|ได้ไหม|ได้มั้ย|ได้หรือไม่|ໄດ້ບໍ່|បានទេ|可以嗎|可以吗|পারে কি|পারবে কি|सक्छ"

// sectorWords name the sector a person works in.
var sectorWords = map[string]string{
	"fishing":             "fishing|captain|kapitan|juragan|tekong|ไต๋เรือ|fisherman|fishermen|fishing boat|trawler|vessel*|ship*|boat*|at sea|fish|kapal|kapal ikan|nelayan|perahu|bangka|mangingisda|barko|pangingisda|tàu cá|đánh cá|ngư dân|tàu|เรือประมง|ประมง|เรือ|ไต๋|ငါးဖမ်း|ငါးဖမ်းလှေ|သင်္ဘော|လှေ|នេសាទ|ទូកនេសាទ|កប៉ាល់|ទូក|ການປະມົງ|ເຮືອຫາປາ|ເຮືອປະມົງ|ລົງເຮືອ|漁船|渔船|船|捕魚|捕鱼|মাছ ধরা|জাহাজ|নৌকা|माछा मार|जहाज|डुङ्गा",
	"domestic_work":       "maid|มาดาม|做工人|看護|看护|madam|madams|my madam|sir and madam|helper*|domestic|housemaid|house maid|domestic worker|fdh|fdw|household|nanny|caregiver|caretaker|amah|pembantu|perawat lansia|jaga lansia|perawat|caregiver|pembantu rumah|prt|art|pekerja rumah tangga|orang gaji|kasambahay|katulong|dh|giúp việc|osin|ô sin|người giúp việc|แม่บ้าน|ทำงานบ้าน|คนรับใช้|พี่เลี้ยง|အိမ်ဖော်|အိမ်အကူ|អ្នកបម្រើ|អ្នកបំរើ|ការងារផ្ទះ|ແມ່ບ້ານ|ຄົນຮັບໃຊ້|外傭|外佣|家傭|家佣|女傭|女佣|工人姐姐|家務|家务|賓妹|印傭|菲傭|গৃহকর্মী|কাজের মেয়ে|গৃহপরিচারিকা|घरेलु कामदार|घरेलु काम|हाउसमेड",
	"manufacturing":       "factory|factories|garment|plant|assembly line|electronics factory|kilang|pabrik|pabrika|nhà máy|công xưởng|โรงงาน|စက်ရုံ|រោងចក្រ|ໂຮງງານ|工廠|工厂|車衣|কারখানা|ফ্যাক্টরি|গার্মেন্টস|कारखाना|फ्याक्ट्री",
	"construction":        "construction|building site|construction site|site work|scaffold*|binaan|pembinaan|konstruksi|proyek bangunan|tukang|kuli bangunan|konstruksyon|construction worker|xây dựng|công trường|thợ hồ|ก่อสร้าง|ไซต์งาน|ဆောက်လုပ်ရေး|အဆောက်အဦ|សំណង់|ការដ្ឋាន|ກໍ່ສ້າງ|地盤|工地|建築|建筑|নির্মাণ|কনস্ট্রাকশন|निर्माण|कन्स्ट्रक्सन",
	"agriculture":         "farm|farms|plantation|palm oil|oil palm|harvest|orchard|rubber|durian|fruit picking|sawit|kelapa sawit|ladang|kebun|perkebunan|pertanian|bukid|sakahan|taniman|bukirin|nông trại|trang trại|đồn điền|làm rẫy|ไร่|สวน|ฟาร์ม|เกษตร|สวนยาง|สวนปาล์ม|စိုက်ခင်း|ခြံ|ယာခင်း|ယာတော|လယ်|ចម្ការ|កសិដ្ឋាន|កសិកម្ម|ສວນ|ໄຮ່|ກະສິກຳ|農場|农场|果園|種植|খামার|কৃষি|বাগান|खेत|फार्म|कृषि",
	"sexual_exploitation": "karaoke|massage shop|massage|massage parlour|massage parlor|brothel|bar girl|go go bar|nightclub|club|escort|gro|sex work*|entertain guests|entertain customers|drink with customers|drink with them|drink with guests|temani tamu|menemani tamu|layan tamu minum|hostess|tiếp rượu|นั่งดริ้งค์|陪酒|陪客|prostitut*|rumah urut|pelacuran|spa|ktv|bar|คาราโอเกะ|อาบอบนวด|บาร์|ซ่อง|ကာရာအိုကေ|ខារ៉ាអូខេ|ຄາຣາໂອເກະ|卡拉OK|夜總會|夜总会|按摩院|ktv|পতিতালয়|ড্যান্স বার|डान्स बार|क्याबिन रेस्टुरेन्ट",
	"forced_marriage":     "bride|brides|cô dâu|เจ้าสาว|កូនក្រមុំ|新娘|mail order|বউ|দুলহান|दुलही",
}
