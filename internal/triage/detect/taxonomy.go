package detect

import "strings"

// The urgency taxonomy: concepts the first lexicons missed, each covered in
// every language the bot serves (testdata/taxonomy.jsonl holds messages per
// concept). Like concepts.go they are merged into signalWords, partWords
// and rules at start-up; hour ranges written with numbers are read by
// longDay in hours.go.

// taxSignals fire a signal on their own.
var taxSignals = map[string]string{
	// Suicide attempts: cutting, jumping, hanging.
	"self_harm": "cut her wrist*|cut his wrist*|cut my wrist*|slit her wrist*|slit his wrist*|slit my wrist*|slashed her wrist*|slashed my wrist*|going to jump|about to jump|gonna jump|jump off the|jump from the|hang myself|hanged herself|hanged himself|hung herself|hung himself|overdose*|overdosed|took an overdose|" +
		"menyayat pergelangan|sayat pergelangan|mengiris nadi|potong nadi|gantung diri|mau loncat|mau lompat|nak terjun|terjun dari|kelar tangan|toreh tangan|" +
		"naglaslas|maglaslas|laslas ng pulso|naglaslas ng pulso|magbibigti|nagbigti|tatalon na ako|tatalon ako|" +
		"rạch cổ tay|rạch tay|cắt cổ tay|treo cổ|nhảy lầu|định nhảy|" +
		"กรีดข้อมือ|กรีดแขน|ผูกคอ|กระโดดตึก|จะกระโดด|" +
		"လက်ကောက်ဝတ်|ကြိုးဆွဲချ|ခုန်ချ|" +
		"កាត់កដៃ|ចងក|លោតពី|" +
		"ກີດຂໍ້ມື|ຜູກຄໍ|ໂດດຕຶກ|" +
		"界手腕|割腕|上吊|跳樓|跳楼|" +
		"হাতের শিরা কেটে|শিরা কেটেছে|গলায় দড়ি|ফাঁস দিয়ে|ছাদ থেকে লাফ|" +
		"नसा काट|झुण्डिए|झुन्डिए|फाँसी|हाम फाल",
	// Deaths and killings, at sea and on land.
	"violence": "pushed off the boat|pushed him off the boat|threw him off the boat|လှေပေါ်က တွန်းချ|ပင်လယ်ထဲ ပစ်ချ|overboard|drowned|was drowned|dead body|found his body|found her body|found the body|threw the body|his body was|her body was|corpse|murdered|killed him|killed her|killed a worker|beaten to death|" +
		"mayat|mayatnya|jenazah|tenggelam dan mati|mati tenggelam|mati lemas|dibunuh|membunuh pekerja|" +
		"bangkay|nalunod|pinatay|" +
		"chết đuối|xác|thi thể|bị giết|giết chết|" +
		"ศพ|จมน้ำตาย|ถูกฆ่า|ฆ่าตาย|" +
		"အလောင်း|ရေနစ်သေ|သတ်လိုက်|အသတ်ခံ|" +
		"សាកសព|លង់ទឹកស្លាប់|សម្លាប់ចោល|ត្រូវគេសម្លាប់|" +
		"ສົບ|ຈົມນ້ຳຕາຍ|ຖືກຂ້າ|ຂ້າຕາຍ|" +
		"屍|尸体|浸死|淹死|被殺|殺死|打死|" +
		"লাশ|ডুবে মারা|খুন|মেরে ফেলেছে|" +
		"लास|शव|डुबेर मर|मारिदियो|हत्या|" +
		"lash|laash|khun koreche",
	"danger": "missing at sea|lost at sea|fell overboard|man overboard|hilang di laut|nawala sa dagat|mất tích trên biển|หายกลางทะเล|ပင်လယ်ထဲ ပျောက်|បាត់ខ្លួននៅសមុទ្រ|ຫາຍກາງທະເລ|喺海上失蹤|海上失蹤|সাগরে নিখোঁজ|समुद्रमा हराए",
	// Attempted rape, groping.
	"sexual_violence": "tried to rape|try to rape|tries to rape|attempted rape|force himself on|forced himself on|forcing himself on|pinned me down|touching my breast*|touched my breast*|touches my breast*|grab* my breast*|grabs my body|grabbed my body|touch my body|touches my body|touched my body|tries to kiss me|tried to kiss me|kiss me by force|" +
		"memperkosa|perkosa|diperkosa|percobaan perkosaan|meraba raba|meraba|diraba|raba dada|raba badan|rogol|dirogol|cabul|dicabul|" +
		"gahasain|ginahasa|hinalay|halayin|hinipuan|hipuan|hinihipuan|hinihimas|minolestiya|" +
		"cưỡng hiếp|hiếp dâm|định hiếp|sờ ngực|sờ soạng|sàm sỡ|" +
		"ข่มขืน|พยายามข่มขืน|จับหน้าอก|จับก้น|ลวนลาม|" +
		"မုဒိမ်း|ရင်သားကို|အတင်းဖက်|" +
		"រំលោភ|ចាប់ដើមទ្រូង|ស្ទាបអង្អែល|ស្ទាប|" +
		"ຂົ່ມຂືນ|ຈັບໜ້າເອິກ|ລວນລາມ|" +
		"強姦|强奸|強暴|非禮|摸我胸|摸我|" +
		"ধর্ষণ|শরীরে হাত|গায়ে হাত দেয়|যৌন হয়রানি|dhorshon|" +
		"बलात्कार|छातीमा छु|जिउमा छु|balatkar",
	// Threats to kill a relative.
	"threat_to_kill": "cut her throat|cut his throat|cut your throat|slit her throat|will kill my|kill my mother|kill my family|kill my parents|akan membunuh|mau membunuh|membunuh ibu|membunuh keluarga|bunuh ibu|bunuh keluarga|nak bunuh|ugut nak bunuh|ugut bunuh|papatayin|sẽ giết|giết mẹ|giết cả nhà|giết gia đình|จะฆ่า|ฆ่าพ่อแม่|ฆ่าแม่|သတ်မယ်|နឹងសម្លាប់|នឹងសម្លាប់|ຈະຂ້າ|ຂ້າພໍ່ແມ່|殺我阿媽|殺我屋企人|殺你|মেরে ফেলবে|মেরে ফেলব|मारिदिन्छु|मार्छु|maridinchu",
	// Pimps and men bought for.
	"forced_sex_work": "pimp|pimps|my pimp|sells me to men|sold me to men|sells us to men|sleep with men|sleep with customers|germo|mucikari|bapa ayam|ibu ayam|melayani laki laki|melayani lelaki|layan lelaki|layan jantan|bugaw|sumiping sa mga lalaki|má mì|tú bà|ngủ với đàn ông|แม่เล้า|แมงดา|นอนกับผู้ชาย|ယောက်ျားတွေဆီ|ယောက်ျားတွေနဲ့ အိပ်|မេបន|មេបន|ຂ້ອຍນອນກັບແຂກ|ແມ່ເລົ້າ|雞頭|鸡头|扯皮條|陪男人瞓|খদ্দেরের কাছে বিক্রি|ग्राहकसँग सुत्न",
	// Kept on board.
	"confinement": "never lets us go ashore|not allowed ashore|not allowed to go ashore|never allowed ashore|not allowed off the boat|cant get off the boat|kept on this boat|kept on the boat|held on the boat|ditahan di kapal|dikurung atas bot|dikurung di kapal|ถูกขังอยู่บนเรือ|ขังอยู่บนเรือ|bị giữ trên tàu|喺船上困|困咗喺船|डुङ्गामा थुनि|নৌকায় আটকে",
	// Curfews and escorts.
	"movement_restriction": "gate is locked|locks the gate|lock the gate|gate locked|a guard walks with us|someone follows us|someone follows me|harus dikawal|kena ada orang ikut|ada orang ikut|may kasama kami pag|có người đi theo|มีคนเดินตาม|คนเดินตามไป|လူလိုက်|មានគេដើរតាម|ມີຄົນຍ່າງຕາມ|有人跟住|有人跟着|লোক সাথে যায়|मान्छे साथमा पठाउँछ|" +
		"pagar asrama dikunci|gerbang asrama dikunci|nilo lock ang gate|nakalock ang gate|cổng ký túc xá cũng khóa|cổng khóa|ประตูหอล็อก|ဂိတ်ကို သော့ခတ်|ចាក់សោរទ្វារ|ປະຕູຫໍພັກລັອກ|閘每晚都鎖|গেট তালা|गेटमा ताल्चा",
	// Days without rest.
	"excessive_overtime": "7 days a week|seven days a week|every day without rest|no rest day|no rest days|never have a rest day|never a day off|never get a day off|without a day off|no day off for|tidak pernah libur|tak pernah cuti|tak ada cuti langsung|tanpa libur|walang day off|walang pahinga|không có ngày nghỉ|ko co ngay nghi|không được nghỉ ngày nào|ไม่มีวันหยุด|ไม่เคยได้หยุด|နားရက် မရှိ|နားရက်မရှိ|គ្មានថ្ងៃឈប់|ບໍ່ມີມື້ພັກ|冇假放|冇假|一日假都冇|কোনো ছুটি নেই|ছুটি নেই|ছুটি নাই|chuti nai|chuti nei|बिदा छैन|bida chaina|bida chhaina",
}

