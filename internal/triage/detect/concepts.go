package detect

// Concept lexicons. Each entry covers one concept in every language the bot
// serves, phrased the many ways people text it, rather than one sentence.
// They are merged into signalWords, partWords and rules at start-up. A
// leading '!' marks a pattern that carries its own negation ("not moving",
// "ไม่รู้สึกตัว"): a negator inside or around it does not cancel it.

// conceptSignals fire a signal on their own, like signalWords.
var conceptSignals = map[string]string{
	// Suicidal thoughts said indirectly.
	"self_harm": "!never wake up|!not wake up again|!never to wake up|!no point anymore|!no point living|!no point in living|!whats the point of living|!tak bangun lagi|!nggak bangun lagi|!gak bangun lagi|!tidak bangun lagi|!tak payah bangun|!percuma hidup|!tiada guna hidup|!hindi na magising|!di na magising|!walang saysay ang buhay|!không bao giờ dậy|!không dậy nữa|!sống làm gì|!sống để làm gì|!ไม่อยากตื่น|!อยู่ไปก็ไม่มีประโยชน์|!နိုးမလာ|!မနိုးတော့|!မនិងចង់ភ្ញាក់|!មិនចង់ភ្ញាក់|!ບໍ່ຢາກຕື່ນ|!唔使再醒|!唔想再醒|!不要再醒|!不想醒|!活著冇意思|!活着没意思|!জেগে উঠতে চাই না|!আর না জাগি|!বেঁচে থেকে লাভ নেই|!नउठे|!नउठूँ|!बाँचेर के काम|!killing myself|!kill my self|!suicidal|!thinking of ending it|!rather die|!would rather be dead|!end it all|!end my life|!cant go on|!cannot go on|!can not go on|!cant take it anymore|!cant take this anymore|!tired of living|!tired of life|!sick of living|!dont want to live|!do not want to live|!dont want to be alive|!no will to live|!wish i was dead|!wish i were dead|!better if i die|!better off dead|!give up on life|!take my own life|!want to disappear forever|" +
		"!pengen mati|!ingin mati|!mau mati aja|!mau mati saja|!lebih baik mati|!capek hidup|!lelah hidup|!penat hidup|!tidak ingin hidup|!tak ingin hidup|!nggak mau hidup|!gak mau hidup|!tak mahu hidup|!tidak mau hidup lagi|!nggak kuat lagi|!gak kuat lagi|!ga kuat lagi|!tak sanggup hidup|!tak larat hidup|!akhiri hidup|!mengakhiri hidup|!rasa nak mati|!nak mati je|!mati saja|!mati aja|" +
		"!na lang mamatay|!gusto kong mamatay|!gusto ko nang mamatay|!mas mabuti pang mamatay|!mabuti pang mamatay|!ayoko nang mabuhay|!ayoko na mabuhay|!ayaw ko nang mabuhay|!ayoko na mabuhay|!hindi ko na kaya|!di ko na kaya|!pagod na akong mabuhay|!wawakasan ko na|" +
		"!không muốn sống nữa|!không còn muốn sống|!chẳng muốn sống nữa|!chẳng còn muốn sống|!chết cho xong|!chết đi cho rồi|!chết cho rồi|!thà chết|!muốn chết|!hết muốn sống|!chịu hết nổi|!không chịu nổi nữa|!không sống nổi|" +
		"!ไม่อยากมีชีวิต|!ตายไปเลยดีกว่า|!ตายดีกว่า|!ตายๆไป|!อยากจบชีวิต|!จบชีวิต|!ทนไม่ไหวแล้ว|!อยากตาย|" +
		"!သေသွားရင် ကောင်း|!သေသွားရင်ကောင်း|!သေရင် ကောင်း|!သေရင်ကောင်း|!chết còn hơn|!死咗好過|!死了更好|!मर्नु नै राम्रो|!मरे हुन्थ्यो|!better if i died|" +
		"!အသက်မရှင်ချင်|!အသက်ရှင်ရတာ ပင်ပန်း|!အသက်ရှင်ရတာပင်ပန်း|!ဆက်မနေနိုင်တော့|!သေလိုက်ချင်|!သေတာကောင်း|!မခံနိုင်တော့|" +
		"!លែងចង់រស់|!មិនចង់រស់|!អត់ចង់រស់|!អស់ចង់រស់|!ស្លាប់ទៅប្រសើរជាង|!ស្លាប់ប្រសើរជាង|!ទ្រាំលែងបាន|!ទ្រាំមិនបាន|!ចង់ស្លាប់|" +
		"!ບໍ່ຢາກມີຊີວິດ|!ຕາຍໄປດີກວ່າ|!ຕາຍດີກວ່າ|!ທົນບໍ່ໄຫວ|!ຢາກຕາຍ|" +
		"!唔想活|!不想活|!唔想再活|!生不如死|!死咗算|!死了算了|!死咗佢|!撐不下去|!撐唔落去|!頂唔順|!頂唔住|!活唔落去|!活不下去|!輕生|!想自殺|" +
		"!বাঁচতে ইচ্ছা করে না|!বাঁচতে ইচ্ছে করে না|!বাঁচার ইচ্ছা নেই|!মরে যাওয়াই ভালো|!মরে যেতে ইচ্ছা|!মরে যেতে ইচ্ছে|!মরতে ইচ্ছা|!মরতে ইচ্ছে|!আর পারছি না|!আর সহ্য হচ্ছে না|" +
		"!bachte icche kore na|!bachte ichche kore na|!bachte ichha kore na|!more jete chai|!more jete icche|!morte chai|!morte icche|!atmohotta|!ar parchi na|" +
		"!बाँच्न मन छैन|!बाच्न मन छैन|!मर्न मन लाग्छ|!मरूँ जस्तो|!मर्छु जस्तो|!सहन सक्दिन|!बाँच्नुको अर्थ छैन|" +
		"!marna man lagcha|!marna mann lagcha|!marna man|!bachna man chaina|!bachna man chhaina|!bachna mann chaina|!atmahatya",

	// Injuries and emergencies at work.
	"medical_emergency": "fell from|fell off|fall from|fallen from|blood everywhere|so much blood|covered in blood|caught in the machine|caught in a machine|stuck in the machine|hand in the machine|crushed|!not moving|!not breathing|stopped breathing|badly burned|lost a finger|lost his finger|cut off his finger|head injury|hit his head|hit her head|injured|got hurt at work|accident at work|work accident|" +
		"jatuh dari|terjatuh dari|!tidak sadarkan diri|!tak sedarkan diri|!tidak sadar|kejepit mesin|terjepit mesin|tersepit mesin|tersepit|kejepit|terjepit|darah keluar|darahnya keluar|keluar darah|luka parah|cedera|terluka|kecelakaan kerja|patah tulang|patah kaki|patah tangan|jari putus|" +
		"nahulog|nalaglag|naipit|naipit ang kamay|naaksidente|aksidente sa trabaho|nabalian|nabali|maraming dugo|ang daming dugo|nasaktan sa trabaho|" +
		"ngã từ|té từ|rơi từ|ngã giàn giáo|kẹt vào máy|kẹt tay|bị thương|tai nạn lao động|dập nát|!không thở|chảy nhiều máu|" +
		"ตกจากนั่งร้าน|ตกนั่งร้าน|ตกจากที่สูง|ตกจากตึก|ตกจากหลังคา|หัวแตก|มือติดเครื่อง|ติดเครื่องจักร|เครื่องจักรหนีบ|นิ้วขาด|แขนหัก|กระดูกหัก|!ไม่รู้สึกตัว|!ไม่หายใจ|บาดเจ็บ|" +
		"ပြုတ်ကျ|လက်ညပ်|စက်ထဲ|!သတိမရ|ဒဏ်ရာ|သွေးတွေ|ခြေထောက်ကျိုး|လက်ကျိုး|!အသက်မရှူ|" +
		"ធ្លាក់ពី|ជាប់ម៉ាស៊ីន|ឈាមចេញ|!មិនដឹងខ្លួន|!អត់ដឹងខ្លួន|របួស|បាក់ដៃ|បាក់ជើង|ដាច់ម្រាមដៃ|គ្រោះថ្នាក់ការងារ|" +
		"ນິ້ວຂາດ|ຕັດນິ້ວ|ម្រាមដៃដាច់|ngón tay bị đứt|đứt ngón|jari putus|jarinya putus|naputol ang daliri|naputol daliri|手指斷|切斷手指|আঙুল কেটে|औंला काटियो|ຕົກຈາກ|!ບໍ່ຮູ້ສຶກຕົວ|ຕິດເຄື່ອງຈັກ|ບາດເຈັບ|ແຂນຫັກ|ຂາຫັກ|" +
		"跌落|跌咗落|由棚架|從高處|高處墮下|!冇知覺|!沒有知覺|!唔醒|夾住|夾傷|夾斷|流好多血|受傷|受咗傷|骨折|斷咗|工傷|" +
		"পড়ে গেছে|থেকে পড়ে|!জ্ঞান নেই|হাত আটকে গেছে|মেশিনে|রক্ত পড়ছে|আহত|ভেঙে গেছে|" +
		"electrocuted at work|got electrocuted|kesetrum|tersetrum|kena kejutan elektrik|nakuryente|điện giật|bị điện giật|ไฟดูด|โดนไฟดูด|ဓာတ်လိုက်|ឆក់ខ្សែភ្លើង|ໄຟຊັອດ|觸電|触电|暈咗|昏咗|বিদ্যুৎস্পৃষ্ট|শক লেগে|करेन्ट लाग|" +
		"ending my life|end my life|" +
		"khasyo|khaseko|खस्यो|खसे|लडेर|!होस छैन|च्यापियो|च्यापिएको|घाइते|चोट लाग|भाँचियो",

	// Violence told by a relative, and the means of it.
	"violence": "用棍打|用棍|棍打|用木棍|用棒打|拳打|senjata|armadong|armado|vũ khí|อาวุธ|လက်နက်|អាវុធ|ອາວຸດ|武器|揸住槍|拎住槍|অস্ত্র নিয়ে|बन्दुक बोकेका|make her work|make him work|made her work|made him work|makes her work|makes him work|electrocut*|electric shock*|shocked me|shocking him|shocking her|taser|tasered|stun gun|armed|armed guards|" +
		"disetrum|setrum|renjat elektrik|kejutan elektrik|bersenjata|" +
		"kinukuryente|kinuryente|kuryentehin|may baril|" +
		"chích điện|dí điện|cầm súng|" +
		"ช็อตไฟฟ้า|ไฟช็อต|ช็อต|ถือปืน|" +
		"လျှပ်စစ်နဲ့|ဓာတ်လိုက်|လျှပ်စစ်ဖြင့်|" +
		"ឆក់ខ្សែភ្លើង|ឆក់ភ្លើង|ឆក់|កាន់កាំភ្លើង|" +
		"ຊັອດໄຟຟ້າ|ຊັອດ|ຖືປືນ|" +
		"電擊|电击|電佢|拎住槍|持槍|" +
		"কারেন্টের শক|শক দিচ্ছে|ইলেকট্রিক শক|অস্ত্রধারী|" +
		"करेन्ट लगा|करेन्ट दिन|हतियारधारी",

	// Sleeping with customers.
	"forced_sex_work": "sleep with guests|tidur dengan tamu|tidur sama tamu|tidur dengan pelanggan|melayani tamu|sumiping sa customer|makipagtalik sa customer|ngủ với khách|นอนกับลูกค้า|นอนกับแขก|ဧည့်သည်တွေနဲ့ အိပ်|ဧည့်သည်နဲ့အိပ်|ဧည့်သည်နဲ့ အိပ်|គេងជាមួយភ្ញៀវ|ນອນກັບແຂກ|同客人瞓|陪客人睡|陪睡|খদ্দেরের সাথে শুতে|কাস্টমারের সাথে শুতে|ग्राहकसँग सुत",
	// Held in a guarded compound.
	"confinement": "cant leave the compound|cannot leave the compound|held in a compound|scam compound|kept in the compound|locked in the compound",

	// Threats: the police, immigration, deportation, blacklists.
	"intimidation": "never work in this country|never work here again|never get a job here|never find work|tak dapat kerja lagi|tidak akan dapat kerja|hindi ka na makakapagtrabaho|ကြောက်အောင်|deport us|get me deported|have me deported|threaten* to deport|blacklist*|black list|call the police on me|report me|hand me over to|turn me in|" +
		"daftar hitam|senarai hitam|laporkan saya|melaporkan saya|lapor saya ke|serahkan saya ke|report saya|" +
		"ipapadeport|ipadeport|idedeport|iba blacklist|ipapahuli|isusumbong|irereport|ipapakulong|" +
		"đuổi về nước|trục xuất|danh sách đen|báo công an bắt|" +
		"จะส่งกลับ|บัญชีดำ|แจ้งตำรวจจับ|ส่งให้ตำรวจ|" +
		"ပြည်ပြန်ပို့မယ်|ပြန်ပို့မယ်|ရဲကို အပ်|ရဲကိုအပ်|ခြောက်နေ|ခြောက်လှန့်|" +
		"នឹងបញ្ជូនខ្ញុំត្រឡប់|បញ្ជីខ្មៅ|" +
		"ຈະສົ່ງຂ້ອຍກັບ|ຈະສົ່ງກັບ|ບັນຊີດຳ|" +
		"遣返|遞解|黑名單|黑名单|報警拉我|报警抓我|" +
		"ব্ল্যাকলিস্ট|পুলিশে ধরিয়ে|পুলিশে দেবে|" +
		"police e dhoriye|police e debe|" +
		"देश फर्काइदिन्छु|देश फर्काइदिने|फर्काइदिन्छ|कालोसूची|पुलिसमा दिन्छु|प्रहरीमा दिन्छु|प्रहरीलाई दिन्छु",

	// Debt that ties the worker.
	"debt_bondage": "selagi tak langsai|sebelum langsai|sampai langsai|until i pay|until i repay|until we pay|until the debt|until paid|cant leave until|cannot leave until|" +
		"sebelum lunas|selagi tak habis bayar|selagi belum lunas|sampai lunas|sampai utang lunas|" +
		"hanggat hindi bayad|hangga't hindi bayad|hanggang mabayaran|" +
		"chưa trả hết|trả hết nợ mới|" +
		"จนกว่าจะจ่าย|จนกว่าจะใช้หนี้|ใช้หนี้|" +
		"မဆပ်မချင်း|အကြွေးဆပ်|" +
		"ទាល់តែសង|សងបំណុល|" +
		"ຈົນກວ່າຈະຈ່າຍ|ໃຊ້ໜີ້|" +
		"未還清|還清先|還債|还债|" +
		"শোধ না করা পর্যন্ত|ঋণ শোধ|" +
		"नतिरेसम्म|ऋण तिर्न|तलब काट|kete ney|kete nei|kete nay|talab kat",
}

