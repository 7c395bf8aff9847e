package detect

import "strings"

// New wordings of known concepts (testdata/wording.jsonl): liquids that
// scald, hanging, a jump from a height, weed killer and bleach, a share of
// the pay taken, blows told with verbs the other lexicons lack; and what
// makes a look-alike normal: deductions the law makes (tax, social
// security), questions about what is legal, a problem put right.
// Each family is a rule of parts, so the words may come in any order
// ("my passport the boss keeps", "পাসপোর্ট মালিক রেখে দিয়েছে").
func init() {

	// Scalding: a hot liquid poured or thrown, or the skin it leaves.
	addWords(partWords, "hotliquid", "boiling water|hot water|scalding water|scalding hot water|boiling oil|hot oil|hot soup|boiling soup|"+
		"air mendidih|air panas|air yang mendidih|air menggelegak|air panas menggelegak|minyak panas|minyak mendidih|kuah panas|"+
		"kumukulong tubig|mainit na tubig|kumukulong mantika|mainit na mantika|"+
		"nước sôi|nước nóng|dầu sôi|dầu nóng|canh nóng|"+
		"น้ำเดือด|น้ำร้อน|น้ำมันร้อน|น้ำมันเดือด|น้ำแกงร้อน|"+
		"ရေနွေး|ရေဆူ|ရေပူ|ဆီပူ|ဆီဆူ|"+
		"ទឹកពុះ|ទឹកក្ដៅ|ទឹកក្តៅ|ប្រេងក្ដៅ|ប្រេងក្តៅ|ប្រេងពុះ|"+
		"ນ້ຳຟົດ|ນ້ຳຮ້ອນ|ນ້ຳມັນຮ້ອນ|"+
		"滾水|熱水|热水|開水|熱油|滾油|热油|"+
		"ফুটন্ত পানি|ফুটন্ত জল|গরম পানি|গরম জল|গরম তেল|gorom pani|futonto pani|"+
		"उम्लेको पानी|उम्लिएको पानी|तातो पानी|तातो तेल|umleko pani|tato pani")
	addWords(partWords, "pourv", "poured|pours|pouring|pour|threw|throws|thrown|throwing|splashed|splashes|splashing|dumped|tipped|"+
		"siram|disiram|menyiram|siramkan|curah|dicurah|mencurah|curahkan|simbah|disimbah|menyimbah|tuang|dituang|menuang|tumpah|"+
		"buhos|binuhos|binuhusan|ibinuhos|binubuhusan|sinabuyan|isinaboy|sinaboy|"+
		"dội|tạt|hắt|giội|"+
		"สาด|ราด|เท|"+
		"လောင်း|ပက်|သွန်း|"+
		"ចាក់|ស្រោច|ជះ|បាច|"+
		"ສາດ|ຖອກ|ລາດ|"+
		"淋|潑|泼|倒落|倒埋|射|"+
		"ঢেলে|ছুড়ে|ছুঁড়ে|ছিটিয়ে|dhele|chure|"+
		"खन्या|फ्याँकि|छ्याप|khanyayo")
	addWords(partWords, "scaldskin", "blister*|peeling|skin came off|skin is coming off|burned my|burnt my|scalded|"+
		"melepuh|mengelupas|kulit terkelupas|lecur|melecur|paltos|lapnos|nalapnos|napaso|"+
		"phồng rộp|bị bỏng|vết bỏng|bỏng nặng|"+
		"พอง|ผิวพอง|ผิวไหม้|ลวก|"+
		"အရေပြားကွာ|ပူလောင်|အဖုအပိမ့်|"+
		"រលាក|របកស្បែក|ពងបែក|"+
		"ພອງ|ໄໝ້|ລວກ|"+
		"起水泡|起晒水泡|燙傷|烫伤|甩皮|脫皮|"+
		"ফোসকা|চামড়া উঠে|পুড়ে গেছে|"+
		"फोका|छाला उप्कि|पोलेर|पोल्यो")
	addRule("violence", "hotliquid", "pourv")
	addRule("violence", "hotliquid", "scaldskin")

	// Hanging.
	addWords(signalWords, "self_harm", "hang myself|hang herself|hang himself|hanging herself|hanging himself|hanging myself|hanged herself|hanged himself|hung herself|hung himself|rope around her neck|rope around his neck|rope around my neck|noose|"+
		"gantung diri|menggantung diri|menggantungkan diri|gantung leher|"+
		"magbigti|nagbigti|magbibigti|nagbibigti|bibigti|"+
		"treo cổ|thắt cổ|"+
		"ผูกคอ|แขวนคอ|"+
		"ကြိုးဆွဲချ|ကြိုးဆွဲ သေ|ကြိုးဆွဲသေ|"+
		"ចងក|ព្យួរក|"+
		"ຜູກຄໍ|ແຂວນຄໍ|"+
		"上吊|吊頸|吊颈|自縊|"+
		"গলায় দড়ি|গলায় ফাঁস|ফাঁসি দেব|ফাঁস দেব|ফাঁসি দিয়ে|"+
		"झुण्डिएर|झुन्डिएर|झुण्डिन्छु|झुन्डिन्छु|पासो लगाएर|jhundiyera|jhundiera")
	// Talking about a way to die is the warning itself, not a topic.
	var talk []string
	for _, t := range []string{"talking about", "talks about", "keeps talking about", "kept talking about", "thinking about", "thinks about", "thought about", "keeps saying", "kept saying", "talking of"} {
		for _, w := range []string{"hanging", "killing", "ending", "jumping", "drinking", "suicide", "dying", "taking all", "overdosing", "cutting herself", "cutting himself", "cutting myself"} {
			talk = append(talk, "!"+t+" "+w)
		}
	}
	addWords(signalWords, "self_harm", joinBars(talk))

	// A jump from a height.
	addWords(partWords, "jumpv", "jump|jumps|jumping|jumped|leap|leaps|leaping|leapt|throw myself|throw herself|throw himself|"+
		"tumalon|tatalon|tumatalon|talon|loncat|meloncat|lompat|melompat|terjun|menerjunkan diri|"+
		"nhảy|"+
		"กระโดด|โดด|"+
		"ໂດດ|"+
		"លោត|"+
		"ခုန်ချ|"+
		"লাফ|ঝাঁপ|laf|jhap|"+
		"हाम फाल|हामफाल|फाल्छु|ham fal|hamfal")
	addWords(partWords, "height", "roof|rooftop|building|bridge|balcony|window|cliff|top floor|tower|"+
		"bubong|tulay|bintana|palapag|gusali|"+
		"atap|gedung|jembatan|jambatan|balkon|jendela|tingkap|tingkat|bumbung|bangunan|menara|"+
		"mái nhà|nhảy lầu|trên lầu|tầng thượng|từ tầng|cây cầu|tòa nhà|ban công|cửa sổ|"+
		"ตึก|หลังคา|สะพาน|ระเบียง|หน้าต่าง|"+
		"ຕຶກ|ຫຼັງຄາ|ຂົວ|ລະບຽງ|ປ່ອງຢ້ຽມ|"+
		"អគារ|ដំបូល|ស្ពាន|ជាន់ទី|បង្អួច|"+
		"အဆောက်အဦ|ခေါင်မိုး|တံတား|ပြတင်းပေါက်|"+
		"ছাদ|ব্রিজ|সেতু|ভবন|বিল্ডিং|জানালা|ব্যালকনি|chad|chhad|"+
		"छत|पुल|भवन|तल्ला|झ्याल|बिल्डिङ|chhat")
	addWords(partWords, "deepwater", "river|the sea|into the sea|sungai|laut|ilog|dagat|xuống sông|dòng sông|xuống biển|แม่น้ำ|ทะเล|ແມ່ນ້ຳ|ໃສ່ນ້ຳ|ໂດດນ້ຳ|ទន្លេ|សមុទ្រ|မြစ်|ပင်လယ်|落河|落海|跳海|跳河|নদী|সাগর|খোলা|नदी|खोला|समुद्र")
	addRule("self_harm", "jumpv", "height")
	addRule("self_harm", "jumpv", "deepwater", "lxint")
	addRule("self_harm", "jumpv", "lxdie")
	addWords(signalWords, "self_harm", "跳樓|跳落街|由天台跳|天台跳落|跳橋|跳海|跳河|跳窗")

	// Weed killer, pesticide and bleach, to be swallowed.
	poisons := "weedkiller|herbicide|paraquat|gramoxone|glyphosate|roundup|clorox|" +
		"racun rumput|racun rumpai|racun lalang|racun serangga|pemutih|peluntur|" +
		"pamatay damo|pamatay ng damo|pamatay-damo|pamatay ng insekto|" +
		"thuốc diệt cỏ|thuốc cỏ|thuốc trừ sâu|thuốc tẩy|nước tẩy|" +
		"ยาฆ่าหญ้า|ยาฆ่าแมลง|ยาปราบศัตรูพืช|น้ำยาฟอกขาว|ไฮเตอร์|" +
		"ပေါင်းသတ်ဆေး|ပိုးသတ်ဆေး|" +
		"ថ្នាំសម្លាប់ស្មៅ|ថ្នាំពុលស្មៅ|ថ្នាំកសិកម្ម|ថ្នាំសម្លាប់សត្វល្អិត|" +
		"ຢາຂ້າຫຍ້າ|ຢາຂ້າແມງໄມ້|ຢາຂ້າແມງ|" +
		"除草劑|除草水|殺草水|百草枯|農藥|漂白水|" +
		"ঘাস মারার|আগাছানাশক|কীটনাশক|ব্লিচ|" +
		"घाँस मार्ने|झारपात मार्ने|विषादी|कीटनाशक|bishadi|kitnashok"
	addWords(partWords, "poison", poisons)
	addWords(partWords, "lxpoison", poisons)
	addWords(partWords, "ingest", "पियो|पिइन्|पिए|पिउँछु|पिउने|पिउँछ|खायो|खाइन्|खाए|खान्छु|खाने|piyo|khayo|"+
		"খেয়েছে|খেয়ে ফেলেছে|খেয়ে|খাবে|খাব|পান করেছে|kheyeche|"+
		"飲咗|食咗|飲|飲埋|"+
		"ininom|iinom|uminom|"+
		"uống|đã uống|"+
		"ดื่ม|กิน|"+
		"ດື່ມ|ກິນ|"+
		"ផឹក|លេប|"+
		"သောက်")
	// A weed killer is not a threat to kill.
	blockWords += "|ยาฆ่า|ຢາຂ້າ|ថ្នាំសម្លាប់|ถูกยาฆ่า"

	// A share of the pay taken: a fraction or a percentage, a pay word and a
	// taking verb, in any order.
	addWords(partWords, "share", "half|a half|two thirds|one third|a third|three quarters|a quarter|most of|percent|per cent|%|"+
		"separuh|setengah|sepertiga|seperempat|persen|peratus|"+
		"kalahati|porsyento|porsiyento|bahagdan|"+
		"một nửa|nửa lương|nửa tiền|phần trăm|một phần ba|"+
		"ครึ่ง|ครึ่งหนึ่ง|เปอร์เซ็นต์|เปอร์เซ็น|"+
		"တစ်ဝက်|ရာခိုင်နှုန်း|"+
		"ពាក់កណ្ដាល|ពាក់កណ្តាល|ភាគរយ|"+
		"ເຄິ່ງ|ເຄິ່ງໜຶ່ງ|ເປີເຊັນ|"+
		"一半|一成|兩成|二成|三成|四成|五成|六成|七成|八成|九成|百分之|"+
		"অর্ধেক|আধা|শতাংশ|পার্সেন্ট|ordhek|shotangsho|"+
		"आधा|प्रतिशत|पर्सेन्ट|adha|aadha|pratishat")
	addWords(partWords, "lxwage", "salary|salaries|wage|wages|pay|paycheck|paycheque|payslip|earnings|"+
		"gaji|upah|sahod|sweldo|suweldo|"+
		"lương|tiền lương|tiền công|"+
		"เงินเดือน|ค่าจ้าง|ค่าแรง|"+
		"လစာ|လခ|"+
		"ប្រាក់ខែ|ប្រាក់ឈ្នួល|"+
		"ເງິນເດືອນ|ຄ່າຈ້າງ|ຄ່າແຮງ|"+
		"人工|糧|薪|工資|工资|"+
		"বেতন|মজুরি|beton|"+
		"तलब|ज्याला|talab")
	addWords(partWords, "deductv", "pocket*|skim*|charge|charges|charged|potong|memotong|tolak|kinukuha|kinuha|kukunin|kinaltas|trừ|bị trừ|cắt|ăn chặn|หัก|โดนหัก|ဖြတ်ယူ|ဖြတ်ထား|ហូត|ຫັກ|抽佣|抽成|袋咗|袋晒|食咗|কেটে রাখে|kete|काट्यो|खान्छ|katcha")
	addWords(partWords, "take", "mengambil|ເອົາໄປ|ယူထား|ယူတယ်|ယူသွားတယ်|নিয়ে নেয়|নিয়ে যায়|রেখে দেয়|রাখে|राख्छ|राख्छन्|लिन्छ|लिन्छन्|rakhcha|lincha")
	addRule("wage_withholding", "share", "lxwage", "take")
	addRule("wage_withholding", "share", "lxwage", "deductv")
	addWords(partWords, "cutshare", "cut|cuts|slashed|slashes|reduced|reduces")
	addRule("wage_withholding", "share", "lxwage", "cutshare")
	addRule("wage_withholding", "share", "lxwage", "tobroker")
	addWords(partWords, "tobroker", "goes to the broker|go to the broker|to the broker|goes to my boss|goes to the boss|goes to the employer|goes to the company")
	blockWords += "|i keep|i take|i took|i kept|i save|we keep|saya simpan|saya ambil|aku simpan|tôi giữ|em giữ|ฉันเก็บ|หนูเก็บ|ខ្ញុំទុក|ຂ້ອຍເກັບ|我儲|自己儲"

	// Deductions the law makes, or asks about.
	addWords(partWords, "lawful", "tax|taxes|income tax|insurance|social security|pension|provident fund|epf|kwsp|socso|perkeso|sss|philhealth|pag ibig|pagibig|bpjs|jamsostek|"+
		"pajak|pph|cukai|caruman|buwis|"+
		"tiền thuế|đóng thuế|trừ thuế|thuế thu nhập|bảo hiểm|bhxh|"+
		"ภาษี|ประกันสังคม|"+
		"အခွန်|လူမှုဖူလုံရေး|"+
		"ពន្ធ|បសស|"+
		"ອາກອນ|ພາສີ|ປະກັນສັງຄົມ|"+
		"稅|税|強積金|强积金|保險|保险|社保|公積金|"+
		"ট্যাক্স|আয়কর|বীমা|^কর$|"+
		"^कर$|आयकर|बीमा|सामाजिक सुरक्षा|सञ्चय कोष")

	// Questions about what the law allows, closed by a question mark.
	modalWords += "|legal|illegal|lawful|unlawful|against the law|sah|undang undang|melanggar hukum|melanggar undang|legal ba|labag sa batas|" +
		"hợp pháp|phạm pháp|trái luật|trái pháp luật|ผิดกฎหมาย|ถูกกฎหมาย|တရားဝင်|ဥပဒေ|ស្របច្បាប់|ខុសច្បាប់|ຖືກກົດໝາຍ|ຜິດກົດໝາຍ|" +
		"違法|犯法|合法|係咪違法|আইনসম্মত|বৈধ|অবৈধ|কানুনী|कानुनी|गैरकानुनी"
	hypPostWords += "|ခွင့်ရှိလား|ခွင့် ရှိလား|ခွင့်ရှိပါသလား|တရားဝင်လား|ဥပဒေနဲ့ညီလား|ဥပဒေနဲ့ ညီလား"

	// Nobody did it.
	negWords += "|nobody|no one|noone|tiada siapa|tidak ada yang|tak ada yang|walang sinuman|không ai|ไม่มีใคร|ဘယ်သူမှ|គ្មាន|គ្មាននរណា|គ្មានអ្នកណា|ບໍ່ມີໃຜ|冇人|沒有人|没有人|কেউ না|कसैले पनि"

	// A problem put right: given back, paid back, paid out in the end.
	resolvedWords += "|gave back my|gave my passport back|returned my passport|returned my|paid me back|refunded|paid everything now|" +
		"dah dibayar balik|sudah dibayar balik|telah dibayar balik|dibayar semula|dah dapat balik|dah dipulangkan|sudah dipulangkan|sudah diganti|dah diganti|" +
		"binalik na|isinauli na|sinauli na|binayaran na|nabayaran na|ibinigay na|" +
		"ได้คืนครบ|คืนครบแล้ว|ได้เงินคืนแล้ว|จ่ายคืนแล้ว|คืนให้แล้ว|" +
		"ပြန်ပေးပြီ|ပြန်ပေးလိုက်ပြီ|ပြန်အမ်းပြီ|" +
		"សងវិញហើយ|ប្រគល់វិញហើយ|ឲ្យមកវិញហើយ|អោយមកវិញហើយ|បានមកវិញហើយ|" +
		"ຄືນໃຫ້ແລ້ວ|ສົ່ງຄືນແລ້ວ|ຈ່າຍຄືນແລ້ວ|" +
		"出返晒|已經出返|已經出咗|補返晒|已經補返|已經還返|已經俾返|已經畀返|" +
		"ফেরত দিয়ে দিয়েছে|ফিরিয়ে দিয়েছে|ফেরত পেয়েছি|" +
		"फिर्ता दियो|फिर्ता दिए|फिर्ता दिनुभयो|फिर्ता गर्यो|फिर्ता गरिदियो|फिर्ता गर्‍यो|firta diyo"

	// Blows: verbs the other lexicons lack, before a person or a body part.
	addWords(partWords, "lxenv", "hammered|hammers|whacked|whacks|whacking|clubbed|thrashed|thrashes|thrashing|lashed|flogged|caned|bashed|bashes|bashing|battered|pummelled|pummeled|smacked|smacks|slammed|slams|elbows|knees|kneed|headbutts|spat on|jabbed|poked")
	idVerbs := "sepak|menyepak|disepak|tendang|menendang|hantam|menghantam|dihantam|hentam|menghentam|tumbuk|menumbuk|ditumbuk|tampar|menampar|lempang|melempang|dilempang|" +
		"pukul|memukul|sebat|menyebat|libas|melibas|hempas|menghempas|cubit|mencubit|gigit|menggigit|cekik|tikam|tusuk|terajang|menerajang|jotos|tonjok|menonjok|hajar|menghajar|gampar|menggampar|gebuk|menggebuk|pijak|memijak|injak|menginjak|bantai|belasah|membelasah|baling|membaling|lempar|melempar"
	idObjs := "kakak|adik|abang|kawan saya|teman saya|isteri saya|istri saya|anak saya|" +
		"perut|muka|kepala|punggung|belakang|badan|tangan|kaki|dada|pipi|mata|mulut|hidung|rusuk|leher|telinga|wajah|" +
		"kerusi|kursi|pinggan|piring|botol|kayu|besi|batu"
	// Pronouns are in nearly every Malay and Indonesian message: crossed
	// with the verbs into phrases rather than matched as a part.
	var idBlows []string
	for _, v := range strings.Split(idVerbs, "|") {
		for _, o := range []string{"saya", "aku", "kami", "dia", "kita"} {
			idBlows = append(idBlows, v+" "+o)
		}
	}
	addWords(signalWords, "violence", strings.Join(idBlows, "|"))
	addWords(partWords, "lxidv", idVerbs)
	addWords(partWords, "lxidobj", idObjs)
	adjRules = append(adjRules, adjRule{"violence", "lxidv", "lxidobj"})
	blockWords += "|pukul berapa|sepak bola|sepakbola|sepak takraw|tumbuk cili|tumbuk sambal|tumbuk bawang|hempas pulas|cubit sikit|gigit jari|hantam kromo|pijak minyak|injak gas|tikam ekor|baling baling"
	// Vietnamese, Bengali, Nepali and Cantonese blows outside the lists.
	addWords(partWords, "lxviv", "phang|phang vào|phang lên|phang xuống")
	addWords(signalWords, "violence", "đấm liên tục|đấm túi bụi|đánh túi bụi|đấm đá|"+
		"লাথি মেরে|লাথি মেরেছে|লাথি মারে|লাথি দিয়েছে|কিল মেরেছে|কিল মারে|বাড়ি মেরেছে|বাড়ি মারে|আছাড় মেরেছে|"+
		"lathi mereche|lathi mare|kil mereche|bari mereche|"+
		"लात्ताले हान|लात्तीले हान|लात हान|लात्ती हान|हानेर लडा|भुइँमा लडा|रडले|फलामले|"+
		"latta le hanyo|latti le hanyo|"+
		"一腳踢|踢落我|踢我個|踢佢個|一巴掌|打到我|揼到|")
}

