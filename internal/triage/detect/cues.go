package detect

// Cue kinds: words around a place name that say how it relates to the
// writer.
const (
	cueIn       = iota + 1 // "in", "di", "sa", "ở", "ที่", "喺": the writer is there
	cueInPost              // Burmese "မှာ", Nepali "मा", Bengali locative after the name
	cueFrom                // "from", "dari", "taga", "từ", "จาก": origin
	cueFromPost            // "ကနေ", "থেকে", "बाट"
	cueGo                  // "want to go to", "pergi ke": a plan, not a location
	cueGoPost              // "သွားချင်", "যেতে চাই", "जान"
	cueBack                // "go back to", "pulang ke", "về": home, so nationality
	cueBackPost            // "ပြန်ချင်", "ফিরে যেতে", "फर्कन"
	cueDem                 // "orang", "người", "คน", "ជនជាតិ": the people of the place
	cueDemPost             // "人", "လူမျိုး", "নাগরিক"
	cueKin                 // family or friend: the sentence may be about someone else
	cueSelf                // first person: "i", "saya", "ako", "ฉัน", "我"
	cueNow                 // "now", "sekarang", "ตอนนี้", "而家"
	cueGenPost             // Bengali genitive "-er" after a name: "of", not "in"
	cueSpeak               // "speaks Burmese": a language, not a person or place
	cueHome                // "back home in": both where they are and where they are from
)