// conceptParts are parts for the concept rules, merged into partWords.
var conceptParts = map[string]string{
	// Someone promised or told of a job.
	"promise": "promised|promise|promising|told me|told us|said i would|said it was|said we would|agent said|agency said|the ad said|supposed to be|" +
		"dijanjikan|janji|janjinya|dijanjiin|ejen cakap|agen bilang|agen cakap|kata ejen|kata agen|" +
		"sabi ng agency|sabi ng agent|sabi ng ahensya|pinangako|ipinangako|pangako|" +
		"hứa|được hứa|" +
		"บอกว่าจะได้|สัญญาว่า|สัญญาไว้|ตกลงไว้|" +
		"ရမယ်ပြော|ရမယ်လို့ပြော|ကတိ|ပြောထားတာ|" +
		"ប្រាប់ថាធ្វើការ|ប្រាប់ថានឹង|សន្យា|" +
		"ບອກວ່າຈະໄດ້|ສັນຍາວ່າ|ສັນຍາໄວ້|ຕົກລົງໄວ້|" +
		"話係|講好|承諾|承诺|答應|答应|說是|说是|" +
		"বলেছিল|প্রতিশ্রুতি|কথা ছিল|ဆိုပြီး|ပေးမယ်ဆို|" +
		"भनेको|वाचा|" +
		"bolechilo|bhaneko|" +
		"at first|initially|awalnya|mula mula|mula-mula|una|noong una|lúc đầu|ban đầu|luc dau|ตอนแรก|ដំបូង|ຕອນທຳອິດ|一開始|起初|প্রথমে|सुरुमा|" +
		"said|they said|katanya|kata|bilang|cakap|sabi|daw|nói là|bảo là|บอกว่า|ပြောပြီး|လို့ပြော|ប្រាប់ថា|គេថា|ບອກວ່າ|話係|話|বলেছিল|বলেছে|भन्यो|भनेर",
	// What happened instead.
	"instead": "แทน|ជំនួស|ແທນ|but|instead|actually|tapi|tetapi|namun|ternyata|rupanya|pero|nhưng|แต่|กลับ|ပေမဲ့|ပေမယ့်|ပြီး|ប៉ុន្តែ|តែ|ຫາກແຕ່|ແຕ່|點知|但|但係|卻|却|結果|কিন্তু|तर|tara|kintu",
	// Put to work elsewhere.
	"made": "make me|made me|makes me|making me|put me|sent me|working on|work on|working in|work in|i am working|im working|clean|" +
		"disuruh|suruh|dipaksa|dipekerjakan|kerja di|bekerja di|kerja ladang|" +
		"pinagtrabaho|pinapagtrabaho|pinadala|nagtatrabaho|" +
		"bắt làm|bắt|bị đưa|làm ở|làm tại|" +
		"ให้ไป|ให้ทำ|ส่งไป|ทำงานใน|" +
		"ခိုင်း|ခိုင်းနေ|" +
		"ឲ្យធ្វើ|ឲ្យទៅ|អោយធ្វើ|" +
		"ໃຫ້ໄປ|ໃຫ້ເຮັດ|" +
		"叫我|要我|安排我|派我|" +
		"করাচ্ছে|করতে বাধ্য|পাঠিয়েছে|করায়|" +
		"लगाइयो|लगायो|पठायो|गराउँछ|गराइयो",
	// The pay is lower.
	"less": "less|lower|only half|half|much less|smaller|cut|reduced|" +
		"kecil|lebih kecil|rendah|lebih rendah|kurang|separuh|setengah|cuma|" +
		"mababa|mas mababa|kalahati|kulang|" +
		"thấp|thấp hơn|ít hơn|một nửa|" +
		"น้อยกว่า|ต่ำกว่า|ครึ่ง|แค่|" +
		"နည်း|တစ်ဝက်|" +
		"តិចជាង|ពាក់កណ្ដាល|ពាក់កណ្តាល|" +
		"ໜ້ອຍກວ່າ|ຕ່ຳກວ່າ|ເຄິ່ງ|" +
		"少|一半|得一半|" +
		"কম|অর্ধেক|আধা|" +
		"कम|आधा",
	// A broker or recruiter.
	"broker": "agent|agents|agency|broker|recruiter|recruitment|middleman|sponsor|ejen|agen|agensi|pt|calo|tekong|ahensya|agency ko|môi giới|công ty môi giới|นายหน้า|เอเย่นต์|ပွဲစား|အေးဂျင့်|ပွဲခ|ឈ្មួញកណ្ដាល|ឈ្មួញកណ្តាល|មេខ្យល់|ភ្នាក់ងារ|ນາຍໜ້າ|中介|仲介|代理|দালাল|এজেন্ট|এজেন্সি|म्यानपावर|एजेन्ट|दलाल|dalal|manpower",
	// More money asked for.
	"more": "more|again|extra|additional|another|lagi|tambahan|tambah|pa|dagdag|ulit|thêm|nữa|เพิ่ม|อีก|ထပ်|ထပ်ပြီး|ថែម|ទៀត|ເພີ່ມ|ອີກ|多啲|更多|再|仲要|আরও|আবার|aro|abar|फेरि|थप|feri|thap",
	// The worker leaves the job.
	"quit": "အလုပ်ထုတ်|အလုပ်ဖြုတ်|fire me|fired|sack me|pecat|dipecat|sisantehin|tatanggalin|đuổi việc|ไล่ออก|ထုတ်ပစ်|ထုတ်မယ်|បណ្តេញ|ໄລ່ອອກ|炒我|炒魷魚|開除|বের করে দেবে|ছাঁটাই|निकाल्छु|निकालिदिन्छु|quit|resign|resigning|stop working|leave the job|leave this job|break the contract|berhenti|berhenti kerja|resign|mag resign|nag resign|umalis|aalis|bỏ việc|nghỉ việc|ลาออก|ออกจากงาน|အလုပ်ထွက်|ဆင်းမယ်|ឈប់ធ្វើការ|ឈប់|ລາອອກ|ອອກວຽກ|辭職|辞职|唔做|走人|চাকরি ছাড়|কাজ ছাড়|काम छोड|जागिर छोड",
	// Authorities a boss threatens with.
	"authority": "police|immigration|imigresen|imigrasi|polis|polisi|pulis|công an|cảnh sát|xuất nhập cảnh|ตำรวจ|ตม|ရဲ|လဝက|ប៉ូលីស|អន្តោប្រវេសន៍|ຕຳຫຼວດ|警察|差佬|入境處|入境处|移民局|পুলিশ|ইমিগ্রেশন|पुलिस|प्रहरी|अध्यागमन",
	// A guarded compound.
	"compound": "compound|kompaun|kompleks|khu|園區|园区|ຄອມພາວ|ကမ်ပေါင်း|បរិវេណ|คอมพาวด์|ตึก",
	// Made to sit with, serve or entertain customers.
	"guestsvc": "serve customers|entertain|sit with customers|accompany guests|menemani tamu|temani tamu|layan pelanggan|layan tamu|mag entertain|ngồi tiếp khách|tiếp khách|นั่งกับลูกค้า|นั่งดริ้งค์|ဧည့်သည်တွေနဲ့ ထိုင်|ဧည့်သည်နဲ့ထိုင်|អង្គុយលេងជាមួយភ្ញៀវ|អង្គុយជាមួយភ្ញៀវ|ນັ່ງກັບແຂກ|陪客|陪酒|坐枱|কাস্টমারদের সাথে বস|ग्राहकसँग बस",
}

