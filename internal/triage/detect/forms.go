package detect

import "strings"

// Surface forms of the urgency concepts: the ways people text the same
// fact (wages and papers not given back, debts to pay off first, doors kept
// locked, "I will die", beatings in every tense). Romanised Bengali and
// Nepali are generated from nouns, verb stems and negated endings rather
// than listed one phrase at a time.
func init() {
	// cross joins every a with every b, each pattern marked with mark.
	cross := func(mark string, as, bs string) string {
		var out []string
		for _, a := range strings.Split(as, "|") {
			for _, b := range strings.Split(bs, "|") {
				out = append(out, mark+a+" "+b)
			}
		}
		return strings.Join(out, "|")
	}

	// Romanised Bengali.
	bnPay := "beton|betan|taka|salary|mojuri|bhata|tolob|poisa|paisa"
	bnGiveNeg := "dey na|dei na|dey nai|dei nai|dey ni|deyni|deyna|dicche na|dicchhe na|diche na|dilo na|dibe na|dise na|dyay na|dai na|den na|pai na|pai nai|paini|pacchi na|pachi na|pelam na|pai ni|o dey na|o dey nai|o dilo na|o pai nai|o pai na|o paini"
	addWords(signalWords, "wage_withholding", cross("!", bnPay, bnGiveNeg))
	addWords(signalWords, "wage_withholding", "!ekta taka o|!ek taka o|!ekta poisa o|!takao dey|!takao pai")
	bnDocNeg := "ferot dey na|ferot dicche na|ferot dilo na|ferot dibe na|ferot dise na|ferot dey nai|fert dey na|fert dicche na|ferat dey na|dicche na|dilo na|dibe na|dey na|dey nai|rekhe diyeche|rekhe dise|rekhe dilo|rekhe diche|rekhe geche|rekhe dicche|rekhe rekheche|niye nilo|niye gelo|niye geche|kere niyeche|kere nilo|kere nise|joma rekheche|joma rakhse|atke rekheche|atke rakhche"
	addWords(signalWords, "document_retention", cross("!", "passport|pasport|kagoj|kagojpotro|visa|id card|permit", bnDocNeg))
	bnObj := "amake|amare|amay|amader|amderke|oke|ore|bou ke|bon ke"
	bnHit := "mare|marche|marchhe|marse|mereche|marlo|marto|marte|mere|pitay|petay|pitacche|pitaise|petaise|pitiyeche|pitalo|petalo|lathi mare|lathi mereche|lathi marlo|lathi diye|thappor mare|thappor dilo|thappor dey|thappor mereche|chor mare|chor mereche|chor marlo|ghushi mare|ghushi mereche|gaye hat tole|gaye hat tolse|gaye haat tole"
	addWords(signalWords, "violence", cross("", bnObj, bnHit))
	addWords(signalWords, "violence", "roj mare|protidin mare|sob somoy mare|lathi mere|lathi marlo|lathi mare|thappor dilo|thappor mereche|thappor mare|chor marlo|chor mereche|ghushi mereche")
	addWords(signalWords, "confinement", "bondho kore rekhe|bondho kore rekheche|bondho kore rekhe geche|bondho kore rakhe|bondho kore rakhche|bondho kore rakhse|tala mere rakhe|tala mere rekheche|tala mere rakhche|tala diye rakhe|dorja bondho|dorja tala|dorja sob somoy bondho|ghore atkiye|ghore atke")
	addWords(signalWords, "movement_restriction", "!beron jay na|!ber hote pari na|!ber hote dey na|!beroite dey na|!beroite dey nai|!baire jete pari na|!jete dey nai|!jete dilo na|!jete dicche na|!jete dibe na|!bari jete dey na|!deshe jete dey na|!deshe ferot jete dey na")
	addWords(signalWords, "self_harm", "!morbo|!mor bo|!more jabo|!mori jabo|!mora valo|!mora bhalo|!more jawa valo|!more jawai valo|!more jawai bhalo|!bechhe theke ki labh|!beche theke ki labh|!benche theke ki labh|!bachar icche nai|!bachar ichha nai|!bachte icche nai|!ar bachbo na|!ar bachte parbo na|!morte icche kore|!morei jabo")
	addWords(signalWords, "debt_bondage", "rin shodh korte hobe|rin shodh na|shodh na kora|shodh na korle|shodh na kore|kete ney|kete nei|kete ne|kete nicche|kete rakhe|kete rakhche|beton theke kete|taka kete|rin er jonno")
	// Romanised Nepali.
	nePay := "talab|paisa|salary|tankha|jyala|talob"
	neGiveNeg := "diyena|didaina|dindaina|dinna|dinchhaina|dinchaina|dideina|diyeko chaina|diyeko chhaina|deko chaina|deko chhaina|dieko chaina|paako chaina|pako chaina|paako chhaina|pako chhaina|payeko chaina|paeko chaina|payeko chhaina|paeko chhaina|aayeko chaina|aako chaina|aaeko chaina|ayeko chaina|tirdaina|tireko chaina|pauna sakeko chaina|pani diyena|pani didaina|pani paako chaina|pani pako chaina"
	addWords(signalWords, "wage_withholding", cross("!", nePay, neGiveNeg))
	addWords(signalWords, "wage_withholding", "!talab paako chaina|!talab pako chaina|!paisa pako chaina|!ek rupiya pani|!ek paisa pani|!ek rupaiya pani")
	neDocNeg := "firta didaina|firta dindaina|firta diyena|firta dinna|firta dinchhaina|firta dideina|didaina|dindaina|diyena|dinna|rakheko cha|rakheko chha|rakhyo|rakhera|rakhchha|rakhcha|lyo|liyo|lieko|liyeko|lagyo|lageko|khosyo|khoseko|sanga cha|sanga chha|sangai cha|sanga rakheko|ma rakheko"
	addWords(signalWords, "document_retention", cross("!", "passport|pasport|rahadani|kagaj|kagajpatra|visa|id card|permit|card", neDocNeg))
	neObj := "malai|hamilai|hami lai|uslai|usslai"
	neHit := "kutyo|kutcha|kutchha|kutchan|kutchhan|kuteko|kutera|kutdai|kutthyo|kutne gareko|pityo|pitcha|pitchha|piteko|pitdai|hanyo|hancha|hanchha|haneko|lattale hanyo|thappad hanyo|thappad hancha|muddi hanyo|danda le hanyo|laathi le kutyo|lathi le kutyo"
	addWords(signalWords, "violence", cross("", neObj, neHit))
	addWords(signalWords, "violence", "thappad hanyo|thappad hancha|thappad haneko|lattale hanyo|lattale hancha|lattale haneko|muddi hanyo|roj kutcha|roj kutchha|dinhu kutcha|dinhu kutchha|kutdai cha|kutdai chha")
	addWords(signalWords, "confinement", "taalcha lagaucha|talcha lagaucha|taalcha lagauchha|talcha lagauchha|taalcha lagayo|talcha lagayo|taalcha lagaeko|talcha lagaeko|taalcha lagayera|talcha lagayera|tala lagayo|tala lagaucha|dhoka band|dhoka banda|dhoka sadhai banda|kotha ma band|kothama band|kotha ma thunera|thunera rakheko|thunera rakhyo")
	addWords(signalWords, "movement_restriction", "!jana paidaina|!jana paudaina|!jana paudina|!niskina paidaina|!niskina paudaina|!bahira jana paidaina|!bahira jana paudaina|!ghar jana paidaina|!ghar jana pauna|!jana dindaina|!jana diyena|!farkana didaina|!farkana dindaina|!farkina didaina|!farkina dindaina")
	addWords(signalWords, "self_harm", "!marchu jasto|!marchhu jasto|!mari janchu|!marihalchu|!mari halchu|!marnu nai|!marnu ramro|!marna paye|!bachera ke kaam|!bachera ke garne|!bachnu ko artha chaina|!bachna mann chaina|!marna man lagyo|!marna mann lagyo|!marna man lagchha|!aba bachdina|!bachdina hola")
	addWords(signalWords, "debt_bondage", "tiresi matra|tiresi|tire pachi matra|tirepachi matra|natirunjel|na tirunjel|natirunjela|natiresamma|natire samma|na tiresamma|natiri|rin katcha|rin katchha|talab bata katcha|talab bata katchha|talab bata kaatcha|bata katcha|bata katchha|katidincha|katidinchha|katyo|kateko")
	partWords["take"] += "|rekhe diyeche|rekhe dilo|rekhe dise|dicche na|dilo na|dey na|dibe na|dey nai|dindaina|didaina|diyena|dinna|firta didaina|firta diyena|lyo|liyo"
	// Words of each language the identifier should know.
	for _, w := range strings.Fields("malik rakhte rakhe pare pari ferot fert dicche dilo morbo mare mere thappor lathi bondho dorja beron chailam rin ekhono takao") {
		if romanSet[w]&15 == 0 {
			romanSet[w] |= 2
		}
	}
	for _, w := range strings.Fields("maagda magda dindaina lyo liyo milcha milchha lattale hanyo thappad ani sahu rakhna paako pako chaina taalcha talcha lagaucha paidaina katcha katchha tiresi natirunjel matra hijo roj") {
		if romanSet[w]>>4&15 == 0 {
			romanSet[w] |= 2 << 4
		}
	}
	condPostWords += "|bhane|bhane pani"
	hypPostWords += "|milcha|milchha|pauncha|paucha|rakhte pare|rakhte parbe|pare ki|parbe ki"
	resolvedWords += "|shodh kore diyechi|shodh korechi|shodh kore felechi|shodh hoye geche|shodh kore dilam|ferot diyeche|ferot dise|ferot dilo|firta diyo|firta diyeko|firta dinu bhayo|tiri sake|tirisake|tiri sakeko|tirisakeko|tiri sakyo|" +
		"ဆပ်ပြီးပါပြီ|ဆပ်ပြီးပြီ|ပြန်ပေးပြီးပါပြီ|ပြန်ပေးပြီ|សងបំណុលអស់ហើយ|សងអស់ហើយ|ឲ្យវិញហើយ|ໃຊ້ໜີ້ໝົດແລ້ວ|ໜີ້ໝົດແລ້ວ|ຄືນໃຫ້ແລ້ວ|đã trả hết nợ|trả hết nợ rồi|đã trả lại|已經還清|已經還返|還清咗"

	// Questions about rights: "does the employer have the right to keep it?"
	hypWords += "|have the right|has the right|the right to|มีสิทธิ์|มีสิทธิ|ມີສິດ|có quyền|may karapatan|berhak|ada hak|有冇權|有權|有沒有權|အခွင့်အရေးရှိ|មានសិទ្ធិ"

	// Farewells: a person about to end their life writes a last message
	// rather than the words of suicide ("wrote a letter for my mum, tonight
	// I finish it", "this is probably the last night I write"). Each is
	// specific enough not to be a goodbye at the end of a chat.
	addWords(signalWords, "self_harm", "!cant do this anymore|!cannot do this anymore|!can do this anymore|!cant do it anymore|!tonight i finish it|!tonight i end it|!end it tonight|!finish it tonight|!end everything tonight|!letter for my mum|!letter for my mom|!letter for my mother|!letter to my mum|!letter to my mom|!letter to my mother|!goodbye letter|!farewell letter|!suicide note|!this is my last message|!this will be my last message|!last time i will write|!last time i write to|"+
		"!คงเป็นคืนสุดท้าย|!คืนสุดท้ายของชีวิต|!ข้อความสุดท้าย|!ครั้งสุดท้ายที่ทัก|!จดหมายลาตาย|"+
		"!tin nhắn cuối cùng|!đêm nay sẽ kết thúc|!kết thúc tất cả|!thư tuyệt mệnh|!viết thư cho mẹ|!để lại thư cho mẹ|"+
		"!pesan terakhir|!malam ini sy akhiri|!malam ini aku akhiri|!malam ini saya akhiri|!akhiri semuanya|!surat untuk ibu|!surat buat ibu|!surat wasiat|!selamat tinggal semuanya|"+
		"!mesej terakhir|!malam ni sy tamatkan|!malam ni aku tamatkan|!tamatkan semuanya|!tamatkan segalanya|!surat untuk mak|!surat utk mak|!selamat tinggal semua|"+
		"!huling mensahe|!huling message ko|!tatapusin ko na mamayang gabi|!tapusin ko na lahat|!sulat para kay nanay|!sulat para kay mama|!paalam na sa inyo|!paalam na po sa lahat|"+
		"!最後一個訊息|!最後一次搵你哋|!今晚就結束|!結束一切|!遺書|!寫咗封信俾阿媽|!寫了一封信給媽媽|"+
		"!សារចុងក្រោយ|!យប់នេះខ្ញុំនឹងបញ្ចប់|!បញ្ចប់អ្វីៗទាំងអស់|"+
		"!ຂໍ້ຄວາມສຸດທ້າຍ|!ຄືນນີ້ຈະຈົບ|!ຈົບທຸກຢ່າງ|!ຈົດໝາຍລາ|"+
		"!শেষ বার্তা|!আজ রাতেই সব শেষ|!সব শেষ করে দেব|!মায়ের জন্য চিঠি|!শেষ চিঠি|!sob shesh kore debo|!aj rate sob shesh|"+
		"!अन्तिम सन्देश|!आज राति सबै सक्छु|!सबै अन्त्य गर्छु|!आमाको लागि चिठी|!antim sandesh|!sabai antya garchu|"+
		"!နောက်ဆုံးစာ|!ဒီညအဆုံးသတ်|!အားလုံးအဆုံးသတ်")

	// Filipino: not waking up, with the pronoun between ("hindi na ako
	// magising"), also as a wish after "kung" ("mas ok na lang kung hindi
	// na ako magising": better if I did not wake up), and poison drunk "to
	// end it".
	addWords(signalWords, "self_harm", "!ok na lang kung hindi na ako magising|!okay na lang kung hindi na ako magising|!mabuti pa kung hindi na ako magising|!mabuti na lang kung hindi na ako magising|!ok na lang kung di na ako magising|!mabuti pa kung di na ako magising|!hindi na ako magising|!di na ako magising|!hindi na ko magising|!di na ko magising|!sana hindi na ako magising|!sana di na ako magising|!wag na akong magising|!huwag na akong magising")
	addWords(partWords, "lxdrink", "inumin|iinumin|inomin")
	addWords(partWords, "lxint", "naiisip ko|naisip ko|iniisip ko|balak ko|plano ko")

	// Threats of a false accusation of theft, a common way to keep a
	// worker from leaving or asking for her day off (intimidation).
	addWords(signalWords, "intimidation", "!accuse me of stealing|!accused me of stealing|!accuse me of theft|!accused me of theft|!report me for stealing|!report me for theft|!say i stole|!said i stole|!frame me for|!false police report|!falsely accuse|"+
		"!menuduh saya mencuri|!menuduh aku mencuri|!nuduh aku nyuri|!nuduh saya nyuri|!dituduh mencuri|!fitnah saya mencuri|!fitnah aku mencuri|!lapor polisi saya mencuri|!lapor polisi aku mencuri|"+
		"!tuduh saya curi|!tuduh aku curi|!dituduh curi|!fitnah saya curi|!fitnah aku curi|"+
		"!pagbibintangan akong nagnakaw|!pinagbintangan akong nagnakaw|!binintangan akong nagnakaw|!bibintangan ako na nagnakaw|!sasabihin na nagnakaw ako|!sasabihing nagnakaw ako|"+
		"!báo em ăn cắp|!báo tôi ăn cắp|!báo em ăn trộm|!báo tôi ăn trộm|!tố em ăn cắp|!tố tôi ăn cắp|!vu em ăn cắp|!vu tôi ăn cắp|!vu cho em ăn cắp|!vu cho tôi ăn cắp|!vu khống em|!vu khống tôi|!đổ tội ăn cắp|"+
		"!กล่าวหาว่าขโมย|!ใส่ร้ายว่าขโมย|!ใส่ความว่าขโมย|!หาว่าฉันขโมย|!หาว่าหนูขโมย|!แจ้งความว่าฉันขโมย|!แจ้งความว่าหนูขโมย|"+
		"!屈我偷嘢|!屈我偷錢|!誣告我偷|!冤枉我偷|!報警話我偷")

	// English.
	addWords(signalWords, "self_harm", "!better to die|!i will die here|!i am going to die here|!im going to die here|!i will just die|!rather be dead|!no reason to live anymore|!nothing to live for|!no point in living anymore|!i want to end it")
	addWords(signalWords, "wage_withholding", "!never gave me my wages|!never gave me my salary|!never given my salary|!still hasnt given my salary|!still havent received my salary|!still havent got my salary|!hasnt given my salary|!not given my salary|!havent received my salary|!havent received my wages|!havent been paid|!have not been paid|!has not paid me|!keeps my salary|!keeps my wages")
	addWords(signalWords, "document_retention", "!wont give back my passport|!will not give back my passport|!wont give my passport back|!doesnt let me have my passport|!refuses to give my passport|!not given back my passport|!never gave back my passport|!keeps my passport|!kept my passport|!holding my passport|!holds my passport")
	addWords(signalWords, "violence", "was hitting me|were hitting me|was beating me|were beating us|keeps hitting me|kept hitting me|hit me again|beats us|beats me|smacked me|smacks me|whipped me|whips us")
	addWords(signalWords, "confinement", "door is always locked|doors are always locked|door always locked|always locked in|keep us inside|keeps us inside|kept inside|keep me inside|keeps me inside|locked inside")
	addWords(signalWords, "movement_restriction", "!not letting me go|!not letting me leave|!wont let me leave|!doesnt let me leave|!never let me leave|!not letting us leave")
	addWords(signalWords, "debt_bondage", "until i pay off|until i have paid|until the loan|must repay|have to repay|has to repay|need to repay|take it from my pay|take it from my salary|deduct it from my salary")

	// Thai.
	addWords(signalWords, "self_harm", "!ไม่อยากอยู่แล้ว|!ไม่อยากอยู่บนโลก|!ตายไปดีกว่า|!ไม่มีเหตุผลที่จะมีชีวิต|!ไม่มีเหตุผลที่จะอยู่|!อยากตายไปเลย|!ตายซะดีกว่า")
	addWords(signalWords, "document_retention", "!ไม่คืนให้|!ไม่ยอมคืน|!ไม่ยอมให้คืน|!ยังไม่คืน")
	addWords(signalWords, "wage_withholding", "!ยังไม่ได้สักบาท|!ไม่ได้สักบาท|!ค้างค่าแรง|!ยังไม่ให้เงินเดือน|!ไม่ให้เงินเดือน|!ไม่เคยได้ค่าจ้าง|!ไม่เคยได้เงินเดือน")
	// Burmese.
	partWords["neg"] += "|မရသေး|မပေးသေး|မရဘူး"
	addWords(signalWords, "wage_withholding", "!လစာမပေးသေး|!လစာ မပေးသေး|!လစာမရသေး|!လစာ မရသေး|!လုံးဝ မပေး|!လုံးဝမပေး")
	addWords(signalWords, "self_harm", "!သေတာကောင်းတယ်|!သေတာ ကောင်းတယ်|!သေချင်တယ်")
	// Khmer.
	addWords(signalWords, "wage_withholding", "!មិនទាន់ឲ្យប្រាក់ខែ|!មិនទាន់បើក|!មិនដែលបានប្រាក់ខែ|!ជំពាក់ប្រាក់ខែ|!មិនឲ្យប្រាក់ខែ")
	addWords(signalWords, "document_retention", "!មិនព្រមឲ្យវិញ|!មិនឲ្យវិញ|!មិនព្រមប្រគល់")
	// Lao.
	addWords(signalWords, "wage_withholding", "!ຄ້າງເງິນເດືອນ|!ຄ້າງຄ່າຈ້າງ|!ຄ້າງຄ່າແຮງ|!ຍັງບໍ່ໃຫ້ເງິນເດືອນ|!ບໍ່ເຄີຍໄດ້ຄ່າຈ້າງ|!ບໍ່ເຄີຍໄດ້ເງິນເດືອນ")
	addWords(signalWords, "document_retention", "!ບໍ່ຍອມຄືນ|!ບໍ່ຄືນໃຫ້")
	// Vietnamese.
	partWords["take"] += "|cầm hộ chiếu|cầm giấy tờ|cầm thẻ|đang cầm|cầm giữ|cầm luôn|giữ lại|không chịu trả|không chịu đưa"
	addWords(signalWords, "confinement", "khóa cửa|khóa trái|cũng khóa|luôn khóa|bị khóa|khóa lại|khóa chặt|khóa hết cửa|cửa khóa")
	addWords(signalWords, "violence", "đánh bọn em|đánh bọn tôi|đánh chúng tôi|đánh chúng em|đánh tụi em|hay đánh|thường đánh|đá em|đá tôi|tát em|tát tôi|tát vào mặt|đấm em|đấm tôi|bị đá|bị tát|bị đấm")
	addWords(signalWords, "wage_withholding", "!chưa bao giờ được trả lương|!chưa được đồng nào|!chưa được trả lương|!không được trả lương|!vẫn chưa trả lương")
	// Indonesian and Malay.
	addWords(signalWords, "violence", "memukuli|mukulin|mukuli|dipukulin|digebukin|gebukin|dihajar|menghajar|hajar saya|hajar kami|nendang|nendangin|menendang|nampar|namparin|menampar|nonjok|ditonjok|ditumbuk|tumbuk saya|dibelasah|belasah kami|belasah saya|kena belasah|kena tampar|kena tendang")
	addWords(signalWords, "self_harm", "!lebih baik saya mati|!lebih baik aku mati|!lebih baik mati|!baik saya mati|!baik aku mati|!mending mati|!mending aku mati|!mending saya mati|!baik mati je")
	addWords(signalWords, "debt_bondage", "harus lunas|harus dilunasi|harus dilunasin|mesti lunas|wajib lunas|kena langsai|mesti langsai|kena bayar habis|sampai utangnya lunas|sampai hutangnya lunas|sampai hutangnya langsai|sampai hutang langsai|sampai utang habis|sampai hutang habis|selagi hutang tak|selagi hutang belum|sebelum utang lunas|sebelum hutang langsai|lunas dulu|langsai dulu")
	addWords(signalWords, "wage_withholding", "!belum dibayarkan|!tidak pernah bayar gaji|!tak pernah bagi gaji|!tak pernah bayar gaji|!gak pernah digaji|!tidak pernah digaji|!belum dikasih|!gaji tertunggak|!gaji tertunda|!gaji belum dikasih|!belum dapat gaji|!belum dapat sesen|!tak dapat gaji")
	addWords(signalWords, "document_retention", "!tidak dikembalikan|!tak dipulangkan|!gak dikasih balik|!nggak dikasih balik|!tak nak pulangkan|!tidak mau memberikannya|!tidak mau mengembalikan|!tak mahu pulangkan|!tak bagi balik")
	blockWords += "|sudah dikembalikan|dah dipulangkan|sudah lunas|dah langsai"
	markers["ms"] += " tertunggak sesen lepas"
	pairMarkers["ms"] += "|dah tiga bulan|dah dua bulan|dah empat bulan|dah sebulan|untuk bayar hutang|bayar hutang"
	// Affixed verb forms: dipukul, dipukuli, memukul, mukulin, kena pukul;
	// sinampal, sinasampal, sasampalin.
	addWords(signalWords, "violence", idForms("pukul|tampar|tendang|hajar|sepak|tumbuk|belasah|gebuk|siksa|aniaya|lempang|terajang"))
	addWords(signalWords, "confinement", idForms("kurung|sekap"))
	addWords(signalWords, "violence", tlForms("sampal|sipa|suntok|palo|bugbog|hampas|tadyak|sabunot|batok"))
	addWords(signalWords, "confinement", tlForms("kulong|kandado"))
	// Filipino.
	partWords["wage"] += "|binayaran|binabayaran|bayaran|pinasahod|pinasweldo"
	partWords["give"] += "|binibigay|ibinibigay|binigay|ibinigay|ibibigay|binabalik|ibinabalik|ibinalik|binalik"
	addWords(signalWords, "confinement", "ikinukulong|ikulong|kinukulong|kulungin|ikinulong|nakakulong|laging nakakandado|nakakandado ang pinto|nakasusi|nakalock|naka lock")
	addWords(signalWords, "violence", "binubugbog|bugbugin|binugbog|sinasaktan|sinipa|sinisipa|sinasampal|sinampal|sinuntok|sinusuntok|hinampas|hinahampas|pinagsasampal")
	addWords(signalWords, "wage_withholding", "!hindi pa binibigay ang sahod|!walang sahod|!hindi binigay ang sahod|!hindi pa nabibigay")
	// Cantonese.
	partWords["give"] += "|俾|畀|攞返"
	addWords(signalWords, "document_retention", "!唔肯還|!唔還護照|!唔俾返護照|!扣住我本護照|!收起咗我本護照")
	addWords(signalWords, "wage_withholding", "!未出糧|!冇收過人工|!一蚊都未收到|!拖欠人工")
	addWords(signalWords, "confinement", "成日鎖住|鎖住道門|道門鎖住|關喺房")
}