var cueWords = map[int]string{
	cueIn: "in|at|inside|im in|i am in|now in|currently in|living in|live in|working in|work in|stay in|staying in|based in|here in|arrived in|writing from|writing to you from|messaging from|texting from|arrived at|came to|come to|brought to|brought me to|took me to|taken to|sent to|sent me to|trafficked to|stuck in|near|" +
		"di|dekat|kat|berada di|tinggal di|kerja di|bekerja di|sekarang di|" +
		"sa|nasa|nandito sa|andito sa|narito sa|dito sa|" +
		"ở|tại|đang ở|bên|đang làm việc ở|làm việc tại|" +
		"ที่|อยู่|อยู่ที่|ทำงานที่|ใน|ทำงานอยู่|" +
		"在|駐|驻|喺|響|到了|" +
		"នៅ|នៅឯ|ធ្វើការនៅ|" +
		"ຢູ່|ທີ່|ໃນ|ເຮັດວຽກຢູ່|" +
		"আমি এখন|এখন|" +
		"अहिले",
	cueInPost:   "မှာ|မှ ာ|မှာရှိ|မှာနေ|မှာအလုပ်|ရောက်|তে|য়|ে|এ|मा|मै|में|ရှိ",
	cueFrom:     "from|im from|i am from|come from|came from|comes from|originally from|dari|asal|asal dari|berasal dari|galing|galing sa|taga|từ|quê|quê ở|jak|จาก|มาจาก|來自|来自|從|从|嚟自|ពី|មកពី|ຈາກ|ມາຈາກ",
	cueFromPost: "ကနေ|ကလာ|က လာ|မှလာ|থেকে|থেকে এসেছি|बाट|देखि",
	cueGo:       "signed in|ditandatangani di|ký ở|hợp đồng ở|contract in|agent in|agency in|recruiter in|broker in|agent at|ejen di|agen di|ahensya sa|ahensya ko sa|môi giới ở|中介喺|中介在|仲介在|used to work in|used to live in|used to be in|previously worked in|go to|going to|want to go|wanna go|will go|plan to go|planning to go|gonna go|hoping to go|hope to go|want to work in|want to work|wish to go|apply|applying|applied|offer*|pergi ke|mau ke|nak ke|ingin ke|akan ke|nak pergi|mau kerja di|nak kerja di|ingin bekerja di|ingin kerja|mau kerja|nak kerja|pupunta|magtrabaho|makapagtrabaho|mag abroad|pumunta sa|mag apply|gusto kong pumunta|gustong magtrabaho|sẽ đi|muốn đi|định đi|sắp đi|muốn sang|sẽ sang|จะไป|พาไป|จะพาไป|อยากไป|อยากไปทำงาน|想去|要去|打算去|申請去|ចង់ទៅ|ដើម្បីទៅ|ទៅធ្វើការ|នឹងទៅ|ຈະໄປ|ຢາກໄປ|trip to|visa to|visa for|hỏi đi|thủ tục đi|chuẩn bị đi|đơn hàng|วีซ่าไป|ขอวีซ่า|ขั้นตอนการไป|laws in|law in|rules in|regulations in|legal in|policy in|policies in|information about|info about|report on|ask about|asking about|question about|working holiday|tanya soal|tanya pasal|tanya tentang|hỏi về|ถามเรื่อง|visit|travel to|tour",
	cueGoPost:   "speaking|speaker|speakers|language|translator|interpreter|কাজের ভিসা|ভিসা পেতে|ကိုသွားချင်|ကို အလုပ်သွား|ကိုအလုပ်သွား|သွားချင်|သွားမယ်|ကို သွားချင်|သွားဖို့|যেতে চাই|যাব|যাবো|যাওয়ার|जान|जाने|जाँदै|जान चाहन्छु",
	cueBack:     "back to|return to|returned to|go home to|going home to|go back to|send me back to|sent back to|sent home to|deport* to|repatriat*|pulang ke|balik ke|kembali ke|dipulangkan ke|uuwi sa|umuwi sa|bumalik sa|pauwiin sa|về|trở về|về lại|กลับ|กลับไป|回|返|返去|ត្រឡប់ទៅ|ត្រលប់ទៅ|ກັບ|ກັບໄປ",
	cueBackPost: "ပြန်ချင်|ကိုပြန်|ပြန်သွား|ပြန်ပို့|ফিরে যেতে|ফিরতে|ফেরত|फर्कन|फर्किन|फर्किएर",
	cueDem:      "orang|warga|rakyat|nguoi|người|คน|ชาว|แรงงาน|ជនជាតិ|ពលករ|ຄົນ|ຊາວ|i am a|im a|as a|we are|i am an|im an",
	cueDemPost:  "人|ের মানুষ|র মানুষ|এর মানুষ|লোক|লূমျိုး|သား|အလုပ်သမား|নাগরিক|नागरिक|কর্মী|कामदार|worker|workers|maid|helper|national|citizen",
	cueKin: "daughter|son|sister|brother|husband|wife|mother|mom|mum|father|dad|cousin|niece|nephew|friend|friends|child|uncle|aunt|neighbor|neighbour|" +
		"anak|adik|kakak|suami|istri|isteri|ibu|ayah|bapak|emak|abang|teman|kawan|sepupu|" +
		"asawa|kapatid|nanay|tatay|kuya|kaibigan|pinsan|" +
		"con gái|con trai|em gái|em trai|chồng|vợ|mẹ tôi|mẹ em|bố|chị gái|anh trai|" +
		"ลูก|ลูกสาว|ลูกชาย|สามี|ภรรยา|น้องสาว|น้องชาย|แม่ฉัน|แม่ของ|พ่อฉัน|เพื่อน|" +
		"သမီး|ယောက်ျား|ခင်ပွန်း|ဇနီး|ညီမ|အစ်ကို|အစ်မ|အမေ|အဖေ|သူငယ်ချင်း|" +
		"កូន|ប្តី|ប្ដី|ប្រពន្ធ|ប្អូន|បងប្រុស|បងស្រី|ម្តាយ|ម្ដាយ|ឪពុក|មិត្ត|" +
		"ລູກ|ລູກສາວ|ຜົວ|ເມຍ|ນ້ອງ|ເອື້ອຍ|ອ້າຍ|ໝູ່|" +
		"女兒|女儿|個女|個仔|兒子|儿子|老公|老婆|丈夫|妻子|家姐|細佬|妹妹|姐姐|哥哥|弟弟|媽媽|妈妈|爸爸|朋友|" +
		"মেয়ে|ছেলে|স্বামী|স্ত্রী|ভাই|বোন|বাবা|বন্ধু|" +
		"छोरी|छोरा|श्रीमान|श्रीमती|दाइ|दिदी|बहिनी|भाइ|आमा|बुबा|साथी|" +
		// third persons: the clause is about someone else
		"she|he|they|her|him|dia|mereka|siya|sila|niya|ông ấy|bà ấy|anh ấy|chị ấy|cô ấy|เขา|เธอ|သူမ|គាត់|នាង|佢|佢哋|他|她|他們|她們|^সে$|তিনি|উনি|ऊ|उनी|उहाँ",
	cueSelf:    "friends place|friends house|friends room|sisters house|sisters place|brothers house|relatives house|cousins house|rumah kawan|rumah teman|rumah saudara|bahay ng kaibigan|nhà bạn|บ้านเพื่อน|朋友屋企|朋友家|i|im|me|we|us|saya|aku|gue|kami|ako|kami|tayo|toi|tôi|em|mình|ฉัน|ผม|หนู|ดิฉัน|ကျွန်တော်|ကျွန်မ|ကျနော်|ကျမ|ငါ|ខ្ញុំ|ຂ້ອຍ|ຂ້າພະເຈົ້າ|我|আমি|^म$|मलाई",
	cueHome:    "back home in|back home to|im back in|now back in|returned home to|came back to|im home in|i am home in|nakauwi na sa|nakauwi na ako sa|nakauwi na kami sa|umuwi na ako sa|nakabalik na ako sa|sudah pulang ke|udah pulang ke|sdh pulang ke|dah pulang ke|sudah balik ke|dah balik ke|sudah kembali ke|đã về|đã về quê|về quê rồi|กลับมาอยู่|回到",
	cueSpeak:   "speaks|speak|speaking|who speaks|can speak|bisa bahasa|boleh cakap|marunong mag|nói tiếng|พูดภาษา|ပြောတတ်|និយាយភាសា|ເວົ້າພາສາ|識講|会说|會說|বলতে পারে|बोल्न सक्ने",
	cueGenPost: "ের|এর|র",
	cueNow:     "now|currently|right now|sekarang|skrg|ngayon|bây giờ|hiện|ตอนนี้|ขณะนี้|အခု|ယခု|ឥឡូវ|ຕອນນີ້|而家|現在|现在|目前|এখন|अहिले|हाल",
}