// More concept parts.
var conceptParts2 = map[string]string{
	// What they found on arrival.
	"arrival": "when i got here|when i arrived|when we arrived|after i arrived|after arriving|on arrival|turned out|in reality|actually|" +
		"ternyata|rupanya|sesampainya|sampai sini|setibanya|sekali sampai|bila sampai|bila dah sampai|kenyataannya|" +
		"pagdating|pagdating dito|pagdating ko|nung dumating|" +
		"qua đây|qua day|sang tới nơi|sang đến nơi|sang đây|khi sang|thực tế|thuc te|đến nơi|" +
		"พอมาถึง|มาถึง|จริงๆ|ความจริง|" +
		"ရောက်တော့|ရောက်လာတော့|တကယ်တော့|" +
		"តាមពិត|មកដល់|ពេលមកដល់|" +
		"ແທ້ໆ|ມາຮອດ|ຕົວຈິງ|" +
		"點知|嚟到|到咗|實際|实际|原來|" +
		"এখানে এনে|এসে দেখি|আসার পর|আসার পরে|" +
		"यहाँ ल्याएर|ल्याएर|यहाँ आएपछि|आएपछि|पुगेपछि",
	// Put to work, or made to.
	"made2": "suruh|ให้มา|ให้ทำ|pinag|pinaglinis|pinag alaga|pinapalinis|pinapagawa|pinagawa|bắt đi làm|must|have to|had to|has to|sent me|send me|forced|harus|kena|kena kerja|disuruh|dipaksa|kailangan|pinagtrabaho|pinapagtrabaho|pinagtatrabaho|phải|bắt|ต้อง|ต้องไป|ให้ไป|ခိုင်း|ရတယ်|ត្រូវ|ឲ្យធ្វើ|ຕ້ອງ|ໃຫ້ໄປ|要|要去|叫我|要我|করাচ্ছে|করতে হয়|করতে হচ্ছে|लगाइयो|लगायो|पर्छ|पर्यो",
	// Only so much.
	"only": "only|just|cuma|hanya|je|sahaja|saja|lang|chỉ|chi|แค่|เพียง|ပဲ|តែ|ແຕ່|只|得|মাত্র|শুধু|मात्र|matro",
	// Pay given.
	"payv": "pay|pays|paid|give|gives|dibayar|dibayar cuma|dapat|bayar|binibigay|ibinibigay|binabayaran|trả|tra|ได้|จ่าย|ပေး|ပေးတယ်|បើក|បើកឲ្យ|ໄດ້|ຈ່າຍ|俾|畀|給|দেয়|দিচ্ছে|दिन्छ|दिन्छन्",
	// Signing.
	"signv": "sign|signed|signing|tanda tangan|tandatangan|pumirma|papirmahin|pinapirma|ký|kí|เซ็น|ลงนาม|လက်မှတ်ထိုး|ចុះហត្ថលេខា|ເຊັນ|簽|签|সই|स्वाक्षर|सही",
	// Another one.
	"newv": "another|new|different|second|lain|baru|bago|iba|ibang|mới|khác|ใหม่|อีกฉบับ|အသစ်|နောက်တစ်|ថ្មី|ໃໝ່|新|另|另一份|নতুন|অন্য|नयाँ|अर्को",
	// Asking for money.
	"demand": "wants|want|asks for|asking for|asked for|demand*|charge*|minta|meminta|mintak|humihingi|hingi|nanghihingi|đòi|yêu cầu|เรียกเงิน|เรียก|ขอเงิน|တောင်း|ទារ|ຮຽກ|ຂໍເງິນ|要我再俾|要錢|要钱|ပေးမှ|ရမှ|চায়|চাইছে|চেয়েছে|माग्यो|माग्दै|माग्छ",
	// Wanting to live, be alive, stay in this world.
	"livewish": "want to be alive|live anymore|this world|ingin hidup|mau hidup|nak hidup|sanggup hidup|kuat hidup|hidup lagi|dunia ini|mabuhay|mundong ito|thiết sống|sống nữa|อยากมีชีวิต|บนโลกนี้|ในโลกนี้|ရှင်ချင်|ကမ္ဘာ|ចង់រស់ទៀត|ចង់រស់ទេ|លើលោកនេះ|ຢາກມີຊີວິດ|ໂລກນີ້|想活|想生存|活落去|呢個世界|這個世界|这个世界|বাঁচতে|দুনিয়ায়|পৃথিবীতে|बाँच्न|संसारमा",
	// This world, and staying in it.
	"world": "this world|dunia ini|mundong ito|thế giới này|cõi đời|โลกนี้|ကမ္ဘာ|លោកនេះ|ໂລກນີ້|世界|দুনিয়ায়|দুনিয়া|পৃথিবীতে|পৃথিবী|संसारमा|संसार",
	"stay":  "stay|be here|tinggal|ada|hidup|manatili|mabuhay|ở|sống|อยู่|နေ|နေချင်|នៅ|រស់|ຢູ່|留|住|活|থাকতে|থাকার|बस्न|बाँच्न",
	// A machine at work.
	"machine": "cutting machine|mesin potong|máy cắt|เครื่องตัด|ເຄື່ອງຕັດ|ម៉ាស៊ីនកាត់|machine|machinery|conveyor|mesin|makina|vào máy|máy cắt|máy ép|máy dập|kẹt máy|เครื่องจักร|စက်|ម៉ាស៊ីន|ເຄື່ອງຈັກ|機器|机器|মেশিন|मेसिन|मेशिन",
	// A part of the body.
	"bodypart": "hand|hands|arm|arms|finger|fingers|leg|legs|foot|head|tangan|jari|lengan|kaki|kepala|kamay|daliri|braso|paa|ulo|ngón tay|bàn tay|cánh tay|chân|đầu|นิ้ว|แขน|มือ|လက်|ခြေ|ခေါင်း|ដៃ|ម្រាមដៃ|ជើង|ក្បាល|ມື|ນິ້ວ|ແຂນ|ຫົວ|隻手|手指|手臂|腳|脚|頭|头|হাত|আঙুল|পা|মাথা|हात|औंला|खुट्टा|टाउको",
	// Arrest.
	"arrest": "arrest*|catch me|tangkap|ditangkap|menangkap|hulihin|ipahuli|ipapahuli|huhulihin|bắt|จับ|ဖမ်း|ចាប់|ຈັບ|拉我|拉佢|抓|捉|ধরিয়ে|ধরবে|ধরাবে|समात|पक्राउ",
	// Frightening.
	"scare": "scare|scared me|frighten*|takut takutkan|menakut|takutkan|tinatakot|dọa|ขู่|ကြောက်အောင်|ခြိမ်း|គំរាម|បំភិត|ຂູ່|嚇|吓|恐嚇|ভয় দেখা|डर देखा|धम्की",
	// Deducting from pay.
	"deductv": "tolak|ditolak|kena tolak|deduct*|cut from|cuts from|take from my|potong|dipotong|kena potong|memotong|kaltas|kinakaltas|kinakaltasan|binabawas|bawas|trừ|bị trừ|หัก|โดนหัก|ဖြတ်|ဖြတ်တောက်|កាត់|ຫັກ|扣|扣起|কেটে|কাটে|কাটা|काट्छ|काटिन्छ|काट्यो|कटौती",
	// Loans.
	"loan": "loan|loans|pinjaman|vay|tiền vay|เงินกู้|ချေးငွေ|កម្ចី|ប្រាក់កម្ចី|ເງິນກູ້|貸款|贷款|借錢|লোন|सापटी|ঋণ|ऋण",
}