// Families holdout8 showed thin (read after its first measurement): the
// Bangladeshi colloquial verb forms, rat poison and vomiting, calls that do
// not go through, a relative's age told as "she is 15", deception told as
// "said it was ... when I came", wages in arrears in Lao, and the normal
// look-alikes of school work about trafficking, a problem paid in full, and
// "no danger" with a particle between.
func init() {

	// Colloquial Bengali: "দিছে" for "দিয়েছে", "মাইরা" for "মেরে".
	addWords(partWords, "take", "রেখে দিছে|রাইখা দিছে|রাইখা দিসে|রেখে দিসে|রাখছে|রাখসে|আটকাইয়া রাখছে|আটকায়া রাখছে|নিয়া নিছে|নিয়ে নিছে|নিয়া গেছে|rekhe dise|rekhe diche|raikha dise|raikha dice|atkaiya rakhse")
	addWords(partWords, "hitv", "মেরে|মাইরা|মারছে|মারতেছে|মারতাছে|পিটাইছে|পিটায়|পিটাইয়া|পিটাইসে|mere|maira|marse|pitaise")
	addWords(signalWords, "threat_to_kill", "মাইরা ফেলবে|মাইরা ফালাবে|মাইরা ফেলমু|মাইরা ফালামু|মেরে ফেলব|জানে মেরে|জানে মারবে|খুন করবে|maira felbe|maira falbe|mere felbe|jane mere")
	addWords(signalWords, "violence", "ভেঙে দিছে|ভাইঙ্গা দিছে|ভেঙে দিসে|ভাইঙ্গা দিসে|bhenge dise|bhaingga dise")
	addWords(partWords, "ingest", "khaise|khaiche|khaichhe|kheye felse|khailo|খাইছে|খাইসে|খেয়ে ফেলছে")
	addWords(partWords, "poison", "idur marar bish|idur marar|ইঁদুর মারার বিষ|ইন্দুর মারার বিষ|ยาฆ่า|ยาเบื่อหนู|ຢາຂ້າ|ຢາຂ້າໜູ|ຢາເບື່ອໜູ|ថ្នាំសម្លាប់|ថ្នាំពុលកណ្ដុរ|ကြွက်သတ်ဆေး|thuốc chuột|racun tikus|lason sa daga|老鼠藥|मुसा मार्ने विष|मुसा मार्ने")
	addWords(partWords, "lxpoison", "ยาฆ่า|ຢາຂ້າ|ថ្នាំសម្លាប់|ကြွက်သတ်ဆေး|मुसा मार्ने")
	// Poison and what it does: vomiting that will not stop, foam at the mouth.
	addWords(partWords, "vomit", "vomiting|vomits|throwing up|foaming|foam|muntah|sumusuka|nagsusuka|nôn|อาเจียน|อ้วก|ຮາກ|ອາຈຽນ|ក្អួត|အန်|嘔|嘔吐|呕吐|বমি|ফেনা|fena|bomi|बान्ता|वान्ता|फिँज|banta")
	addRule("medical_emergency", "poison", "vomit")
	addWords(signalWords, "medical_emergency", "foaming at the mouth|mulut berbusa|mulutnya berbusa|bumubula ang bibig|sùi bọt mép|น้ำลายฟูมปาก|ฟูมปาก|ປາກຟົດ|ពពុះមាត់|ပါးစပ်က အမြှုပ်|口吐白沫|মুখ দিয়ে ফেনা|মুখে ফেনা|mukh diye fena|mukhe fena|मुखबाट फिँज")

	// Calls that do not go through.
	addWords(partWords, "contactverb", "call|called|calling|ring|tawag|tinatawagan|gọi|gọi điện|โทร|โทรหา|ໂທ|ໂທຫາ|ទូរស័ព្ទ|ဖုန်းဆက်|ဆက်လို့|打電話|打俾|ফোন করি|ফোন দিলে|फोन गर्दा|फोन गर्छु")
	addWords(partWords, "family", "阿媽|阿爸|老豆|老母|阿爺|阿嫲|阿哥|細妹|家姐|阿姐")
	// Wages in arrears.
	addWords(partWords, "neg", "ຄ້າງ")
	addWords(signalWords, "wage_withholding", "ເງິນເດືອນຄ້າງ|ຄ້າງເງິນເດືອນ|ຄ້າງຄ່າແຮງ|เงินเดือนค้าง")
	// Papers, spelled as they are typed.
	addWords(partWords, "doc", "ພາສະປອດ|ພາສປອດ|ປື້ມຜ່ານແດນ|ປຶ້ມຜ່ານແດນ")

	// Sold, to a brothel; forced in the night.
	addWords(signalWords, "sold", "बेचिदियो|बेचिदिए|बेचिएको|बेचिदिन्|बेचिदिएछ|बेचे रे|becidiyo|bechidiyo")
	addWords(signalWords, "forced_sex_work", "कोठीमा|कोठी|वेश्यालय|পতিতালয়|পতিতালয়ে|পতিতালয়ে|কোঠায়|kothi ma")
	addWords(signalWords, "sexual_violence", "जबरजस्ती गर्यो|जबरजस्ती गर्‍यो|जबरजस्ती गरे|जबरजस्ती गरेको|जबर्जस्ती गर्यो|जबर्जस्ती गरे|জোর করে খারাপ কাজ|খারাপ কাজ করেছে|jabarjasti garyo")
	addWords(signalWords, "confinement", "कोठामा आएर|कोठामा आयो|কোঠায় এসে|রুমে এসে|রুমে আইসা")

	// A relative's age: "my cousin is 15".
	addWords(partWords, "ageword", "is only|is just")

	// Deception: "said it was a hotel job", "when I came it was a farm".
	addWords(partWords, "promise", "ตอนสมัครบอก|บอกเป็นงาน|บอกว่าเป็น|บอกว่า|ບອກວ່າ|ບອກວ່າຈະ|當初|说好|說好|話俾我知係")
	addWords(partWords, "arrival", "มาถึงจริง|มาถึงจริงๆ|ມາແທ້|ແຕ່ມາແທ້|ມາຮອດແທ້|來了才知道|來到才知道|到了才知道|嚟到先知|到咗先知|才知道|先知")
	addWords(partWords, "made", "ให้ไปตัด|ให้ไปทำ|ໃຫ້ລ້ຽງ|ໃຫ້ຕັດ|ໃຫ້ເຮັດວຽກ|才知道是|喺度做")
	addWords(partWords, "wage", "月薪|薪水|薪資|薪资")
	addWords(partWords, "less", "只剩|淨係得|得返|剩低")

	// Normal look-alikes: school work, asking about a topic.
	hypWords += "|for school|school project|school report|homework|assignment|presentation|thesis|research on|research about|" +
		"tugas sekolah|tugas kuliah|skripsi|makalah|kerja sekolah|" +
		"takdang aralin|report sa school|" +
		"bài thuyết trình|thuyết trình|bài tập|luận văn|nghiên cứu về|" +
		"ทำรายงาน|รายงานส่งครู|การบ้าน|" +
		"ကျောင်းစာတမ်း|စာတမ်းအတွက်|" +
		"កិច្ចការសាលា|កិច្ចការផ្ទះ|" +
		"ວຽກບ້ານ|ບົດລາຍງານ|" +
		"功課|功课|報告|论文|論文|作業|" +
		"স্কুলের কাজ|অ্যাসাইনমেন্ট|" +
		"गृहकार्य|असाइनमेन्ट"
	askWords += "|ask about|asking about|tanya soal|tanya tentang|nak tanya pasal|magtanong tungkol|hỏi về|ถามเรื่อง|สอบถามเรื่อง|အကြောင်း မေး|အကြောင်းမေး|សួរអំពី|ຖາມເລື່ອງ|想問|請問|জানতে চাই|बारेमा सोध"
	reportWords += "|เบอร์|สายด่วน|ສາຍດ່ວນ|ເບີໂທ|លេខទូរស័ព្ទ|ဖုန်းနံပါတ်|số điện thoại|đường dây nóng|nomor|talian|熱線|電話號碼|নম্বর|हटलाइन|नम्बर"
	blockWords += "|buôn bán người"

	// Paid in full now.
	resolvedWords += "|paid in full|fully paid now|paid on time now|now paid on time|" +
		"udah lancar|sudah lancar|dah lancar|lancar semua|sudah normal|udah normal|sudah dibayar penuh|" +
		"bayad na lahat|nabayaran na lahat|" +
		"!đã trả đủ|!trả đủ rồi|!đã nhận đủ|!nhận đủ rồi|" +
		"ได้ครบ|ครบแล้ว|ได้ตรงเวลาแล้ว|" +
		"បើកគ្រប់ហើយ|គ្រប់ហើយ|" +
		"ໄດ້ຄົບແລ້ວ|ຄົບແລ້ວ|" +
		"出返足|已經出足|而家準時出糧|" +
		"পুরো বেতন পেয়েছি|এখন ঠিকমতো পাই|এখন নিয়মিত পাই|" +
		"अहिले नियमित पाउँछु|पूरै पाएँ"

	// Thirds and quarters of the pay.
	addWords(partWords, "share", "one-third|two-thirds|a quarter of|satu pertiga|sepertiga|sangkatlo|isang katlo|ikatlong bahagi|một phần ba|một phần tư|หนึ่งในสาม|หนึ่งในสี่|သုံးပုံတစ်ပုံ|လေးပုံတစ်ပုံ|មួយភាគបី|មួយភាគបួន|ໜຶ່ງສ່ວນສາມ|ໜຶ່ງສ່ວນສີ່|三分一|三分之一|四分一|四分之一|তৃতীয়াংশ|এক তৃতীয়াংশ|চার ভাগের এক|तिहाइ|एक तिहाइ|चौथाइ")
	addWords(partWords, "hotliquid", "gorom tel|garam tel|tato tel|futonto tel")
	negPostWords += "|chaina|chhaina|choina|chhoina"
	// What the law allows, and how many percent: a question, not a report.
	hypWords += "|according to law|under the law|menurut hukum|menurut undang|ikut undang|mengikut undang|ayon sa batas|theo luật|theo pháp luật|ตามกฎหมาย|ဥပဒေအရ|តាមច្បាប់|ຕາມກົດໝາຍ|根據法律|按法律|法例|আইন অনুযায়ী|कानुन अनुसार|" +
		"what percentage|how many percent|how much percent|berapa persen|berapa peratus|ilang porsyento|bao nhiêu phần trăm|กี่เปอร์เซ็นต์|ဘယ်နှစ်ရာခိုင်နှုန်း|ប៉ុន្មានភាគរយ|ຈັກເປີເຊັນ|幾多成|幾成|百分之幾|কত শতাংশ|कति प्रतिशत|" +
		"a company that|a company which|companies that|an employer who|an employer that|employers that|an agency that|agencies that|a boss who|bosses who|agents who|an agent who|some agencies|some agents|some companies|many agencies|many companies|read that|i read|saw a post|saw on facebook|saw on tiktok"
	hypPostWords += "|according to law|under the law|menurut hukum|ikut undang undang|ayon sa batas|theo luật|theo pháp luật|ตามกฎหมาย|ຕາມກົດໝາຍ|តាមច្បាប់|" +
		"what percentage|berapa persen|berapa peratus|bao nhiêu phần trăm|กี่เปอร์เซ็นต์|ဘယ်နှစ်ရာခိုင်နှုန်း|ប៉ុន្មានភាគរយ|ຈັກເປີເຊັນ|幾多成|কত শতাংশ|कति प्रतिशत"

	// Nepali "I do not want to live", in both scripts.
	addWords(signalWords, "self_harm", "!bachna chahanna|!bachna chahanna|!bachna chahdina|!bachna chahanna aba|!jiuna man chaina|!jiuna chahanna|!marna chahanchu|!marna chahanchhu|!aatmahatya garchu|!atmahatya garchu|!बाँच्न चाहन्नँ|!बाँच्न चाहन्न|!बाँच्न चाहँदिन|!बाच्न चाहन्न|!जिउन मन छैन|!जिउन चाहन्न|!मर्न चाहन्छु|!आत्महत्या गर्छु")
	// Vietnamese typed without marks or with "ko" for "không".
	addWords(signalWords, "self_harm", "!ko muon song|!k muon song|!hok muon song|!hong muon song|!ko thiet song|!ko con muon song|!khong thiet song|!chan song roi")
}