// idForms returns the Malay and Indonesian forms of verb stems: di-X,
// di-X-i, di-X-in, di-X-nya, meN-X, meN-X-i, the colloquial nasal X-in and
// X-i, ter-X, kena X. "pukul" alone (o'clock) is left out.
func idForms(stems string) string {
	var out []string
	for _, st := range strings.Split(stems, "|") {
		nasal := nasalize(st)
		out = append(out, "di"+st, "di"+st+"i", "di"+st+"in", "di"+st+"nya", "di"+st+"inya",
			"me"+nasal, "me"+nasal+"i", "me"+nasal+"kan", nasal+"in", nasal+"i", nasal+" saya", nasal+" kami", nasal+" aku",
			"ter"+st, "kena "+st, "kene "+st, "sering "+st, "suka "+st, st+"in", st+" saya", st+" kami", st+" aku")
		if st != nasal {
			out = append(out, nasal)
		}
	}
	return strings.Join(out, "|")
}

// nasalize applies the meN- sound change to a stem: pukul → mukul,
// tendang → nendang, kurung → ngurung, sepak → nyepak.
func nasalize(st string) string {
	switch st[0] {
	case 'p':
		return "m" + st[1:]
	case 't':
		return "n" + st[1:]
	case 'k':
		return "ng" + st[1:]
	case 's':
		return "ny" + st[1:]
	case 'a', 'e', 'i', 'o', 'u', 'g', 'h':
		return "ng" + st
	case 'b':
		return "m" + st
	}
	return "n" + st
}

// tlForms returns the Tagalog aspect forms of verb stems: sinampal
// (done), sinasampal (ongoing), sasampalin (will), sampalin, pinagsasampal,
// ikinulong, kinukulong, nakakulong.
func tlForms(stems string) string {
	var out []string
	for _, st := range strings.Split(stems, "|") {
		c, rest := st[:1], st[1:]
		cv := st[:2]
		out = append(out, c+"in"+rest, c+"in"+cv[1:]+st, cv+st+"in", st+"in", "pinag"+cv+st, "pinag"+st,
			"iki"+"n"+rest, "i"+c+"in"+rest, "i"+c+"in"+cv[1:]+st, "naka"+st, "nag"+cv+st)
	}
	return strings.Join(out, "|")
}