// conceptRules combine conceptParts (and partWords).
var conceptRules = []struct {
	signal string
	parts  []string
}{
	{"deception", []string{"promise", "instead", "made"}},
	{"deception", []string{"wage", "less", "promise"}},
	{"deception", []string{"wage", "less", "contract"}},
	{"deception", []string{"contract", "less"}},
	{"debt_bondage", []string{"broker", "paidfee", "more"}},
	{"intimidation", []string{"penalty", "quit"}},
	{"confinement", []string{"compound", "guard"}},
	{"confinement", []string{"compound", "out", "notallow"}},
	{"confinement", []string{"compound", "out", "neg"}},
	{"forced_labour", []string{"guestsvc", "minor"}},
	{"deception", []string{"promise", "arrival", "made2"}},
	{"deception", []string{"promise", "arrival", "made"}},
	{"deception", []string{"wage", "promise", "only"}},
	{"intimidation", []string{"quit", "authority"}},
	{"deception", []string{"promise", "instead", "made2"}},
	{"deception", []string{"contract", "only", "payv"}},
	{"deception", []string{"contract", "signv", "newv", "made"}},
	{"deception", []string{"contract", "signv", "newv", "made2"}},
	{"debt_bondage", []string{"broker", "demand", "more"}},
	{"document_retention", []string{"doc", "demand", "more"}},
	{"document_retention", []string{"doc", "broker", "demand"}},
	{"debt_bondage", []string{"wage", "deductv"}},
	{"self_harm", []string{"livewish", "neg"}},
	{"self_harm", []string{"world", "stay", "neg"}},
	{"medical_emergency", []string{"machine", "bodypart"}},
	{"intimidation", []string{"authority", "arrest"}},
	{"intimidation", []string{"authority", "scare"}},
	{"confinement", []string{"guard", "out", "notallow"}},
	{"confinement", []string{"guard", "out", "neg"}},
}

