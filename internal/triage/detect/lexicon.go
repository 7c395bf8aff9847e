package detect

import (
	"bytes"
	"strings"
)

// Lexicons of the three families fresh text words most freely
// (testdata/lexicon.jsonl): blows (a striking verb with a person or a body
// part, or an injury to the body), suicide by a method (intent with a means:
// a height, pills, poison) and wages delayed, cut or kept. English and the
// spaced Latin-script languages are generated as verb-object phrases, so
// "kicked the ball" stays apart from "kicked me"; the unspaced scripts are
// rules of parts in one sentence.
func init() {
	cross := func(as, mids, bs string) string {
		var out []string
		for _, a := range strings.Split(as, "|") {
			for _, mid := range strings.Split(mids, "|") {
				for _, b := range strings.Split(bs, "|") {
					p := a
					if mid != "" {
						p += " " + mid
					}
					out = append(out, p+" "+b)
				}
			}
		}
		return strings.Join(out, "|")
	}

	// English: striking verbs in their tenses, then a person or a body part.
	enV := "slapped|slaps|slapping|punched|punches|punching|kicked|kicks|kicking|stamped on|stamps on|stomped on|stomps on|stepped on|steps on|trampled|" +
		"smashed|smashes|banged|bangs|whipped|whips|whipping|beat|beats|beating|struck|strikes|knocked down|knocked out|shoved|shoves|shoving|" +
		"pushed down|twisted|twists|twisting|choked|chokes|choking|strangled|strangles|strangling|bit|bites|biting|scratched|scratches|" +
		"scalded|scalds|stabbed|stabs|stabbing|slashed|shot|elbowed|headbutted|kneed|pinched|pinches|hit|hits|hitting|throttled|burned|burnt|burns"
	enObj := "me|us|her|him|them|my friend|my sister|my brother|my wife|my husband|my cousin|my roommate|my coworker|my co-worker|my colleague|my son|my daughter|my mother|my father|my mom|my dad|my friends|the maid|the worker|the workers|the new worker|the helper"
	enBody := "face|head|back|stomach|belly|chest|arm|arms|hand|hands|leg|legs|neck|eye|eyes|mouth|nose|ear|ears|cheek|body|ribs|shoulder|fingers|foot|feet|knee|skin|throat"
	addWords(partWords, "lxenv", enV)
	addWords(partWords, "lxenobj", enObj+"|"+cross("my|his|her|our", "", enBody))
	adjRules = append(adjRules, adjRule{"violence", "lxenv", "lxenobj"})
	addWords(signalWords, "violence", "threw a pan at|threw a hot pan at|threw a knife at|threw a bottle at|threw hot water|poured hot water on|poured boiling water|pushed me down|pushed her down|pushed me to the floor|pushed me off|pushed her off|pushed me against|smashed a bottle on|hit me with|hit her with|banged my head|banged her head|banged his head|banged it against|against the wall|"+
		"head is bleeding|head bleeding|bleeding from my head|bleeding from the head|bleeding from her head|bleeding from his head|broken arm|broken leg|broken ribs|broken nose|broke my arm|broke my nose|broke my rib|broke her arm|bruises all over|bruised all over|covered in bruises|full of bruises|black eye|swollen face|face is swollen|cigarette burns")
	addWords(partWords, "lxthrow", "threw|throws|throwing|thrown")
	addWords(partWords, "lxat", "at me|at us|at her|at him|at my head|at my face")
	addRule("violence", "lxthrow", "lxat")
	blockWords += "|beat me at|hit the road|hit the gym|hit the bed|hit the sack|kicked the ball|shot me a|bit me later|a bit|beat the traffic|beat the deadline|beating the|hit my target|hit the target|hits me that|hit me up|hits me up|burns me out|burned me out|burnt me out"

	// English: suicide by a method, and by pills told of another.
	enInt := "want to|wants to|wanna|going to|gonna|will|trying to|tried to|try to|thinking of|thinking about|plan to|plans to|about to|threatening to|threatened to|says she will|says he will|said she would|said he would|would rather"
	enMeth := "jump from|jump off|jump out|jump into|jump in front|swallow all|take all|swallow her|swallow his|swallow my|overdose|drink poison|drink the poison|drink pesticide|drink the pesticide|drink insecticide|drink bleach|drink the bleach|drink weed killer|drink rat poison|hang herself|hang himself|cut her wrist|cut his wrist|slit her wrist|slit his wrist|end her life|end his life|end my life|kill herself|kill himself|kill myself"
	addWords(signalWords, "self_harm", "!"+strings.ReplaceAll(cross(enInt, "", enMeth), "|", "|!"))
	addWords(signalWords, "self_harm", "!swallowed all|!took all her pills|!took all his pills|!took all my pills|!took all the pills|!all her sleeping pills|!all his sleeping pills|!all my sleeping pills|!whole bottle of pills|!overdosed|!drank pesticide|!drank the pesticide|!drank poison|!drank bleach|!drank insecticide|!drank weed killer|!drank rat poison|!jumped from the|!jumped off the|!tried to hang|!tried to jump|!tried to kill herself|!tried to kill himself|!tried to kill myself")

	// English: wages delayed, cut or kept by an agent.
	addWords(signalWords, "wage_withholding", "!salary is delayed|!salary delayed|!salary is late|!salary always late|!salary is always late|!wages are delayed|!wages delayed|!wages are late|!pay is delayed|!pay delayed|!delayed salary|!delayed wages|!delayed our salary|!delayed my salary|!delays our salary|!delays my salary|!delaying our salary|!delaying my salary|!keeps half of my wages|!keeps half my salary|!keeps half of my salary|!takes half of my salary|!takes half my salary|!takes half of my wages|!deducted my pay|!deducted my salary|!deducts my salary|!deducts my pay|!cut my salary|!cut my wages|!cuts my salary|!salary months late")
	addWords(partWords, "lxwage", "salary|wages|wage|pay|gaji|upah|sahod|sweldo|suweldo|lương|เงินเดือน|ค่าจ้าง|ค่าแรง|လစာ|ប្រាក់ខែ|ເງິນເດືອນ|ຄ່າຈ້າງ|人工|糧|薪|বেতন|beton|तलब|talab")
	addWords(partWords, "lxdelay", "!ditunda|!tertunda|!ditangguhkan|!asyik lambat|!selalu lambat|!lambat bayar|!selalu telat|!sering telat|!telat terus|!tertunggak|!dipotong setengah|!potong setengah|!potong separuh|!dipotong separuh|!ditahan agen|!disimpan agen|"+
		"!delayed ang|!laging delayed|!delayed na naman|!delayed lagi|!laging late|!kinakaltasan|!kinaltasan|!binabawasan|!kaltas|"+
		"!chậm lương|!trễ lương|!nợ lương|!giữ lương|!giữ một nửa|!giữ nửa|!trừ lương|!cắt lương|!chậm trả|!trả chậm|"+
		"!ค้างจ่าย|!จ่ายช้า|!ออกช้า|!หักเงินเดือน|!หักไปครึ่ง|!หักครึ่ง|!เลื่อนจ่าย|"+
		"!နောက်ကျ|!ဖြတ်ယူ|!တစ်ဝက်ဖြတ်|!ထိန်းထား|"+
		"!ពន្យារ|!យឺតយ៉ាវ|!កាត់ប្រាក់ខែ|!កាត់ពាក់កណ្ដាល|!កាត់ពាក់កណ្តាល|"+
		"!ເລື່ອນຈ່າຍ|!ຈ່າຍຊ້າ|!ຫັກເງິນເດືອນ|!ຫັກໄປເຄິ່ງ|!ຄ້າງຈ່າຍ|"+
		"!拖咗|!拖住|!拖欠|!拖延|!遲出|!遲咗出|!扣我一半|!扣起|!剋扣|!扣咗|"+
		"!দেরি করছে|!দেরি করে|!দেরিতে দেয়|!কেটে নেয়|!কেটে রাখে|!আটকে রেখেছে|!deri kore|!deri korche|!kete ney|"+
		"!ढिला गर्|!ढिलो गर्|!काट्छ|!काटेर राख|!रोकेर राख|!dhila gar|!katcha|!katchha")
	addRule("wage_withholding", "lxwage", "lxdelay")
	addWords(signalWords, "wage_withholding", "!拖糧|!拖人工|!拖咗人工|!遲出糧|!人工遲出|!ค้างจ่ายเงินเดือน|!nợ lương|!chậm lương")
	resolvedWords += "|but its fine now|but it is fine now|its fine now|no problem|okay lang|tidak apa-apa|tak apa"

	// Vietnamese.
	viV := "tát|đấm|đá|giẫm|dẫm|đạp|bẻ|vặn|đập|xô|đẩy|bóp cổ|cắn|cào|đâm|chém|ném đồ|quất|vụt|dí|đốt|ném"
	viObj := "em|tôi|anh ấy|chị ấy|bạn em|bạn tôi|anh tôi|chị tôi|em tôi|em gái|mẹ tôi|nó|con bé|cô ấy|chúng tôi|bọn em|mặt em|đầu em|lưng em|tay em|bụng em|đầu tôi|mặt tôi"
	viPrep := "vào|lên|xuống"
	viBody := "mặt|bụng|lưng|đầu|ngực|tay|chân|cổ|người|mắt|miệng|sườn|gáy|đầu em|đầu tôi|mặt em|mặt tôi|lưng em|lưng tôi|bụng em|bụng tôi"
	addWords(partWords, "lxviv", viV+"|"+cross(viV, "", viPrep))
	addWords(partWords, "lxviobj", viObj+"|"+viBody)
	adjRules = append(adjRules, adjRule{"violence", "lxviv", "lxviobj"})
	// "bắn em" (shoot me) is "bạn em" (my friend) without its marks: only
	// shooting that cannot be read otherwise.
	addWords(signalWords, "violence", "bắn chết|chĩa súng|nổ súng|đập đầu|bẻ tay|vặn tay|bẻ ngón|bầm tím|vết bầm|chảy máu đầu|đầu chảy máu|vỡ đầu|gãy tay|gãy chân|gãy xương sườn")
	blockWords += "|đá bóng|đập vỡ điện thoại|bẻ lái|ném rác|đập hộp"
	addWords(partWords, "lxint", "want to|wants to|going to|will|wanna|muốn|sẽ|định|tính|nghĩ đến|mau|mahu|nak|ingin|pengen|akan|kepikiran|fikir nak|gusto|balak|iinom|tatalon|อยาก|จะ|คิดจะ|ຢາກ|ຈະ|ຄິດຈະ|ចង់|នឹង|គិតចង់|ချင်|မယ်|想|要|會|諗住|打算|দেব|দিবো|খাব|খাবে|ফেলব|ফেলবে|ছু|छु|चाहन्छु")
	addWords(partWords, "lxjump", "nhảy từ|nhảy xuống|nhảy khỏi|loncat dari|lompat dari|terjun dari|terjun ke|tumalon sa|tumalon mula|tatalon sa|talon sa|กระโดดจาก|กระโดดลง|โดดจาก|ໂດດຈາກ|ໂດດລົງ|លោតពី|លោតចុះ|ခုန်ချ|跳落|樓跳|天台跳|窗跳|跳出|লাফ দে|লাফ দি|हामफाल|haamfal|hamfal|laf deb|laf dibo")
	addRule("self_harm", "lxint", "lxjump")
	addWords(signalWords, "self_harm", "!hamfalchu|!haamfalchu|!हामफाल्छु|!हाम फाल्छु|!nhảy từ tầng|!tumalon sa bintana|!tumalon sa building|!tumalon mula sa|!terjun dari tingkat|!loncat dari lantai|!lompat dari lantai|!terjun dari lantai|!กระโดดจากชั้น|!ໂດດຈາກຊັ້ນ|!លោតពីជាន់|!跳樓|!由五樓跳|!樓跳落")
	addWords(partWords, "lxpills", "all her sleeping pills|sleeping pills|all the pills|all my pills|thuốc ngủ|uống hết thuốc|obat tidur|semua obat|ubat tidur|semua ubat|lahat ng gamot|sleeping pills|ยานอนหลับ|ກິນຢານອນຫຼັບ|ຢານອນຫຼັບ|ថ្នាំងងុយគេង|ថ្នាំដេកលក់|အိပ်ဆေး|安眠藥|安眠药|瞓覺藥|ঘুমের ওষুধ|ghumer oshudh|ghumer osudh|ghumer ousadh|निद्राको औषधि|निन्द्राको औषधि|nidra ko ausadhi|nidra ko aushadhi|nidrako ausadhi")
	addWords(partWords, "lxall", "all|hết|semua|lahat|หมด|ໝົດ|ទាំងអស់|အကုန်|晒|哂|সব|सबै|sabai|sob|whole")
	addRule("self_harm", "lxpills", "lxall")
	addWords(partWords, "lxpoison", "pesticide|insecticide|rat poison|weed killer|bleach|poison|thuốc trừ sâu|thuốc chuột|thuốc độc|racun|baygon|racun serangga|racun tikus|racun rumpai|lason|muriatic|zonrox|ยาฆ่าแมลง|ยาเบื่อ|ยาพิษ|ຢາຂ້າແມງໄມ້|ຢາເບື່ອ|ຢາພິດ|ថ្នាំពុល|ថ្នាំសម្លាប់សត្វល្អិត|ပိုးသတ်ဆေး|အဆိပ်|殺蟲水|殺蟲藥|老鼠藥|農藥|毒藥|漂白水|কীটনাশক|বিষ|bish|kitnashok|विषादी|विष|bish khayera|bishadi")
	addWords(partWords, "lxdie", "die|dead|kill myself|chết|mati|mamatay|mamamatay|ตาย|ຕາຍ|ស្លាប់|သေ|死|মরে|মরব|মরবো|মরে যাব|more jabo|मर्छु|मर्ने|मरौं|marchu|marne")
	addRule("self_harm", "lxpoison", "lxdie")
	addRule("self_harm", "lxpoison", "lxint", "lxdrink")
	addWords(partWords, "lxdrink", "drink|drank|swallow|uống|minum|telan|iinom|uminom|ininom|กิน|ດື່ມ|ກິນ|ផឹក|លេប|သောက်|飲|食|খেয়ে|খাব|খেয়ে ফেল|खाएर|खान्छु|kheye|khayera")

	// Malay and Indonesian blows.
	addWords(signalWords, "violence", "ditinju|meninju|tumbuk perut|tumbuk muka|tumbuk kepala|tinju saya|tinju perut|menginjak punggung|menginjak perut|menginjak kepala|menginjak badan|diinjak|diinjak-injak|injak-injak|dipelintir|memelintir|pelintir tangan|dipulas|dipulasnya|memulas tangan|pulas tangan|hentak kepala|hentakkan kepala|dihentak|dibenturkan|membenturkan|benturkan kepala|hantuk kepala|dihantuk|dihantukkan|ditonjok|menonjok|dijotos|lebam-lebam|lebam lebam|badan lebam|memar-memar|memar semua|kepala berdarah|kepala saya berdarah|kepala dia berdarah|patah tangan|patah kaki|tangan patah|dicakar|mencakar|ditikam|menikam|ditusuk|menusuk|disiram air panas|siram air panas|mencekik|dicekik|dilempar piring|lempar piring|dibaling|tolak saya sampai jatuh|mendorong saya jatuh|didorong sampai jatuh|ditolak sampai jatuh")
	blockWords += "|tidur pulas|menginjak usia|menginjak umur|potong sayur|potong rambut"

	// Filipino blows.
	addWords(signalWords, "violence", "tinapakan|tinatapakan|inapakan|tinadyakan|pinilipit|pinipilipit|inuntog|inuntog ang ulo|iniuntog|inumpog|iniumpog|itinulak|itinutulak|tinulak ako|tinulak niya|sinakal|sinasakal|kinalmot|kinakalmot|sinaksak|sinasaksak|tinusok|pinaso|binuhusan ng mainit|binato ng|sinabunutan|puro pasa|puno ng pasa|may pasa|pasa-pasa|dumudugo ang ulo|duguan ang ulo|basag ang ulo|bali ang braso|nabali ang braso|bali ang kamay|bali ang tadyang|"+tlForms("tapak|pilipit|untog|umpog|sakal|kalmot|saksak|tadyak|tulak"))
	blockWords += "|basag ang screen|itinulak ang cart|tinulak ang cart"

	// Thai blows and injuries.
	addWords(partWords, "lxthv", "กระทืบ|บิดแขน|บิดมือ|ผลักล้ม|ผลักจน|โขกหัว|เอาหัวโขก|จับหัวโขก|กระแทกหัว|หัวฟาด|ต่อยหน้า|ต่อยท้อง|บีบคอ|กัด|ข่วน|แทง|ฟัน|ยิง|เหยียบ|ถีบ|ทุบ")
	addWords(partWords, "lxthobj", "ฉัน|หนู|ผม|เรา|เพื่อน|พี่|น้อง|แม่|เขา|เธอ|หน้า|หลัง|ท้อง|หัว|แขน|ขา|คอ|ตัว")
	addRule("violence", "lxthv", "lxthobj")
	addWords(signalWords, "violence", "หัวแตก|ฟกช้ำ|รอยช้ำ|ช้ำเต็มตัว|แขนหัก|ขาหัก|ซี่โครงหัก|เลือดออกที่หัว|เลือดอาบ|ตาเขียว|หน้าบวม")
	blockWords += "|ฟันผุ|ปวดฟัน|หมอฟัน|ทำฟัน|แปรงฟัน|กัดฟัน|ยิงปืนเล่น|ไฟแตก|จอแตก"

	// Lao.
	addWords(partWords, "lxlov", "ຕ່ອຍ|ຢຽບ|ບິດແຂນ|ບິດມື|ຍູ້ລົ້ມ|ຍູ້ຂ້ອຍ|ຕຳຝາ|ເອົາຫົວຕຳ|ຕຳຫົວ|ບີບຄໍ|ກັດ|ແທງ|ຍິງ|ທຸບ|ຖີບ|ເຕະ|ຕົບ")
	addWords(partWords, "lxloobj", "ຂ້ອຍ|ໝູ່|ອ້າຍ|ນ້ອງ|ເອື້ອຍ|ແມ່|ລາວ|ພວກເຮົາ|ໜ້າ|ຫຼັງ|ທ້ອງ|ຫົວ|ແຂນ|ຂາ|ຄໍ|ໂຕ")
	addRule("violence", "lxlov", "lxloobj")
	addWords(signalWords, "violence", "ຫົວແຕກ|ຟົກຊ້ຳ|ຮອຍຊ້ຳ|ແຂນຫັກ|ຂາຫັກ|ເລືອດອອກຫົວ")
	blockWords += "|ໜ້າຈໍ"

	// Khmer.
	addWords(partWords, "lxkmv", "ទះ|ដាល់|ជាន់ខ្នង|ជាន់ពោះ|ជាន់ក្បាល|ជាន់លើ|ពត់ដៃ|រមួលដៃ|រុញ|បុកក្បាល|បុកនឹងជញ្ជាំង|ច្របាច់ក|ខាំ|ចាក់កាំបិត|បាញ់|ធាក់|កាប់")
	addWords(partWords, "lxkmobj", "ខ្ញុំ|មិត្ត|ប្អូន|បង|ម្ដាយ|គាត់|នាង|ពួកយើង|ពោះ|ខ្នង|មុខ|ក្បាល|ដៃ|ជើង|កំផ្លៀង|ខ្លួន")
	addRule("violence", "lxkmv", "lxkmobj")
	addWords(signalWords, "violence", "ក្បាលបែក|ស្នាមជាំ|ជាំពេញខ្លួន|បាក់ដៃ|បាក់ជើង|ហូរឈាមក្បាល")
	blockWords += "|រុញរទេះ|អេក្រង់"

	// Burmese.
	addWords(partWords, "lxmyv", "ပါးရိုက်|လက်သီးနဲ့ထိုး|လက်သီးနဲ့ ထိုး|ဆောင့်|လိမ်ချိုး|တွန်းလှဲ|တွန်းချ|နင်း|လည်ပင်းညှစ်|ဓားနဲ့ထိုး|ကန်ကျောက်")
	addWords(partWords, "lxmyobj", "ကျွန်မ|ကျွန်တော်|ငါ့|သူငယ်ချင်း|ညီမ|ညီ|အစ်ကို|အစ်မ|ခေါင်း|မျက်နှာ|ဗိုက်|ကျော|လက်|ခြေ|လည်ပင်း|ကိုယ်")
	addRule("violence", "lxmyv", "lxmyobj")
	addWords(signalWords, "violence", "ခေါင်းကွဲ|ပွန်းပဲ့|အညိုအမည်း|လက်ကျိုး|ခြေကျိုး|ခေါင်းက သွေးထွက်|ခေါင်းကသွေးထွက်")

	// Cantonese.
	addWords(signalWords, "violence", "摑我|摑佢|摑咗|摑我塊面|一拳打|一拳揼|揼我|揼佢|打落我|打落佢|踩我|踩佢|踩住我|踩我哥哥|踩我細佬|踩背脊|屈我隻手|屈佢隻手|扭我隻手|扭佢隻手|撞我個頭|撞佢個頭|撳我個頭|撞頭落牆|推我跌|推跌我|推佢跌|推跌佢|箍我條頸|咬我|𠝹我|斬我|斬佢|刺我|刺佢|捅我|成身瘀|瘀傷|周身瘀|頭爆血|頭流血|爆頭|斷咗隻手|斷咗條腿|打到流血")
	blockWords += "|手機個芒爆|স্ক্রিন ভেঙে গেছে|স্ক্রিন ভেঙে"

	// Bengali and romanised Bengali.
	addWords(signalWords, "violence", "চড় মেরে|চড় মেরেছে|চড় মারে|চড় দিয়েছে|ঘুষি মেরেছে|ঘুষি মারে|ঘুষি মেরে|ধাক্কা দিয়ে ফেলে|ধাক্কা মেরে ফেলে|মাড়িয়েছে|মাড়িয়ে দিয়েছে|পা দিয়ে মাড়ি|মুচড়ে দিয়েছে|মুচড়ে দেয়|হাত মুচড়ে|দেয়ালে ঠুকে|মাথা ঠুকে|মাথা ফাটিয়ে|মাথা ফেটে|গলা টিপে|কামড়ে দিয়েছে|খামচে দিয়েছে|ছুরি মেরেছে|ছুরি মারে|কুপিয়েছে|কালশিটে|হাত ভেঙে দিয়েছে|পা ভেঙে দিয়েছে|"+
		"chor mere|chor marse|chor mereche|ghushi mereche|ghushi marse|dhakka diye felse|dhakka diye feleche|dhakka diye fele|mochre dise|mochre diyeche|matha thuke|matha fatiye|gola tipe dhore|churi mereche")
	// Nepali and romanised Nepali.
	addWords(signalWords, "violence", "थप्पड हान|थप्पड लगा|मुक्का हान|कुल्चि|कुल्चे|बटारिदि|बटारे|धकेलेर लडा|धकेलिदि|ठोकिदि|टाउको ठोक|भित्तामा ठोक|घाँटी थिच|चक्कु हान|छुरा हान|टाउको फुट|हात भाँचि|खुट्टा भाँचि|निलो डाम|"+
		"mukka hanyo|mukka hancha|dhakelyo|dhakeli diyo|kulchyo|kulchiyo|batari diyo|tauko thokyo|bhitta ma thokyo|chakku hanyo")
	addWords(partWords, "lxint", "भन्दैछ|भनिन्|भन्यो|सोच्दै|bhanin|bhanyo|sochdai|khanchu|खान्छु")
}