// Papers "with the agent", in every language: a holder named after the
// papers, with no verb of taking; renewals and news about other people's
// bosses are their look-alikes (testdata/wording.jsonl, third batch).
func init() {
	holders := "boss|employer|agent|agency|company|broker|madam|captain|supervisor|manager|sponsor|office"
	var with []string
	for _, h := range strings.Split(holders, "|") {
		with = append(with, "with the "+h, "with my "+h, "with our "+h, "at the "+h)
	}
	for _, pre := range []string{"di", "sama", "pada", "dekat", "kat", "ada di", "ada sama", "ada pada", "ada kat", "masih di", "masih sama", "masih ada di", "masih ada pada", "masih ada sama"} {
		for _, h := range []string{"majikan", "bos", "boss", "agen", "ejen", "agensi", "agency", "pt", "perusahaan", "syarikat", "tauke", "madam", "sponsor", "kantor", "pejabat", "calo", "tekong"} {
			with = append(with, pre+" "+h)
		}
	}
	for _, h := range []string{"amo", "agency", "ahensya", "employer", "madam", "boss", "kompanya", "company", "sponsor", "opisina", "recruiter"} {
		with = append(with, "nasa "+h, "nasa "+h+" pa", "hawak ng "+h, "hawak pa ng "+h)
	}
	addWords(partWords, "holder", strings.Join(with, "|")+"|"+
		"ở chỗ chủ|ở chỗ công ty|ở chỗ môi giới|ở công ty|ở môi giới|ở chỗ quản lý|chủ cầm|công ty cầm|môi giới cầm|quản lý cầm|chủ đang cầm|công ty đang cầm|"+
		"อยู่กับนายจ้าง|อยู่ที่นายจ้าง|อยู่กับนายหน้า|อยู่ที่นายหน้า|อยู่กับบริษัท|อยู่ที่บริษัท|อยู่กับเถ้าแก่|อยู่ที่เถ้าแก่|อยู่กับหัวหน้า|อยู่กับเอเย่นต์|อยู่ที่เอเย่นต์|นายจ้างถือ|นายหน้าถือ|บริษัทถือ|"+
		"ຢູ່ນຳນາຍຈ້າງ|ຢູ່ກັບນາຍຈ້າງ|ຢູ່ນຳນາຍໜ້າ|ຢູ່ກັບນາຍໜ້າ|ຢູ່ກັບບໍລິສັດ|ຢູ່ນຳບໍລິສັດ|ຢູ່ບໍລິສັດ|ຢູ່ນຳເຖົ້າແກ່|ຢູ່ກັບເຖົ້າແກ່|"+
		"នៅថៅកែ|នៅឯថៅកែ|នៅក្រុមហ៊ុន|នៅមេខ្យល់|នៅភ្នាក់ងារ|នៅឯក្រុមហ៊ុន|ថៅកែកាន់|មេខ្យល់កាន់|ក្រុមហ៊ុនកាន់|"+
		"အလုပ်ရှင်ဆီမှာ|ပွဲစားဆီမှာ|ကုမ္ပဏီမှာ|အေးဂျင့်ဆီမှာ|သူဌေးဆီမှာ|အေဂျင်စီမှာ|"+
		"喺老闆度|喺老細度|喺僱主度|喺中介度|喺公司度|喺老闆手|喺中介手|喺公司手|在老闆那|在仲介那|在雇主那|在公司那|老闆拿著|仲介拿著|仲介保管|雇主保管|老闆保管|公司保管|"+
		"মালিকের কাছে|কোম্পানির কাছে|এজেন্টের কাছে|দালালের কাছে|কফিলের কাছে|অফিসের কাছে|"+
		"मालिकसँग|साहुसँग|एजेन्टसँग|कम्पनीसँग|म्यानपावरसँग|मालिककहाँ|साहुकहाँ|एजेन्टकहाँ|कम्पनीसँगै|मालिकसँगै|एजेन्टसँगै")
	addRule("document_retention", "doc", "holder")
	addWords(partWords, "take", "has had|have had|has our|have our|has all our|holds our|has had our|have had our")

	// Renewals: papers held for a while, by right.
	renew := "for renewal|for the renewal|for visa renewal|for the visa renewal|to renew|for processing|untuk perpanjang|untuk perpanjangan|untuk sambung|untuk pembaharuan|para sa renewal|para i renew|để gia hạn|gia hạn|เพื่อต่อ|ต่อวีซ่า|ต่ออายุ|ເພື່ອຕໍ່|ຕໍ່ວີຊາ|ដើម្បីបន្ត|သက်တမ်းတိုး|續簽|續期|辦續約|辦續簽|নবায়নের জন্য|নবায়ন|नवीकरणका लागि|नवीकरण"
	hypWords += "|" + renew
	hypPostWords += "|" + renew

	// Someone else's boss arrested for it: news, not a report.
	arrested := "arrested for|jailed for|sentenced for|charged with|charged for|ditangkap karena|ditangkap kerana|ditahan polis kerana|dipenjara karena|hinuli dahil|nakulong dahil|bị bắt vì|bị bắt do|bị tù vì|ถูกจับเพราะ|ติดคุกเพราะ|ຖືກຈັບຍ້ອນ|ຖືກຈັບເພາະ|ត្រូវចាប់ខ្លួនព្រោះ|ត្រូវចាប់ព្រោះ|因為打|俾差人拉|被警察抓|被捕|"
	hypWords += "|" + arrested + "arrested|ditangkap|hinuli|bị bắt|ถูกจับ|ຖືກຈັບ|ត្រូវចាប់ខ្លួន"
	hypPostWords += "|အဖမ်းခံရ|ဖမ်းခံရ|গ্রেফতার|গ্রেপ্তার|पक्राउ|俾差人拉|被捕|arrested|ditangkap|hinuli|bị bắt|ถูกจับ|ຖືກຈັບ"
	// Hearsay asked about: "I heard ..., is it true?".
	addWords(partWords, "hearsay", "i heard|heard that|heard about|the news said|on the news|in the news|saw on facebook|dengar cerita|dengar khabar|dengar-dengar|katanya ada|kabarnya|ada berita|nabalitaan|balita|narinig ko|nghe nói|nghe bảo|báo đưa tin|ได้ยินว่า|ข่าวว่า|เห็นข่าว|ໄດ້ຍິນວ່າ|ຂ່າວວ່າ|ឮថា|ឮគេថា|ព័ត៌មាន|ကြားတယ်|ကြားလို့|သတင်း|聽講|聽說|听说|新聞話|শুনলাম|শুনেছি|খবরে|सुनें|सुनेको|समाचारमा")
	addWords(partWords, "truthq", "is it true|is that true|true or not|betul ke|benar tidak|benar nggak|benar gak|betul tak|apa benar|totoo ba|có thật không|có đúng không|thật không|จริงไหม|จริงหรือเปล่า|จริงมั้ย|ແທ້ບໍ່|ແທ້ບໍ|ពិតទេ|ពិតឬទេ|တကယ်လား|ဟုတ်လား|係咪真|是真的嗎|是真的吗|真唔真|সত্যি কি|সত্যি নাকি|साँचो हो|साँच्चै हो|हो र")
	// Pay named first, then who has not given it: "three months of salary
	// the company still has not given us".
	addWords(partWords, "give", "given|gave|gives|giving|दिएको|दिइएको|ให้เลย")
	addRule("wage_withholding", "wage", "give", "neg")
	// Bengali conditionals: "বেতন না দিলে" (if the pay is not given).
	hypPostWords += "|দিলে$|না দিলে|করলে$|পেলে$|হলে$"
	// Teeth knocked out.
	addWords(signalWords, "violence", "broken teeth|broke my teeth|broke my tooth|teeth are broken|knocked out my teeth|knocked my teeth out|gigi patah|gigi saya patah|giginya patah|gigi tercabut|nabali ang ngipin|natanggal ang ngipin|gãy răng|gãy hai cái răng|ฟันหัก|ฟันหลุด|ແຂ້ວຫັກ|ແຂ້ວຫຼຸດ|បាក់ធ្មេញ|ធ្មេញបាក់|သွားကျိုး|သွားတွေကျိုး|သွားနှစ်ချောင်း ကျိုး|သွားနှစ်ချောင်းကျိုး|崩咗兩隻牙|崩咗隻牙|打甩牙|牙都甩|দাঁত ভেঙে|দাঁত ভাঙা|দাঁত পড়ে গেছে|दाँत भाँचियो|दाँत झर्यो|दाँत भाँचिदियो")
	// Asking for the ambulance's number is not an emergency.
	addWords(partWords, "service", "ambulance|ambulans|ambulansya|xe cấp cứu|cấp cứu|รถพยาบาล|ລົດສຸກເສີນ|ລົດໂຮງໝໍ|រថយន្តសង្គ្រោះ|လူနာတင်ယာဉ်|白車|救護車|救护车|অ্যাম্বুলেন্স|এম্বুলেন্স|एम्बुलेन्स")
	addWords(partWords, "numberw", "number|nomor|nombor|no telefon|numero|số điện thoại|số gọi|gọi số|số máy|เบอร์|ເບີ|លេខ|နံပါတ်|號碼|号码|咩號碼|নম্বর|नम्बर")
	// Better now.
	resolvedWords += "|better now|is better now|feeling better|sudah membaik|udah membaik|dah baik|dah sihat|mas mabuti na|magaling na siya|đỡ rồi|khỏi rồi|ดีขึ้นแล้ว|ຫາຍດີແລ້ວ|ດີຂຶ້ນແລ້ວ|ធូរស្បើយហើយ|သက်သာသွားပြီ|နေကောင်းပြီ|好返晒|好返啲|ভালো হয়েছে|সুস্থ হয়েছে|ठीक भयो|निको भयो|सन्चो भयो"
	// No debt at all.
	blockWords += "|no debt|no debts|dont have any debt|dont have debt|do not have any debt|tidak punya utang|tidak punya hutang|tak ada hutang|tiada hutang|tidak ada utang|gak punya utang|walang utang|wala akong utang|không nợ|không có nợ|ไม่มีหนี้|ບໍ່ມີໜີ້|គ្មានបំណុល|အကြွေးမရှိ|冇欠債|冇債|冇欠人錢|কোনো ঋণ নেই|ঋণ নেই|ऋण छैन|कुनै ऋण छैन"
	// Papers in a cupboard: put away, not a person locked in.
	addWords(partWords, "safe", "ຕູ້ເຊັບ|ເຊັບ|ទូដែក")
	addWords(partWords, "cupboard", "cupboard|wardrobe|almari|almirah|lemari|aparador|trong tủ|tủ quần áo|ngăn tủ|ตู้|ຕູ້|ទូខោអាវ|ក្នុងទូ|ဗီရို|衣櫃|櫃|আলমারি|আলমারিতে|ড্রয়ার|अलमारी|दराजमा")
	addWords(partWords, "take", "cất|cất giữ|cất đi|রেখেছে|রাখছে|রেখে দেয়")
	// Cantonese "有冇X" asks whether there is X; it does not say there is none.
	blockWords += "|有冇假放|有冇假期|有冇假|有冇休息|有冇人工|有冇糧|有冇飯食|有冇食|有冇得放|有冇得休息|有冇得出街"
	hypWords += "|依法|法例規定|按法例"
	// "Is this allowed?" after a fact asks about the fact: it stays one.
	blockWords += "|แบบนี้ได้ไหม|แบบนี้ได้เหรอ|แบบนี้ได้หรือ|ແບບນີ້ໄດ້ບໍ່|ແບບນີ້ໄດ້ບໍ|បែបនេះបានទេ|តើបែបនេះបានទេ|咁樣得唔得|咁樣可唔可以|咁樣可以嗎|vậy có được không|như vậy có được không|như thế có được không|itu boleh tidak|itu boleh gak|itu boleh nggak|boleh ke macam tu|macam tu boleh ke|legal ba yun|legal ba iyon|ဒီလိုလုပ်လို့ရလား|ဒီလို လုပ်လို့ရလား|এটা কি ঠিক|এটা কি বৈধ|यो ठीक हो|यो कानुनी हो"
	// "A or not A?" asks; the "not" in it denies nothing.
	blockWords += "|or not|दिन्छ कि दिँदैन|दिन्छ कि दिदैन|गर्छ कि गर्दैन|पाइन्छ कि पाइँदैन|पाउँछ कि पाउँदैन|দেয় কি দেয় না|দেবে কি দেবে না|পাবো কি পাবো না|畀唔畀|俾唔俾|出唔出|還唔還"
	// Pay put off with excuses.
	addWords(partWords, "evade", "keeps making excuses|makes excuses|always an excuse|stalling|alasan terus|banyak alasan|beralasan|bagi alasan|puro dahilan|laging may dahilan|lần lữa|khất lần|hẹn lần hẹn lữa|ผัดวันประกันพรุ่ง|ผัดไปเรื่อย|ผัดผ่อน|ເລື່ອນໄປເລື່ອຍໆ|ຜັດໄປເລື່ອຍ|ពន្យារពេល|ដោះសា|ချိန်းဆိုင်း|အကြောင်းပြ|拖拖拉拉|推搪|推三推四|নানা অজুহাত|অজুহাত|টালবাহানা|বাহানা|आनाकानी|टार्छ|टारिरहेको|बहाना")
	addRule("wage_withholding", "wage", "evade")
	// Sending money home: the money and the home are the remittance's.
	addWords(partWords, "remit", "send money|sending money|send my money|sent money|remit*|money transfer|transfer money|kirim uang|kirim duit|ngirim uang|hantar duit|hantar wang|kirim wang|pengiriman uang|magpadala ng pera|magpadala|padala|gửi tiền|chuyển tiền|ส่งเงิน|โอนเงิน|ສົ່ງເງິນ|ໂອນເງິນ|ផ្ញើលុយ|ផ្ញើប្រាក់|ငွေပို့|ပိုက်ဆံပို့|寄錢|匯錢|匯款|汇款|寄钱|টাকা পাঠা|টাকা পাঠানো|টাকা পাঠাতে|पैसा पठाउ|पैसा पठाउने|रेमिट्यान्स")
	resolvedWords += "|বেতন দিয়ে দিয়েছে|সব দিয়ে দিয়েছে|টাকা দিয়ে দিয়েছে|বাকি বেতন দিয়েছে|পেয়ে গেছি"
	// Figures of speech and words that hold a keyword.
	blockWords += "|locked myself out|lock myself out|locked out of my room|dying to|dying for|im dying to|ติดต่อย|ต่อยอด"
	// Chili or pepper rubbed or sprayed in the eyes.
	addWords(partWords, "chili", "pepper|pepper spray|chili|chilli|cili|lada|sili|siling|ớt|พริก|ພິກ|ម្ទេស|ငရုတ်|辣椒|辣椒水|মরিচ|লঙ্কা|खुर्सानी")
	addWords(partWords, "eyes", "eye|eyes|mata saya|matanya|ke mata|vào mắt|mắt em|mắt tôi|ใส่ตา|เข้าตา|ที่ตา|ໃສ່ຕາ|ເຂົ້າຕາ|ភ្នែក|မျက်စိ|眼度|眼睛|對眼|চোখ|চোখে|आँखा|आँखामा")
	addWords(partWords, "rubv", "sprayed|spray|sprays|rubbed|rub|rubs|put|smeared|threw|semprot|disemprot|gosok|digosok|sapu|lumur|dilumuri|pahid|pinahiran|nilagyan|xịt|chà|bôi|ném|ป้าย|ทาใส่|ฉีด|ขยี้|ຖູ|ລາຍ|ຊີດ|លាប|បាញ់|ဖိ|သုတ်|塗|擦|噴|揼|ঘষে|লাগিয়ে|दल्यो|छर्‍यो")
	addRule("violence", "chili", "eyes", "rubv")
	// Throats squeezed, wrists cut.
	addWords(signalWords, "violence", "လည်ပင်းကို ညှစ်|လည်ပင်းကိုညှစ်|လည်ပင်း ညှစ်|গলা চেপে|গলা চিপে|গলা টিপে ধরে|dom bondho")
	addWords(signalWords, "medical_emergency", "শ্বাস নিতে পারছিলাম না|শ্বাস নিতে পারি না|দম বন্ধ হয়ে")
	addWords(signalWords, "self_harm", "রগ কেটেছে|রগ কেটে|হাতের রগ|শিরা কেটে|rog keteche|rog kete")
	// Phones kept away during working hours are a workplace rule.
	addWords(partWords, "workhours", "during working hours|during work hours|during work|while working|while at work|on duty|in working hours|saat kerja|waktu kerja|semasa kerja|masa kerja|jam kerja|ketika bekerja|habang nagtatrabaho|oras ng trabaho|sa oras ng trabaho|trong giờ làm|giờ làm việc|khi làm việc|ระหว่างทำงาน|เวลาทำงาน|ตอนทำงาน|ເວລາເຮັດວຽກ|ຕອນເຮັດວຽກ|ពេលធ្វើការ|ម៉ោងធ្វើការ|အလုပ်ချိန်|အလုပ်လုပ်နေချိန်|返工嗰陣|返工時|工作時間|上班時間|做嘢嗰陣|কাজের সময়|ডিউটির সময়|कामको समयमा|ड्युटीमा")
	// "điện thoại" (phone) holds "điện" (electricity); the police stop people.
	blockWords += "|điện thoại|polis tahan|polisi tahan|police stopped"
	// Prison asked about as the law's sentence, not threatened.
	blockWords += "|prison sentence|jail term|jail sentence|jail time|years in prison|years in jail"
	modalWords += "|how long|how many years|যেতে হবে|হবে কি|জেলে যেতে|जानुपर्छ|जानु पर्छ|पर्छ कि"
	// The rest of the pay "saved for me" by the employer.
	addWords(partWords, "keeprest", "saving the rest|saves the rest|save the rest|keeps the rest|keeping the rest|keep the rest|holds the rest|the rest he keeps|the rest she keeps|sisanya disimpan|sisanya disimpankan|sisanya ditabung|sisanya ditahan|selebihnya simpan|selebihnya dia simpan|baki dia simpan|baki simpan|yung iba itatabi|ang natitira itatabi|itatabi daw|itatabi niya|iniipon daw|còn lại giữ|còn lại nói giữ|giữ giùm|giữ hộ|ที่เหลือเก็บไว้|เก็บไว้ให้|ที่เหลือบอกว่าเก็บ|ທີ່ເຫຼືອເກັບ|ເກັບໄວ້ໃຫ້|នៅសល់ទុក|ទុកឲ្យ|ទុកអោយ|ကျန်တာ သိမ်း|သိမ်းထားပေး|幫我儲|其他幫我儲|儲住|代我儲|বাকিটা জমা|জমা রাখছে|জমা রাখে|বাকি জমা|बाँकी जम्मा|जम्मा गरिदिन्छु|जम्मा गरिदिन्छ")
	addWords(partWords, "restw", "the rest|sisanya|selebihnya|bakinya|yung iba|ang natitira|còn lại|ที่เหลือ|ທີ່ເຫຼືອ|នៅសល់|ကျန်တာ|其他|其餘|বাকিটা|बाँकी")
	addWords(partWords, "take", "disimpankan|ditabung|tabung|itatabi|iniipon|儲|জমা|जम्मा|saving|saves")
	addRule("wage_withholding", "restw", "take", "give")
	addRule("wage_withholding", "keeprest", "give")
	addRule("wage_withholding", "keeprest", "wage")
	blockWords += "|saya tabung|aku tabung|ko itatabi|em tự giữ|tôi tự giữ|ฉันเก็บเอง|自己儲|i keep the rest|i save the rest|i am saving the rest|im saving the rest|saya simpan sisanya|saya tabung sisanya"
	// Pay put off: "no money, wait for next month".
	addWords(partWords, "waitpay", "says he has no money|says she has no money|says there is no money|wait until next month|wait for next month|tunggu bulan depan|tunggu bulan depan baru|katanya tidak ada uang|katanya tak ada duit|dia kata tak ada duit|walang pera daw|hintay daw sa susunod na buwan|nói không có tiền|chờ tháng sau|bảo chờ|บอกว่าไม่มีเงิน|รอเดือนหน้า|ບອກວ່າບໍ່ມີເງິນ|ລໍຖ້າເດືອນໜ້າ|ថាគ្មានលុយ|រង់ចាំខែក្រោយ|ပိုက်ဆံမရှိဘူးတဲ့|နောက်လ စောင့်|話冇錢|等下個月|下個月先出|টাকা নাই বলে|টাকা নেই বলে|পরের মাসে দেবে বলে|पैसा छैन भन्छ|अर्को महिना पर्ख")
	addWords(partWords, "wage", "出糧|糧")
	addRule("wage_withholding", "wage", "waitpay")
	// Slippers and shoes thrown.
	addWords(partWords, "hitobj", "slipper|slippers|sandal|sandals|shoe|shoes|selipar|sendal|sandal jepit|tsinelas|sapatos|dép|giày|รองเท้า|ເກີບ|ស្បែកជើង|ဖိနပ်|拖鞋|鞋|জুতা|চপ্পল|স্যান্ডেল|चप्पल|जुत्ता")
	addWords(partWords, "hitv", "掟我|掟佢|掟落我|掟中|扑我|扑佢|threw|thrown at|lempar|melempar|dilempar|baling|membaling|binato|ibinato|ném|ném vào|ขว้าง|ปาใส่|ຖິ້ມໃສ່|គប់|ছুড়ে মারে|ছুঁড়ে মেরেছে|हानेर|फ्याँकेर हान")
	// Dizziness alone is everyday ("a bit dizzy when I stand up"); with
	// hunger or vomiting it is not.
	addWords(partWords, "dizzy", "dizzy|pusing|nahihilo|hilo na|chóng mặt|เวียนหัว|มึนหัว|မူးနေ|ခေါင်းမူး|វិលមុខ|ວິນຫົວ|頭暈|মাথা ঘুর|रिंगटा|चक्कर")
	addWords(partWords, "nofood", "केही खाएको छैन|खाना खाएको छैन|खान पाएको छैन|केही खान पाएको छैन|kehi khayeko chaina|কিছু খাইনি|কিছুই খাইনি|খেতে পাইনি|kichu khaini")
	addRule("medical_emergency", "dizzy", "nofood")
	addRule("medical_emergency", "dizzy", "vomit")
	// Everyday words that hold a keyword: a flu shot, gums that bleed, a
	// dying battery, compulsory insurance, a condo's guards, a break-up,
	// legs swollen from standing, "有冇" (is there any).
	blockWords += "|flu shot|vaccine shot|booster shot|covid shot|a shot of|screenshot|gums are bleeding|gums bleeding|bleeding gums|nosebleed|nose bleed|gusi berdarah|mimisan|dumudugo ang gilagid|chảy máu chân răng|chảy máu cam|เลือดออกตามไรฟัน|เลือดกำเดา|" +
		"battery|batteries|battery is dying|phone is dying|แบบบังคับ|ภาคบังคับ|บังคับใช้|security guard|security guards|satpam|" +
		"putus sama pacar|putus dengan pacar|putus cinta|baru putus|putus sekolah|putus kontrak|internet putus|sinyal putus|listrik putus|vì đứng lâu|bị sưng vì|sưng vì đứng|sưng lên vì|sưng do|sưng chân|chân bị sưng|chân sưng|phù chân|有冇"
	blockWords += "|the lock on|door lock|lock is broken|the lock is|lock screen|screen lock|lockdown|lock down|combination lock|" +
		"ฆ่าเชื้อ|ฆ่าเวลา|ฆ่าแมลง|ฆ่ายุง|ฆ่าหญ้า|ฆ่าปลา|ฆ่าไก่|ฆ่าหมู|ဓာတ်ပုံရိုက်|ပုံရိုက်|ပုံရိုက်တယ်|ပုံရိုက်တာ|ပုံ ရိုက်တယ်|ပုံရိုက်ခံ|ဗီဒီယိုရိုက်တယ်|ဗီဒီယိုရိုက်|ရုပ်ရှင်ရိုက်|វាយកុំព្យូទ័រ|វាយលើកុំព្យូទ័រ|" +
		"ipinagbili ko|binenta ko|ibinenta ko|naibenta ko|i sold my|we sold our|ฉันขาย|ผมขาย|我賣咗|আমি বিক্রি|मैले बेचें"
	// A bank card kept by the employer holds the pay.
	addWords(partWords, "bankcard", "bank card|atm card|atm|bank book|passbook|kartu atm|kad atm|kad bank|buku tabungan|buku bank|thẻ atm|thẻ ngân hàng|บัตรเอทีเอ็ม|บัตร atm|สมุดบัญชี|ບັດ atm|ບັດທະນາຄານ|កាត atm|កាតធនាគារ|atm ကတ်|ဘဏ်ကတ်|提款卡|銀行卡|存摺|এটিএম কার্ড|ব্যাংক কার্ড|এটিএম|एटीएम कार्ड|बैंक कार्ड|एटीएम")
	addWords(partWords, "take", "拎住|揸住|攞住|扣住|收住")
	addRule("wage_withholding", "bankcard", "take")
	// Ropes to beat with; an iron pressed on an arm.
	addWords(partWords, "hitobj", "rope|tali|lubid|dây thừng|เชือก|ເຊືອກ|ខ្សែ|ကြိုး|繩|繩仔|দড়ি|डोरी")
	addWords(signalWords, "violence", "menyetrika lengan*|menyetrika tangan*|menyetrika kaki*|menyetrika punggung*|menyetrika badan*|menyeterika lengan*|menyeterika tangan*")
	// Pay first, leave after.
	addWords(partWords, "beforequit", "before i can quit|before i can leave|before i can go home|before they let me go|before i can resign|sebelum boleh berhenti|sebelum bisa berhenti|sebelum bisa pulang|sebelum boleh balik|baru boleh berhenti|baru bisa pulang|bago ako makaalis|bago ako makauwi|mới được về|mới cho nghỉ|mới cho về|ถึงจะออกได้|ถึงจะให้กลับ|ຈຶ່ງອອກໄດ້|ຈຶ່ງໃຫ້ກັບ|ទើបអាចឈប់|ទើបឲ្យទៅ|မှ ထွက်ခွင့်|မှ ပြန်ခွင့်|先可以走|先俾走|先可以辭工|তারপর ছাড়বে|তবেই যেতে দেবে|तिरेपछि मात्र")
	addRule("debt_bondage", "paidfee", "beforequit")
	// Not going home because the ticket costs too much is no restriction.
	addWords(partWords, "becausew", "because|karena|karna|soalnya|sebab|kerana|kasi|dahil|vì|bởi vì|เพราะ|ເພາະ|ព្រោះ|လို့|ကြောင့်|因為|因为|所以|কারণ|তাই|भएकाले|किनभने")
	addWords(partWords, "costw", "ticket|tickets|flight|flights|airfare|air ticket|expensive|tiket|tiket pesawat|mahal|pamasahe|ticket sa eroplano|vé máy bay|vé|đắt|ตั๋ว|ตั๋วเครื่องบิน|แพง|ປີ້|ປີ້ຍົນ|ແພງ|សំបុត្រ|សំបុត្រយន្តហោះ|ថ្លៃ|လေယာဉ်လက်မှတ်|ဈေးကြီး|機票|飛|太貴|好貴|টিকিট|দাম বেশি|টিকিটের দাম|टिकट|महँगो")
	blockWords += "|cannot leave work early|cant leave work early|cannot leave early|cant leave early|leave work early|leave early|pulang cepat|pulang awal|balik awal|umuwi nang maaga|về sớm|ออกก่อนเวลา|เลิกก่อน"
	// Debts to a bank or a card, and ways to avoid a scam, are not bondage
	// or deception.
	addWords(partWords, "lawful", "credit card|kartu kredit|kad kredit|bank loan|pinjaman bank|pinjol|loan app|cicilan|kredit motor|hulugan|thẻ tín dụng|บัตรเครดิต|ສິນເຊື່ອ|កាតឥណទាន|ခရက်ဒစ်ကတ်|卡數|信用卡|ক্রেডিট কার্ড|क्रेडिट कार्ड")
	hypWords += "|avoid|how to avoid|hindari|menghindari|elak|mengelak|iwasan|tránh|หลีกเลี่ยง|ຫຼີກລ່ຽງ|ជៀសវាង|避免|防止|এড়াতে|এড়িয়ে"
	hypPostWords += "|ရှောင်|बच्न|बच्ने"
	// A relative sick back home is family news, not an emergency here.
	addWords(partWords, "hometown", "at home|back home|in the village|in my village|in my country|di kampung|di desa|di rumah|di indonesia|sa probinsya|sa amin|sa pinas|ở quê|ở nhà|ở việt nam|ที่บ้าน|ต่างจังหวัด|ຢູ່ບ້ານ|នៅស្រុក|នៅផ្ទះ|ရွာမှာ|အိမ်မှာ|屋企|鄉下|দেশে|বাড়িতে|गाउँमा|घरमा|नेपालमा")
	// Punishments asked about.
	askWords += "|punishment|penalty for|hukuman|parusa|hình phạt|bị phạt|โทษ|ໂທດ|ទោស|ပြစ်ဒဏ်|ဘာလဲ|判幾|刑罰|শাস্তি|सजाय"
}

// joinBars joins patterns with '|'.
func joinBars(ps []string) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += "|"
		}
		s += p
	}
	return s
}

// moreHindiWords are Hindi words that end like a Nepali case ending.
var moreHindiWords = "पहले अकेले"

// evenMoreNepaliWords are Nepali verb forms and particles of the wording set.
var evenMoreNepaliWords = "भने गर्ने लियो दियो पाउँछ पाइन्छ होला रे"

func init() {
	markers["ms"] += " peratus separuh menggelegak caruman kwsp perkeso socso pemerdagangan"
	markers["id"] += " persen pelaku"
	// Formal Indonesian letters and outreach: "Yth." (to the honourable),
	// the regency, volunteers, public information, recruitment.
	markers["id"] += " yth kabupaten relawan sosialisasi perekrutan"
}

// Vietnamese "thai" is also a pregnancy: "có thai", "khám thai" name no
// Thai people; "thái rau" is chopping vegetables.
func init() {
	places = append(places, place{cc: "--", names: "có thai|mang thai|khám thai|thai nhi|thai phụ|dưỡng thai|sảy thai|thai kỳ|động thai|ốm nghén thai|thái rau|thái thịt|thái hành|thái nhỏ|thái lát|thái mỏng"})
}