// condWords open a condition: the keywords after them in the clause are
// not facts, unless they tell a threatened act in a sentence that asks
// nothing ("if I try to leave they beat me").
var condWords = "if|whenever|pag|kapag|kalau|kalo|klo|jika|jikalau|sekiranya|andai|seandainya|kung|nếu|neu|ถ้า|หาก|အကယ်၍|လျှင်|ប្រសិនបើ|បើសិនជា|^បើ|ຖ້າ|ຫາກ|如果|假如|若果|若然|যদি|jodi|यदि|yadi"

// condPostWords close a condition (Nepali "bhane", Burmese "yin").
var condPostWords = "भने$|ရင်|ရင်ရော"

// resolvedWords say a past problem is over: what the message tells before
// them is not a present danger.
var resolvedWords = "got it back|got them back|got her passport back|got his passport back|got my passport back|she got it back|he got it back|gave it back|gave them back|returned it|has been returned|was returned|were returned|paid off|fully paid|paid it all back|all settled|settled now|now settled|is settled|resolved|sorted out|solved|fine now|now fine|ok now|okay now|all good now|safe now|now safe|no problem now|no problems now|no issue now|everything is ok now|everything ok now|" +
	"sudah dikembalikan|udah dikembalikan|dah dikembalikan|sudah kembali|dah dapat balik|sudah dapat balik|dah pulang balik|sudah lunas|udah lunas|dah lunas|lunas|dah habis bayar|sudah habis bayar|sudah beres|udah beres|dah beres|dah selesai|sudah selesai|selesai dah|sudah aman|sekarang aman|sekarang baik|baik baik saja|sekarang ok|sekarang okay|dah ok|dah okay|dah settle|sekarang tidak ada masalah|sekarang tak ada masalah|sekarang takde masalah|sekarang ga ada masalah|" +
	"nabawi na|naibalik na|ibinalik na|nakuha na niya|nakuha ko na|okay na|ok na|ayos na|bayad na|wala namang problema|walang problema ngayon|safe na|maayos na|" +
	"!lấy lại rồi|!đã lấy lại|!lấy lại được|!nhận lại rồi|!đã nhận lại|!trả lại rồi|!đã trả lại|!giờ ổn rồi|!ổn rồi|!đã ổn|!đã giải quyết|!giải quyết xong|!trả xong|!trả hết rồi|!đã trả hết|!hiện tại không có vấn đề|!bây giờ không có vấn đề|!giờ không có vấn đề|!không sao rồi|!an toàn rồi|" +
	"ได้คืนแล้ว|คืนแล้ว|เรียบร้อยแล้ว|แก้ไขแล้ว|จ่ายหมดแล้ว|ใช้หนี้หมดแล้ว|ตอนนี้สบายดี|ไม่มีปัญหาแล้ว|ยังไม่มีปัญหา|ตอนนี้ไม่มีปัญหา|ปลอดภัยแล้ว|ไม่เป็นไรแล้ว|" +
	"ပြန်ရပြီ|ပြေလည်သွားပြီ|ပြေလည်ပြီ|ဆပ်ပြီးပြီ|အဆင်ပြေတယ်|အဆင်ပြေပါတယ်|အဆင်ပြေသွားပြီ|အခုတော့ ပြဿနာမရှိ|အခု ပြဿနာမရှိ|အခုတော့ပြဿနာမရှိ|ဖြေရှင်းပြီး|" +
	"បានវិញហើយ|ដោះស្រាយរួចហើយ|ដោះស្រាយរួច|សងអស់ហើយ|ឥឡូវគ្មានបញ្ហា|ឥឡូវមិនអីទេ|សុខសប្បាយ|រួចរាល់ហើយ|" +
	"ໄດ້ຄືນແລ້ວ|ແກ້ໄຂແລ້ວ|ຈ່າຍໝົດແລ້ວ|ຕອນນີ້ສະບາຍດີ|ຕອນນີ້ບໍ່ມີບັນຫາ|ປອດໄພແລ້ວ|" +
	"已經拿到|已經攞返|攞返咗|拿返了|拿回了|已經解決|解決咗|解决了|已經冇事|而家冇事|現在沒事|现在没事|而家冇問題|現在沒問題|现在没问题|已經還清|還清咗|已還清|已经还清|" +
	"পেয়ে গেছে|ফেরত পেয়েছে|ফেরত দিয়েছে|ঠিক হয়ে গেছে|সব ঠিক|ভালো আছে|এখন কোনো সমস্যা নেই|এখন সমস্যা নেই|শোধ করেছি|শোধ হয়ে গেছে|মিটে গেছে|" +
	"thik ache|thik hoye geche|sob thik|pheroto peyeche|ferot peyeche|somossa nei|" +
	"फिर्ता पायो|फिर्ता पाइयो|फिर्ता पाएँ|फिर्ता पाए|ठीक छ$|मिलिसक्यो|समाधान भयो|तिरिसकें|तिरिसकेँ|चुक्ता|अहिले कुनै समस्या छैन|अहिले समस्या छैन|" +
	"thik cha|thik chha|milisakyo|langsai|dah langsai|" +
	// in a shelter
	"at a shelter|in a shelter|in the shelter|at the shelter|di shelter|di rumah perlindungan|sa shelter|nhà tạm lánh|บ้านพักฉุกเฉิน|ที่พักพิง|ជម្រកសុវត្ថិភាព|庇護中心|庇护所|আশ্রয়কেন্দ্রে|आश्रयस्थलमा|" +
	// everything fine, employer changed
	"everything is fine|everything fine|everything is ok|everything ok|all fine now|semuanya baik|semua baik|semua ok|semuanya ok|semuanya aman|okay na lahat|ok na lahat|ayos na lahat|!mọi thứ ổn|!mọi chuyện ổn|!mọi việc ổn|ทุกอย่างโอเค|ทุกอย่างเรียบร้อย|ทุกอย่างดี|အားလုံးအဆင်ပြေ|អ្វីៗល្អ|អ្វីៗទាំងអស់ល្អ|ທຸກຢ່າງໂອເຄ|ທຸກຢ່າງດີ|一切都好|一切正常|সব ঠিক আছে|सबै ठीक छ|" +
	"changed employers|already changed employer|sudah ganti majikan|sudah pindah majikan|dah tukar majikan|lumipat na|!đổi chủ mới rồi|!đã đổi chủ|ย้ายนายจ้างใหม่แล้ว|ย้ายงานแล้ว|ပြောင်းပြီးပြီ|ប្តូរថៅកែថ្មីហើយ|ປ່ຽນນາຍຈ້າງໃໝ່ແລ້ວ|已經轉咗|轉咗新僱主|已经换了|নতুন মালিকের কাছে|नयाँ मालिककहाँ|" +
	// back home, safe, healed
	"happy now|now happy|is happy now|changed employers|changed employer|new employer now|back home now|now back home|got home|safely home|home safe|home now|recovered|has recovered|healed|" +
	"sudah pulang|udah pulang|dah pulang|dah balik kampung|sudah kembali ke rumah|sekarang aman|sudah aman|dan aman|dan selamat|sudah sembuh|dah sembuh|" +
	"nakauwi na|nakabalik na|gumaling na|magaling na|safe na|" +
	"!đã về nhà|!về nhà rồi|!về nước rồi|!an toàn rồi|!đã khỏi|!khỏi rồi|!khỏe rồi|" +
	"กลับบ้านแล้ว|กลับมาบ้านแล้ว|ปลอดภัยดี|ปลอดภัยแล้ว|หายดีแล้ว|หายแล้ว|" +
	"အိမ်ပြန်ရောက်ပြီ|ပြန်ရောက်ပြီ|ပြန်ကောင်းသွားပြီ|" +
	"ត្រឡប់មកផ្ទះវិញហើយ|មកផ្ទះវិញហើយ|ជាសះស្បើយ|បានជាហើយ|" +
	"ກັບບ້ານແລ້ວ|ປອດໄພດີ|ຫາຍດີແລ້ວ|" +
	"返咗屋企|回到家|冇事喇|冇事了|好返|康復|已經好返|" +
	"দেশে ফিরেছি|দেশে ফিরে এসেছি|ভালো আছি|সুস্থ হয়েছে|সেরে গেছে|" +
	"घर फर्किसकें|घर फर्किएँ|ठीक छु|निको भयो|सन्चो भयो"