// taxParts are parts for the taxonomy rules, merged into partWords.
var taxParts = map[string]string{
	// Poisons, swallowed in any amount.
	"poison": "poison|bleach|rat poison|pesticide|insecticide|weed killer|toilet cleaner|cleaning liquid|" +
		"racun|racun tikus|racun rumput|racun serangga|obat nyamuk|pemutih|baygon|" +
		"zonrox|lason|muriatic|" +
		"thuốc độc|thuốc tẩy|thuốc diệt chuột|thuốc trừ sâu|" +
		"ยาพิษ|ยาเบื่อ|ยาฆ่าหญ้า|ยาฆ่าแมลง|น้ำยาล้างห้องน้ำ|" +
		"ပိုးသတ်ဆေး|အဆိပ်|" +
		"ថ្នាំពុល|ថ្នាំសម្លាប់|" +
		"ຢາຂ້າຫຍ້າ|ຢາພິດ|" +
		"毒藥|毒药|漂白水|老鼠藥|農藥|" +
		"বিষ|ইঁদুর মারার|" +
		"विष|जहर|bish|bikh",
	// Pills and medicine, swallowed all at once.
	"pills": "sleeping pills|sleeping pill|sleeping tablets|pills|tablets|medicine|paracetamol|panadol|" +
		"obat|pil|obat tidur|pil tidur|" +
		"gamot|pills ko|" +
		"thuốc|thuốc ngủ|" +
		"ยา|ยานอนหลับ|" +
		"ဆေး|အိပ်ဆေး|" +
		"ថ្នាំ|ថ្នាំងងុយដេក|" +
		"ຢາ|ຢານອນຫຼັບ|" +
		"藥|药|安眠藥|安眠药|" +
		"ওষুধ|বড়ি|ঘুমের ওষুধ|ঘুমের বড়ি|" +
		"औषधि|चक्की|निद्राको औषधि|oshudh|chakki|ausadhi",
	// All of them.
	"amount": "all my|all the|all of my|whole bottle|whole strip|a bottle of|the whole|entire|handful|dozens of|sebotol|semua|semuanya|lahat ng|isang banig|isang bote|cả lọ|hết vỉ|cả vỉ|hết cả|ca vi|ca lo|het ca|ทั้งขวด|หมดแผง|ทั้งแผง|หมดขวด|တစ်ကတ်လုံး|တစ်ဗူးလုံး|အကုန်|អស់មួយដប|មួយដប|ទាំងអស់|ໝົດກັບ|ໝົດແຜງ|ງ່ວງນອນໝົດ|ងងុយដេកអស់|ថ្នាំអស់|成樽|成排|晒|全部|এক পাতা|সব|সবগুলো|सबै|shob|sabai",
	// Swallowing it.
	"ingest": "took|take|taken|swallowed|swallow|drank|drink|drinking|ate|" +
		"minum|diminum|meminum|telan|menelan|makan|" +
		"ininom|uminom|nilunok|lumunok|kinain|" +
		"uống|nuốt|" +
		"กิน|ดื่ม|" +
		"သောက်|စားလိုက်|မျို|" +
		"លេប|ផឹក|" +
		"ກິນ|ດື່ມ|" +
		"食咗|食晒|食|飲咗|飲|吞|吃|喝|" +
		"খেয়ে|খেয়েছে|খেয়েছি|" +
		"खाइ|खायो|खाएँ|खाएको|पिइ|" +
		"kheye|kheyeche|khaidiye|khayo|khaye",
	// The sea, the water.
	"sea": "into the sea|in the sea|to the sea|into the water|in the water|overboard|off the boat|into the ocean|in the ocean|ke laut|ke dalam laut|ke tengah laut|ke lautan|di laut|sa dagat|xuống biển|xuống nước|ทะเล|ပင်လယ်ထဲ|ပင်လယ်|ចូលសមុទ្រ|ក្នុងសមុទ្រ|ចោលក្នុងសមុទ្រ|ລົງທະເລ|ກາງທະເລ|落海|海裡|海里|সাগরে|সমুদ্রে|समुद्रमा|samudre|samundra ma|samundrama",
	// Thrown, pushed.
	"throw": "threw|thrown|throw|throws|pushed|tossed|buang|dibuang|membuang|campak|dicampak|tolak|ditolak|mendorong|didorong|tinapon|itinapon|tinulak|itinulak|ném|đẩy|vứt|quăng|โยน|ผลัก|ทิ้ง|ပစ်ချ|တွန်းချ|တွန်း|បោះ|រុញ|ໂຍນ|ຍູ້|掟|推|拋|扔|ফেলে|ধাক্কা|फ्याँक|धकेल|फाल|dhakel|fele diyeche|fele dise|dhakel*|tinulak*",
	// A person, or a body.
	"person": "worker|workers|crew|crewman|fisherman|man|boy|him|her|someone|somebody|my friend|my cousin|my brother|body|abk|pekerja|awak|orang|nelayan|seorang|mayat|mayatnya|tripulante|mangingisda|isang|kasama|bangkay|người|ngư dân|thuyền viên|xác|ลูกเรือ|คนงาน|คน|ศพ|အလုပ်သမား|တစ်ယောက်|အလောင်း|កម្មករ|ម្នាក់|សាកសព|ຄົນງານ|ລູກເຮືອ|ຄົນ|ສົບ|工人|漁工|一個|屍|শ্রমিক|জেলে|একজন|লাশ|कामदार|माझी|जना|लास|ekjon|jeleke|jana",
	// A safe, a drawer, a locker.
	"safe": "a safe|the safe|office safe|in a safe|in the safe|safe box|safety box|nasa safe|sa safe|locker|drawer|vault|brankas|peti besi|peti keselamatan|laci|loker|kaha|két|két sắt|ket sat|ตู้เซฟ|เซฟ|ลิ้นชัก|မီးခံသေတ္တာ|သေတ္တာ|ទូដែក|ទូសុវត្ថិភាព|ຕູ້ເຊບ|ເຊບ|夾萬|保險箱|保险箱|櫃桶|抽屜|সিন্দুক|লকার|दराज|तिजोरी|sinduke|sinduk|tijori",
	// Until the contract ends.
	"untilend": "until the contract ends|until my contract ends|until contract ends|until the contract is over|when the contract ends|when the contract finishes|when my contract ends|when the contract is over|after the contract ends|end of the contract|end of my contract|until i finish|until we finish|" +
		"habis kontrak|kontrak habis|kontrak selesai|selesai kontrak|tamat kontrak|kontrak tamat|sampai kontrak|habis kontrak|" +
		"pag tapos ng kontrata|pag tapos na contract|matapos ang kontrata|tapos na ang kontrata|pagkatapos ng kontrata|hanggang matapos|" +
		"hết hợp đồng|het hop dong|xong hợp đồng|đến khi hết|" +
		"หมดสัญญา|ครบสัญญา|จบสัญญา|" +
		"စာချုပ်ပြီးမှ|စာချုပ်ကုန်မှ|စာချုပ်ပြီးရင်|စာချုပ်ကုန်ရင်|" +
		"ចប់កិច្ចសន្យា|ផុតកិច្ចសន្យា|អស់កិច្ចសន្យា|" +
		"ໝົດສັນຍາ|ຄົບສັນຍາ|" +
		"約滿|合約完|合約結束|合约结束|合約期滿|做完合約|" +
		"চুক্তি শেষ|chukti shesh|" +
		"सम्झौता सकिए|सम्झौता सकिएपछि|करार नसकि|करार सकि|contract sake|contract sakepachi|sakepachi",
	// Returned, given back, released.
	"giveback": "give them back|give it back|give back|gave back|return them|returned|dikembalikan|pulangkan|dipulangkan|kembalikan|ibabalik|ibibigay|ibigay|trả|tra|trả lại|คืน|ပြန်ပေး|ឲ្យវិញ|ប្រគល់|ຄືນ|還|还|俾返|ফেরত|দেবে|debe|दिन्छ|दिन्छु|दिने|dinchu|dincha",
	// A number of days.
	"ndays": "for days|several days|many days|two days|three days|four days|five days|dua hari|tiga hari|empat hari|beberapa hari|berhari hari|dalawang araw|tatlong araw|apat na araw|ilang araw|hai ngày|ba ngày|bốn ngày|mấy ngày|nhiều ngày|สองวัน|สามวัน|หลายวัน|နှစ်ရက်|သုံးရက်|လေးရက်|ရက်တွေ|ពីរថ្ងៃ|បីថ្ងៃ|ច្រើនថ្ងៃ|ສອງມື້|ສາມມື້|ຫຼາຍມື້|兩日|三日|四日|幾日|兩天|三天|দুই দিন|দুদিন|তিন দিন|কয়েক দিন|কয়েকদিন|दुई दिन|तीन दिन|धेरै दिन|tin din|dui din",
	// Per month.
	"permonth": "a month|per month|each month|every month|sebulan|dalam sebulan|setiap bulan|kada buwan|isang buwan|sa isang buwan|bawat buwan|một tháng|mot thang|mỗi tháng|เดือนหนึ่ง|เดือนละ|ต่อเดือน|တစ်လမှာ|တစ်လ|មួយខែ|ក្នុងមួយខែ|ເດືອນໜຶ່ງ|ເດືອນລະ|一個月|每個月|每月|মাসে|প্রতি মাসে|महिनामा|mase|mahina ma",
	// One day.
	"oneday": "one day|1 day|a single day|only a day|one rest day|sehari je|sehari saja|sehari sahaja|cuma sehari|hanya sehari|satu hari|1 hari|isang araw|isang beses|isang day off|nghỉ một ngày|nghỉ 1 ngày|chỉ một ngày|chỉ 1 ngày|วันเดียว|တစ်ရက်ပဲ|တစ်ရက်သာ|តែមួយថ្ងៃ|មួយថ្ងៃប៉ុណ្ណោះ|ມື້ດຽວ|一日|一天|একদিন|এক দিন|एक दिन|ek din",
	// A day off.
	"offday": "day off|days off|rest day|off day|libur|cuti|hari libur|pahinga|day off ko|ngày nghỉ|nghỉ|được nghỉ|หยุด|ได้หยุด|วันหยุด|နားရ|နားရက်|ပိတ်ရက်|ឈប់សម្រាក|ថ្ងៃឈប់|ພັກ|ມື້ພັກ|假|日假|放假|ছুটি|बिदा|chuti|bida",
	// No food.
	"nofood": "no food|nothing to eat|not given any food|not given food|not given us any food|no meals|havent eaten|have not eaten|not eaten|tidak dikasih makan|tidak diberi makan|tak diberi makan|tak bagi makan|tidak makan|belum makan|tak makan|hindi pinapakain|hindi kumakain|walang makain|walang pagkain|không được ăn|không có gì ăn|chưa được ăn|ไม่ได้กินข้าว|ไม่ให้อาหาร|ไม่มีอะไรกิน|ไม่ได้กิน|ဘာမှ မစားရ|မစားရသေး|ထမင်းမကျွေး|မစားရ|មិនបានញ៉ាំ|គ្មានអាហារ|អត់បានញ៉ាំ|ບໍ່ໄດ້ກິນ|ບໍ່ມີຫຍັງກິນ|冇嘢食|冇飯食|冇得食|沒有吃|没吃|খেতে দেয়নি|খাবার দেয়নি|খাবার নেই|কিছু খাইনি|खान दिएको छैन|खान दिँदैन|खाना छैन|khana chaina|khete dey ni|khete deyni",
	// A boat.
	"boat": "boat|ship|vessel|trawler|kapal|bot|perahu|barko|bangka|tàu|thuyền|เรือ|လှေ|သင်္ဘော|ទូក|កប៉ាល់|ເຮືອ|船|নৌকা|জাহাজ|डुङ्गा|जहाज",
	// Ashore.
	"ashore": "ashore|go on land|on land|darat|naik darat|turun ke darat|pampang|lên bờ|ขึ้นฝั่ง|ကမ်းပေါ်|ឡើងគោក|ຂຶ້ນຝັ່ງ|上岸|তীরে|किनारमा",
}

