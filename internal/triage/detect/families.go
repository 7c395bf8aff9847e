package detect

// Concept families holdout5 found thin (testdata/families.jsonl): beatings
// with an object, harm to the body, suicide by a named method, collapse and
// other medical signs, Cantonese debts and wages, papers and pay held back,
// groping, and being locked in. Where a word alone is ambiguous the family
// is a rule of co-occurring parts: an object and a hitting verb, a lock and
// not being able to go out, a pregnancy and bleeding.
func init() {

	// Objects people are beaten with, and the verbs that tell it.
	addWords(partWords, "hitobj", "stick|sticks|belt|hose|pipe|rod|broom|broomstick|wooden|wood|cane|hanger|iron|rattan|chair|"+
		"kayu|tongkat|ikat pinggang|tali pinggang|sabuk|selang|pipa|paip|sapu|penyapu|rotan|besi|hanger|gantungan baju|"+
		"kahoy|sinturon|hose|tubo|walis|tambo|yantok|hanger|bakal|"+
		"gậy|roi|thắt lưng|dây lưng|ống nước|cây gỗ|chổi|móc áo|thanh sắt|"+
		"ไม้|เข็มขัด|สายยาง|ท่อ|ไม้กวาด|ไม้แขวนเสื้อ|เหล็ก|"+
		"တုတ်|ခါးပတ်|ပိုက်|တံမြက်စည်း|သံ|"+
		"ដំបង|ឈើ|ខ្សែក្រវាត់|បំពង់|អំបោស|ដែក|"+
		"ໄມ້|ສາຍແອວ|ສາຍຢາງ|ທໍ່|ໄມ້ກວາດ|ເຫຼັກ|"+
		"棍|木棍|皮帶|皮带|水喉|喉管|掃把|衣架|鐵通|藤條|籐條|"+
		"লাঠি|বেল্ট|পাইপ|ঝাড়ু|রড|lathi|belt diye|pipe diye|jharu|"+
		"लौरो|लट्ठी|पेटी|बेल्ट|पाइप|कुचो|डण्डा|lauro|latthi|peti le|danda")
	addWords(partWords, "hitv", "hit|hits|hitting|beat|beats|beating|beaten|whip|whips|whipped|struck|strikes|smack|smacks|smacked|"+
		"pukul saya|pukul aku|pukul kami|pukul dia|pukul guna|pukul pakai|pukul dengan|dipukul|memukul|dipukuli|sebat|disebat|hajar|dihajar|libas|dilibas|cambuk|dicambuk|"+
		"palo|pinalo|pinapalo|pinagpapalo|hampas|hinampas|hinahampas|binubugbog|bugbog|"+
		"đánh|quất|đập|vụt|"+
		"ฟาด|ตีฉัน|ตีหนู|ตีผม|ตีเรา|ตีหลัง|ตีหัว|หวด|"+
		"ရိုက်|"+
		"វាយ|"+
		"ຕີ|ຟາດ|ຫວດ|"+
		"打我|打佢|打到|打傷|毆打|"+
		"মারে|মেরেছে|মারছে|পেটায়|পিটিয়েছে|mare|mereche|pitay|"+
		"कुट्छ|कुट्यो|हिर्काउँछ|हिर्कायो|हान्छ|हान्यो|kutcha|kutchha|kutyo|hirkaucha|hanyo")
	rules = append(rules, struct {
		signal string
		parts  []string
	}{"violence", []string{"hitobj", "hitv"}})

	// Burned with an iron, a cigarette, boiling water.
	addWords(partWords, "burnobj", "iron|cigarette|setrika|seterika|rokok|plantsa|sigarilyo|bàn là|bàn ủi|thuốc lá|เตารีด|บุหรี่|မီးပူ|ဆေးလိပ်|ឆ្នាំងអ៊ុត|បារី|ເຕົາລີດ|ຢາສູບ|熨斗|煙頭|烟头|ইস্ত্রি|সিগারেট|istri diye|इस्त्री|चुरोट|istri le")
	addWords(partWords, "burnv", "burn|burns|burned|burnt|burning|scald|scalded|bakar|dibakar|melecur|lecur|melepuh|disundut|sundut|disetrika|diseterika|pinaso|pinapaso|paso|sinunog|dí|đốt|bỏng|phỏng|นาบ|จี้|ลวก|ไหม้|တို့|လောင်|ដុត|រលាក|ឆេះ|ຈີ່|ລວກ|ໄໝ້|燙|烫|灼|পুড়িয়ে|পোড়া|ছ্যাঁকা|puriye|पोलि|पोल्यो|पोल्छ|डढा|polidiyo|polyo")
	rules = append(rules, struct {
		signal string
		parts  []string
	}{"violence", []string{"burnobj", "burnv"}})
	addWords(signalWords, "violence", "setrika tangan|seterika tangan|setrika lengan|seterika lengan|menyetrika tangan|tangan saya disetrika|tangan saya diseterika|"+
		"pulls my hair|pulled my hair|pulling my hair|pull my hair|drags her by the hair|dragged me by the hair|by the hair|grabbed my hair|kicked me|kicks me|kicking me|kicked her|kicks her|choked me|chokes me|choking me|strangled me|strangles me|bit me|bites me|threw things at me|throws things at me|throw things at me|threw a chair at|threw a plate at|threw a pot at|slammed my head|banged my head|"+
		"jambak|dijambak|menjambak|jambak rambut|tarik rambut|rambut saya ditarik|ditendang|tendang saya|menendang saya|dicekik|cekik saya|mencekik|digigit|dilempar|dibaling|baling barang|lempar barang|"+
		"sinasabunutan|sinabunutan|sinabunot|sabunutan|hinila ang buhok|sinipa|sinisipa|sinakal|sinasakal|kinagat|binato|binabato|binabato ng gamit|"+
		"túm tóc|giật tóc|nắm tóc|đá vào bụng|đá tôi|đá em|bóp cổ|ném đồ vào|ném đồ|cắn tôi|"+
		"ดึงผม|กระชากผม|เตะท้อง|เตะฉัน|เตะหนู|บีบคอ|ปาของใส่|ขว้างของใส่|กัดฉัน|"+
		"ဆံပင်ဆွဲ|ဆံပင်ကိုဆွဲ|ခြေထောက်နဲ့ကန်|ကန်ကျောက်|လည်ပင်းညှစ်|ပစ်ပေါက်|"+
		"ទាញសក់|ទាត់ខ្ញុំ|ទាត់ពោះ|ច្របាច់ក|គប់របស់|"+
		"ດຶງຜົມ|ເຕະຂ້ອຍ|ເຕະທ້ອງ|ບີບຄໍ|ແກວ່ງເຄື່ອງໃສ່|"+
		"扯頭髮|扯我頭髮|扯我头发|拉頭髮|踢我|掟嘢|掟嘢落|箍頸|捏頸|掐我|咬我|"+
		"চুল টেনে|চুল ধরে টানে|লাথি মারে|লাথি মেরেছে|গলা টিপে|জিনিস ছুঁড়ে|chul tene|lathi mare|gola tipe|"+
		"कपाल तान|कपाल समातेर|लात्ताले|लात हान्|घाँटी थिच|सामान फाल्छ|kapal tanera|ghanti thich")

	// Suicide by a named method.
	addWords(signalWords, "self_harm", "hang myself|hanging myself|hang my self|jump off the building|jump from the building|jump off a building|jump from the roof|jump off the roof|jump out the window|jump out of the window|jump from the window|jump into the sea|jump into the river|jump off the bridge|cut my wrist|cut my wrists|slit my wrist|slit my wrists|slash my wrist|throw myself|drink bleach|drink poison|"+
		"gantung diri|menggantung diri|lompat dari gedung|lompat dari bangunan|terjun dari gedung|terjun dari bangunan|terjun dari atap|lompat dari atap|lompat dari jendela|terjun ke laut|terjun ke sungai|lompat ke laut|potong nadi|iris nadi|sayat nadi|kelar nadi|tikam diri|"+
		"magbibigti|magbigti|nagbigti|nagpakamatay|magpapakamatay|magpakamatay|tatalon sa building|tatalon mula sa|tumalon mula sa|maglalaslas|laslasin ang pulso|laslas ng pulso|"+
		"treo cổ|nhảy lầu|nhảy sông|nhảy xuống biển|nhảy xuống sông|cắt cổ tay|rạch tay|cắt tay tự tử|tự tử|"+
		"ผูกคอ|แขวนคอ|กระโดดตึก|โดดตึก|กระโดดน้ำตาย|กระโดดสะพาน|กรีดข้อมือ|กินยาตาย|ฆ่าตัวตาย|"+
		"ကြိုးဆွဲချ|ကြိုးဆွဲသေ|လက်ကောက်ဝတ်လှီး|မိုးပေါ်က ခုန်|အမြင့်က ခုန်ချ|ကိုယ့်ကိုယ်ကို သတ်|ကိုယ့်ကိုယ်ကိုသတ်|"+
		"ចងកសម្លាប់ខ្លួន|ចងក|លោតទឹកស្លាប់|លោតទឹកសម្លាប់ខ្លួន|លោតពីអគារ|កាត់កដៃ|សម្លាប់ខ្លួន|"+
		"ຜູກຄໍ|ກະໂດດຕຶກ|ກະໂດດນ້ຳຕາຍ|ກິນຢາໃຫ້ຕາຍ|ກິນຢາຕາຍ|ປາດຂໍ້ມື|ຂ້າໂຕຕາຍ|"+
		"吊頸|上吊|跳樓|由窗口跳|由天台跳|跳落街|跳海|跳河|割脈|𠝹手|界手|自殺|自杀|"+
		"গলায় দড়ি|ফাঁস দেব|ফাঁসি দেব|গলায় ফাঁস|ছাদ থেকে লাফ|হাত কাটব|আত্মহত্যা|gole dori|golay dori|galay dori|fas debo|fashi debo|chad theke laf|"+
		"झुण्डिएर|झुन्डिएर|पासो लगाएर|फाँसी लगा|नसा काट|आत्महत्या|jhundiyera|jhundiera|jhundera|paso lagayera|nasa kat")

	// Collapse and other signs of a medical emergency.
	addWords(signalWords, "medical_emergency", "he collapsed|she collapsed|has collapsed|just collapsed|collapsed at work|collapsed and|collapsed in the|collapsed on the|fainted|passed out|unconscious|vomiting blood|vomits blood|throwing up blood|coughing blood|coughing up blood|having a seizure|had a seizure|seizures|convulsing|bleeding heavily|bleeding a lot|bleeding badly|heavy bleeding|fever for days|high fever for|!cant move his legs|!cant move her legs|!cant move my legs|!cannot move at all|!cant move at all|!cant get up|!cannot get up|!cant wake him|!cant wake her|!hardly breathing|!cant breathe|!cannot breathe|"+
		"pingsan|tak sedarkan diri|muntah darah|batuk darah|kejang|kejang-kejang|sawan|pendarahan|perdarahan|berdarah banyak|darah banyak|demam tinggi|!tidak bisa bangun|!tak boleh bangun|!tak bangun bangun|!tidak bisa bergerak|!tak boleh bergerak|!tidak bernapas|!tidak bernafas|!tak bernafas|!tak bernapas|!susah bernafas|!sesak napas|"+
		"nahimatay|hinimatay|nawalan ng malay|walang malay|nagsusuka ng dugo|sumusuka ng dugo|umuubo ng dugo|kinukumbulsyon|nangingisay|nag-collapse|nagcollapse|nag collapse|dinudugo|duguan|!hindi humihinga|!hindi na humihinga|!di humihinga|!hindi makahinga|!hindi makagalaw|!di makagalaw|!hindi makatayo|"+
		"ngất xỉu|ngất|bất tỉnh|nôn ra máu|ói ra máu|ho ra máu|co giật|chảy máu nhiều|ra máu nhiều|băng huyết|sốt cao|!không cử động được|!không dậy được|!khó thở|"+
		"หมดสติ|เป็นลม|อาเจียนเป็นเลือด|ไอเป็นเลือด|ชักกระตุก|ชักไม่หยุด|ไข้สูง|เลือดออกมาก|เลือดออกเยอะ|เลือดไหลไม่หยุด|!ขยับไม่ได้|!ลุกไม่ได้|!หายใจไม่ออก|"+
		"သတိလစ်|မူးလဲ|သွေးအန်|သွေးအများကြီးထွက်|သွေးတွေအများကြီး|တက်နေ|ဖျားတာ ရက်|!အသက်ရှူမဝ|!မလှုပ်နိုင်|"+
		"សន្លប់|ក្អួតឈាម|ហូរឈាមច្រើន|ឈាមហូរច្រើន|ប្រកាច់|គ្រុនក្តៅខ្លាំង|!មិនដកដង្ហើម|!ដកដង្ហើមមិនរួច|!កម្រើកមិនរួច|"+
		"ສະຫຼົບ|ເປັນລົມ|ຮາກເປັນເລືອດ|ເລືອດອອກຫຼາຍ|ໄຂ້ສູງ|!ບໍ່ຫາຍໃຈ|!ຫາຍໃຈບໍ່ອອກ|!ລຸກບໍ່ໄດ້|"+
		"暈低|暈倒|昏迷|嘔血|吐血|咳血|抽搐|發高燒|发高烧|流血不止|!冇呼吸|!無呼吸|!唔識郁|!郁唔到|!唞唔到氣|"+
		"অজ্ঞান|জ্ঞান হারিয়ে|রক্তবমি|রক্ত বমি|খিঁচুনি|অনেক রক্ত|প্রচণ্ড জ্বর|!শ্বাস নিচ্ছে না|!নড়তে পারছে না|ojnan|oggan|rokto bomi|"+
		"बेहोस|रगत बान्ता|धेरै रगत|कडा ज्वरो|छारेरोग|!सास फेर्न सक्दैन|!सास फेर्नुहुन्न|!सास फेर्दैन|!चल्न सक्दैन|behos|ragat banta")
	// A pregnancy with bleeding or strong pain.
	addWords(partWords, "pregnant", "pregnant|hamil|mengandung|buntis|mang thai|có bầu|có thai|ท้องอยู่|ตั้งครรภ์|ကိုယ်ဝန်|មានផ្ទៃពោះ|ពពោះ|ຖືພາ|ມີທ້ອງ|有咗BB|有咗bb|懷孕|怀孕|大肚|গর্ভবতী|পোয়াতি|gorbhoboti|गर्भवती|pet ma bachha")
	addWords(partWords, "bleedpain", "bleeding|bleed|blood|severe pain|so much pain|lot of pain|berdarah|darah|sakit sangat|sakit sekali|dugo|dinudugo|sobrang sakit|chảy máu|ra máu|đau dữ dội|đau lắm|เลือด|ปวดมาก|ปวดท้องมาก|သွေး|အရမ်းနာ|ឈាម|ឈឺខ្លាំង|ເລືອດ|ເຈັບຫຼາຍ|流血|血|好痛|রক্ত|খুব ব্যথা|rokto|रगत|धेरै दुख|ragat")
	rules = append(rules, struct {
		signal string
		parts  []string
	}{"medical_emergency", []string{"pregnant", "bleedpain"}})

	// Cantonese debts and wages.
	addWords(signalWords, "debt_bondage", "未還完唔可以|未還完唔准|未還完唔俾|還完先可以|未還清唔可以|唔還晒唔可以|未還完都唔可以|還晒先可以轉工|未還完|未还完")
	addWords(signalWords, "wage_withholding", "一個仙都未|一個仙都冇|一個仙都無|一蚊都未|一蚊都冇|一毫子都冇|扣晒人工|扣晒糧|扣哂人工|人工俾咗中介|人工畀咗中介|人工全部俾中介|人工全部畀中介|人工交俾中介|未出過糧|冇出過糧|未出糧|唔出糧|拖糧|欠薪|欠糧|"+
		"จ่ายให้แค่ค่าข้าว|ให้แค่ค่าข้าว|ที่เหลือบอกว่าจะให้ตอนกลับ|ที่เหลือจะให้ตอนกลับ")
	// Pay that goes to the agent, or only at the end of the contract.
	addWords(partWords, "tobroker", "goes to the agent|go to the agent|goes to the agency|go to the agency|paid to the agent|given to the agent|to the agent|to the agency|ke agen|masuk agen|masuk ke agen|masuk ejen|masuk ke ejen|ke ejen|sa agency|sa ahensya|napupunta sa|cho môi giới|chuyển cho môi giới|vào môi giới|เข้านายหน้า|ให้นายหน้า|เข้ากระเป๋านายหน้า|ပွဲစားဆီ|ပွဲစားကို|ទៅឈ្មួញកណ្ដាល|ឲ្យឈ្មួញកណ្ដាល|ទៅមេខ្យល់|ເຂົ້ານາຍໜ້າ|ໃຫ້ນາຍໜ້າ|俾咗中介|畀咗中介|俾中介|畀中介|交俾中介|給中介|给中介|dalal er kache|দালালের কাছে|দালালকে|agent lai|एजेन्टलाई|म्यानपावरलाई")
	for _, ps := range [][]string{{"wage", "tobroker"}, {"wage", "untilend"}} {
		rules = append(rules, struct {
			signal string
			parts  []string
		}{"wage_withholding", ps})
	}
	addWords(partWords, "wage", "beton|talab|sahod|lương|เงินเดือน|လစာ|ប្រាក់ខែ|ເງິນເດືອນ|人工|糧|বেতন|तलब")
	addWords(partWords, "doc", "work card|work permit|kad kerja|kartu kerja|permit kerja|thẻ lao động|บัตรสีชมพู|บัตรแรงงาน|ပါမစ်|កាតការងារ|ບັດແຮງງານ|工作證|工作证|ওয়ার্ক পারমিট|वर्क परमिट")
	rules = append(rules, struct {
		signal string
		parts  []string
	}{"document_retention", []string{"doc", "giveback", "neg"}})

	// Groping, touching, coming into the room at night.
	addWords(signalWords, "sexual_violence", "touching me|touches me|keeps touching|touching my body|touched my body|touches my body|grabbing me|grabbed me|grabs me|grabbed my breast|grabbed my chest|groped|groping|gropes|comes into my room at night|came into my room at night|enters my room at night|come into my room at night|into my room at night|"+
		"raba-raba|meraba|diraba|meraba-raba|grepe|digrepe|pegang-pegang|dipegang-pegang|masuk kamar malam|masuk kamar saya malam|masuk bilik waktu malam|masuk bilik saya malam|"+
		"hinihipuan|hinipuan|hipuan|hinihimas|hinipo|hinahawakan ang katawan|pumapasok sa kwarto ko sa gabi|pumasok sa kwarto ko sa gabi|"+
		"sờ soạng|sàm sỡ|sờ mó|sờ vào người|vào phòng em ban đêm|vào phòng tôi ban đêm|"+
		"จับหน้าอก|จับก้น|จับนม|ลวนลาม|จับตัวฉัน|จับตัวหนู|แล้วจับตัว|เข้ามาในห้องกลางคืน|เข้าห้องตอนกลางคืน|เข้ามาในห้องตอนกลางคืน|"+
		"ရင်သားကိုင်|ကိုယ်ကိုကိုင်|ထိကိုင်|ညဘက် အခန်းထဲဝင်|ညဘက်အခန်းထဲဝင်|"+
		"ចាប់ប៉ះខ្លួន|ប៉ះពាល់ខ្លួន|ស្ទាបអង្អែល|ចូលបន្ទប់ខ្ញុំពេលយប់|"+
		"ຈັບໂຕຂ້ອຍ|ລວນລາມ|ຈັບນົມ|ເຂົ້າຫ້ອງຕອນກາງຄືນ|"+
		"摸我|非禮|非礼|夜晚入我房|半夜入我房|入我房摸|"+
		"গায়ে হাত দেয়|গায়ে হাত দিয়েছে|শরীরে হাত দেয়|রাতে ঘরে ঢোকে|রাতে আমার ঘরে|gaye hat dey|gaye haat dey|"+
		"मलाई छुन्छ|मलाई छोयो|जिस्क्याउँछ|राति कोठामा पस्छ|malai chhuncha|malai chhoyo")

	// Locked in: a lock with no way out, or from outside.
	addWords(partWords, "lockp", "lock|locks|locked|locking|padlock|padlocked|padlocks|kunci|dikunci|mengunci|terkunci|digembok|gembok|dirantai|nilalock|ni-lock|naka-lock|nakalock|nakakandado|ikinakandado|kinakandado|kandado|khóa|khoá|nhốt|ล็อค|ล็อก|ใส่กุญแจ|ขัง|သော့ခတ်|ចាក់សោ|ដាក់សោ|ឃុំខ្លួន|ລັອກ|ລ໋ອກ|ກັກ|ຂັງ|鎖|锁|關住|困住|তালা|আটকে|tala|ताल्चा|taalcha|talcha")
	addWords(partWords, "fromout", "from outside|from the outside|dari luar|mula sa labas|sa labas|từ bên ngoài|bên ngoài|จากข้างนอก|จากด้านนอก|အပြင်ကနေ|အပြင်က|ពីខាងក្រៅ|ពីក្រៅ|ຈາກທາງນອກ|ຈາກຂ້າງນອກ|喺出面|從外面|从外面|বাইরে থেকে|baire theke|बाहिरबाट|bahira bata")
	for _, ps := range [][]string{{"lockp", "out", "neg"}, {"lockp", "out", "notallow"}, {"lockp", "fromout"}} {
		rules = append(rules, struct {
			signal string
			parts  []string
		}{"confinement", ps})
	}
	addWords(signalWords, "confinement", "lock us in|locks us in|locked us in|lock me in|locks me in|locked me in|locked inside|lock us inside|locked in the room|locked in my room|locked in the staff room|"+
		"dikurung|mengurung|kurung kami|kurung saya|kinukulong|ikinulong|kinulong|nakakulong|bị nhốt|nhốt em|nhốt tôi|nhốt chúng tôi|khóa em trong|khóa tôi trong|ขังพวกเรา|ขังฉัน|ขังไว้|ขังหนู|"+
		"သော့ခတ်ပိတ်|အခန်းထဲမှာ သော့ခတ်|ចាក់សោពួកយើង|ចាក់សោខ្ញុំ|ລັອກພວກເຮົາ|ລັອກຂ້ອຍ|鎖住我|锁住我|鎖住我哋|困住我|關住我|ঘরে তালা|তালা দিয়ে রাখে|ghore tala|कोठामा थुन|थुनेर राख")

	// Look-alikes.
	blockWords += "|i burned|i burnt|burned myself|burnt myself|đánh răng|đánh máy|đánh giá|đánh bài|đánh thức|beat me at|beats me at|beat us at|beat him at|beat her at|lock the door|lock my door|door lock|ចាក់សោមិនជាប់|សោខូច|ទៀងទាត់|กลางคืนแล้ว|ກາງຄືນແລ້ວ"
	markers["id"] += " setrika jambak dijambak nyonya digrepe"
	markers["ms"] += " seterika pengsan rumpai"
	weakMarkers["id"] += " pakai"
	weakMarkers["ms"] += " guna"
	for _, w := range []string{"gole", "golay", "dori", "debo", "fashi"} {
		if romanSet[w]&15 == 0 {
			romanSet[w] |= 2
		}
	}
	resolvedWords += "|နေကောင်းပါပြီ|နေကောင်းပြီ|dah sihat|sudah sihat|sekarang sihat|im fine now|i am fine now|ok na ako ngayon|okay na ako ngayon|giờ khỏe rồi|ตอนนี้หายแล้ว|ឥឡូវជាសះស្បើយ|ຕອນນີ້ຫາຍດີແລ້ວ|而家好返|এখন ভালো আছি|अहिले ठीक छु"
}