// adjRule fires signal when a match of part verb is followed, across a
// space, by a match of part obj: "slapped" "her", "đấm vào" "bụng".
type adjRule struct{ signal, verb, obj string }

var adjRules []adjRule

// adjFires reports a verb match directly followed by an object match, as a
// fact: not negated, hypothetical, blocked or resolved.
func (a *analysis) adjFires(v, o int) bool {
	for j := range a.ms {
		m := &a.ms[j]
		if m.p.kind != kPart || int(m.p.val) != v {
			continue
		}
		for k := range a.ms {
			n := &a.ms[k]
			if n.p.kind != kPart || int(n.p.val) != o || n.start <= m.end || n.start > m.end+2 {
				continue
			}
			if strings.TrimSpace(string(a.t[m.end:n.start])) != "" {
				continue
			}
			if m.start < a.resolved || a.resolvedClause(m) || a.negated(m) || a.hypothetical(m) || a.coveredBy(m, kBlock) || a.coveredBy(n, kBlock) {
				continue
			}
			if a.f.viMarks > 0 && !a.viMarked(m) {
				continue // "đây có" (here is) folds like "đẩy cổ" (push the neck)
			}
			return true
		}
	}
	return false
}

func init() {
	markers["ms"] += " sesak dipulas"
}

// moreNepaliWords are Nepali verb forms of the lexicon messages that the
// Hindi side of the Devanagari score must not win.
var moreNepaliWords = "पकाउने काटिसकें काटिसकेँ बनाउने हामफाल्छु"

// viVerbs maps a folded Vietnamese striking verb to its written forms.
var viVerbs = map[string][]string{}

func init() {
	var f folded
	for _, v := range strings.Split("tát|đấm|đá|giẫm|dẫm|đạp|bẻ|vặn|đập|xô|đẩy|bóp|cắn|cào|đâm|chém|bắn|ném|quất|vụt|dí|đốt|phang", "|") {
		f.fold(v)
		k := string(f.b)
		viVerbs[k] = append(viVerbs[k], v)
	}
}

// viMarked reports whether a Vietnamese verb match m is written with its
// own marks in a message typed with marks: folding loses them, and "đây"
// (here), "da" (skin) or "dập" read as blows.
func (a *analysis) viMarked(m *match) bool {
	w := a.t[m.start:m.end]
	if i := bytes.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	forms, ok := viVerbs[string(w)]
	if !ok {
		return true
	}
	orig := strings.ToLower(a.orig)
	for _, v := range forms {
		if strings.Contains(orig, v) {
			return true
		}
	}
	return false
}