// taxRules combine taxParts (and partWords).
var taxRules = []struct {
	signal string
	parts  []string
}{
	{"self_harm", []string{"poison", "ingest"}},
	{"self_harm", []string{"pills", "amount", "ingest"}},
	{"violence", []string{"sea", "throw", "person"}},
	{"document_retention", []string{"doc", "safe"}},
	{"document_retention", []string{"doc", "untilend", "giveback"}},
	{"document_retention", []string{"doc", "untilend", "take"}},
	{"document_retention", []string{"doc", "untilend", "broker"}},
	{"excessive_overtime", []string{"offday", "permonth", "oneday"}},
	{"danger", []string{"nofood", "ndays"}},
	{"confinement", []string{"boat", "ashore", "deny"}},
}

func init() {
	for sig, list := range taxSignals {
		signalWords[sig] += "|" + list
	}
	for name, list := range taxParts {
		if old, ok := partWords[name]; ok {
			partWords[name] = old + "|" + list
		} else {
			partWords[name] = list
		}
	}
	rules = append(rules, taxRules...)
	partWords["hoursword"] += "|ghanta|ghonta|ghonta|ঘন্টা|ঘণ্টা|個鐘頭|鐘"
	partWords["doc"] += "|mga id|id namin|our ids|my id|id ko|thẻ của|thẻ căn cước|the cua|ids|證件|परिचयपत्र"
	partWords["deny"] = "hindi kami pinapababa|hindi pinapababa|ayaw kaming pababain|never lets|never let|doesnt let|dont let|not allowed|cant|cannot|tidak kasih|tidak boleh|tak bagi|tak boleh|hindi pinapababa|hindi pinapayagan|ayaw|không cho|ไม่ให้|ခွင့်မပေး|ခွင့်မရှိ|မိនឲ្យ|មិនឲ្យ|ບໍ່ໃຫ້|唔俾|不讓|তে দেয় না|দেয় না|दिँदैन|दिदैन"
	var nd []string
	for n := 2; n <= 14; n++ {
		d := string(rune('0' + n%10))
		if n >= 10 {
			d = "1" + d
		}
		for _, u := range []string{" days", " hari", " araw", " ngày", " วัน", " ရက်", " ថ្ងៃ", " ມື້", "日", "天", " দিন", " दिन", "วัน", "ရက်", "ថ្ងៃ", "ມື້", " din"} {
			nd = append(nd, d+u)
		}
	}
	partWords["ndays"] += "|" + strings.Join(nd, "|")
	sectorWords["fishing"] += "|ลูกเรือ|ລູກເຮືອ|ເຮືອ|awak bot|pekerja bot|bot|漁工|জেলে|নৌকা|माझी|डुङ्गा|jahaj|nouka|jele"
	hypPostWords += "|လို့ရလား|လို့ ရလား"
	blockWords += "|cả lọ|ca lo|i keep my|i keep it|i keep them|saya simpan|aku simpan|paspor saya simpan|ako ang may hawak|may hawak ako|nasa akin|my drawer|my locker|my own safe|my safe|my bag|laci saya|loker saya|lemari saya|drawer ko|sa drawer ko|ngăn kéo của em|ngăn kéo của tôi"
	markers["ms"] += " cuba rogol sebilik teruk campak sorang maksimum tekong lemas kedai syif"
	pairMarkers["ms"] += "|ikut undang|awak bot|pekerja bot|mayat dia"
	partWords["neg"] += "|hindi binibigay|di binibigay|hindi ibinibigay|hindi pa binibigay"
}