// concessionWords before a resolution marker say the problem goes on
// regardless ("deducted although I already paid it off").
var concessionWords = "even though|although|though|despite|padahal|walaupun|walau|meskipun|biarpun|sedangkan|eh|kahit|kahit na|mặc dù|dù|ทั้งที่|ทั้งๆที่|แม้|ထိုသို့|ပေမဲ့လည်း|ទោះបី|ເຖິງວ່າ|雖然|虽然|明明|যদিও|তবুও|तैपनि|भए पनि"

// askWords make a sentence a question.
var askWords = "what is|what are|signs of|sign of|how much|how many|berapa|magkano|bao nhiêu|là gì|เท่าไหร่|เท่าไร|คืออะไร|ប៉ុន្មាន|ເທົ່າໃດ|ແມ່ນຫຍັງ|幾多|多少|係咩|什麼是|কত|মানে কী|कति|के हो|ဘယ်လောက်|ဆိုတာ|what should|what do i do|what can i do|what to do|what would|what will happen|how can|how do|how to|where can|where do|where should|where to|where would|who can|who do|who should|" +
	"bagaimana|gimana|macam mana|camne|ke mana|kemana|kat mana|siapa|harus apa|kena buat apa|" +
	"ano dapat|ano ang|paano|saan|sino|" +
	"làm gì|làm sao|thế nào|ở đâu|liên hệ ai|" +
	"ยังไง|อย่างไร|ที่ไหน|ไหม|มั้ย|อะไร|ใคร|" +
	"ဘာလုပ်|ဘယ်လို|ဘယ်မှာ|ဘယ်ကို|ရမလဲ|" +
	"ដូចម្តេច|ដូចម្ដេច|យ៉ាងម៉េច|នៅណា|ឯណា|អ្វី|ណា$|" +
	"ແນວໃດ|ຢູ່ໃສ|ໃສ$|ຫຍັງ|ໃຜ|ບໍ່$|ບໍ$|" +
	"點做|點樣|點算|怎麼辦|怎么办|怎樣|邊度|哪裡|哪里|邊個|應該|" +
	"কী করব|কি করব|কোথায়|কিভাবে|কী করা|" +
	"के गर्ने|कहाँ|कसरी|" +
	"ki korbo|ke garne|kaha"

// reportWords ask where to report a topic.
var reportWords = "report|reporting|hotline|number|lapor|lapornya|melapor|aduan|report kat|mag report|magreport|magrereport|isumbong|báo|báo cáo|tố cáo|แจ้ง|ร้องเรียน|တိုင်|ប្តឹង|រាយការណ៍|ແຈ້ງ|舉報|举报|報|报|投訴|অভিযোগ|জানাব|उजुरी"

// topicWords are nouns a message can be about without anything having
// happened ("where do I report human trafficking?").
var topicWords = map[string]string{
	"forced_labour": "forced labou*|forced labo*|kerja paksa|buruh paksa|lao động cưỡng bức|cưỡng bức lao động|บังคับใช้แรงงาน|ពលកម្មដោយបង្ខំ|ແຮງງານບັງຄັບ|強迫勞動|强迫劳动|জোরপূর্বক শ্রম|जबरजस्ती श्रम",
	"debt_bondage":  "recruitment fee|recruitment fees|placement fee|placement fees|agency fee|agency fees|broker fee|yuran ejen|biaya penempatan|biaya agen|tiền phí|phí môi giới|ค่านายหน้า|ค่าหัว|ပွဲခ|ថ្លៃឈ្មួញកណ្ដាល|ຄ່ານາຍໜ້າ|中介費|中介费|রিক্রুটমেন্ট ফি|দালালের টাকা|म्यानपावर शुल्क|म्यानपावरको पैसा",
	"trafficking":   "trafficking|human traffick*|perdagangan orang|perdagangan manusia|pemerdagangan|pemerdagangan orang|buôn người|mua bán người|ค้ามนุษย์|လူကုန်ကူး|ជួញដូរមនុស្ស|ຄ້າມະນຸດ|人口販賣|人口贩卖|মানব পাচার|পাচার|मानव बेचबिखन|बेचबिखन",
}

func init() {
	for sig, list := range conceptSignals {
		signalWords[sig] += "|" + list
	}
	for name, list := range conceptParts {
		if old, ok := partWords[name]; ok {
			partWords[name] = old + "|" + list
		} else {
			partWords[name] = list
		}
	}
	for name, list := range conceptParts2 {
		if old, ok := partWords[name]; ok {
			partWords[name] = old + "|" + list
		} else {
			partWords[name] = list
		}
	}
	rules = append(rules, conceptRules...)
	partWords["guard"] += "|jaga|menjaga|berjaga|bantay|armadong bantay|canh|canh gác|เฝ้า|คนเฝ้า|စောင့်|စောင့်နေ|យាម|ເຝົ້າ|睇住|看住|看守|পাহারা|पहरा"
	partWords["ageword"] += "|anyos|anyos gulang|taong gulang|বছরের"
	sectorWords["sexual_exploitation"] += "|ဘား|ဘားမှာ|បារ|酒吧|बारमा|ডান্স বার"
	sectorWords["construction"] += "|kerja bangunan|bangunan|công trường|ការសំណង់|ວຽກກໍ່ສ້າງ|地盤"
	blockWords += "|bắt đi làm|bat di lam|look after children|look after the children|look after kids|take care of children|take care of the kids|babysit*|jaga anak|jaga budak|alaga ng bata|mag alaga ng bata|trông con|trông trẻ|เลี้ยงเด็ก|ดูแลเด็ก|ကလေးထိန်း|មើលក្មេង|ថែក្មេង|ລ້ຽງເດັກ|ເບິ່ງເດັກ|湊仔|照顧小朋友|带孩子|বাচ্চা দেখাশোনা|বাচ্চা দেখা|बच्चा हेर्ने|बच्चा हेर्न"
	hypWords += "|documentary about|documentary|dokumenter|dokumentari|phóng sự|สารคดี|ສາລະຄະດີ|紀錄片|纪录片|ডকুমেন্টারি|वृत्तचित्र"
	// More ways to say a fee was paid, a fine, a bar, a salary cut.
	partWords["paidfee"] += "|paid the agent|sudah bayar|dah bayar|nagbayad na|đã đóng|đóng|đã trả|จ่ายค่า|ပေးပြီးပြီ|បង់លុយ|ຈ່າຍຄ່າ|俾咗|已經俾|দিয়েছি|diyechi|तिरेँ|तिरें|tirisakey"
	partWords["penalty"] += "|fine me|fined|fine us|fine of|phạt|tiền phạt|multa|ค่าปรับ|ปรับเงิน|ဒဏ်ကြေး|ពិន័យ|ຄ່າປັບໃໝ|罰錢|賠違約金|জরিমানা|जरिवाना"
	sectorWords["sexual_exploitation"] += "|^বারে|^বার$|কারাওকে|ক্লাবে|ডান্স বারে"
}
