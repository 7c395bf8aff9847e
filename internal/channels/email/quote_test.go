package email

import "testing"

func TestStripQuotes(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"plain", "Hello\nI need help.", "Hello\nI need help."},
		{"gt lines", "My answer\n> old\n>> older\n", "My answer"},
		{"bottom posting", "On Mon, 3 Mar 2025 at 10:00, Helpbot <help@x.org> wrote:\n> Where are you?\n\nI am in Bangkok.", "I am in Bangkok."},
		{"en attribution without quotes", "Yes please.\n\nOn Mon, 3 Mar 2025 at 10:00, Helpbot <help@x.org> wrote:\nWhere are you?", "Yes please."},
		{"en wrapped attribution", "Yes.\n\nOn Mon, 3 Mar 2025 at 10:00, Helpbot\n<help@x.org> wrote:\n> Where?", "Yes."},
		{"my boss wrote", "My boss wrote:\nyou cannot leave", "My boss wrote:\nyou cannot leave"},
		{"th", "ฉันอยู่ที่ระยอง\n\nเมื่อ จ. 3 มี.ค. 2025 เวลา 10:00 Helpbot <help@x.org> เขียนว่า:\nคุณอยู่ที่ไหน", "ฉันอยู่ที่ระยอง"},
		{"vi", "Tôi ở Hà Nội\n\nVào Th 2, 3 thg 3, 2025 lúc 10:00 Helpbot <help@x.org> đã viết:\n> Bạn ở đâu?", "Tôi ở Hà Nội"},
		{"id", "Saya di Jakarta\n\nPada tanggal 3 Mar 2025 10.00, Helpbot <help@x.org> menulis:\nDi mana?", "Saya di Jakarta"},
		{"fil", "Nasa Maynila ako\n\nNoong Lun, Mar 3, 2025 nang 10:00, ay sumulat si Helpbot <help@x.org>:\nNasaan ka?", "Nasa Maynila ako"},
		{"zh-Hant", "我在香港\n\nHelpbot <help@x.org> 於 2025年3月3日 週一 上午10:00 寫道：\n你在哪裡？", "我在香港"},
		{"zh-Hans", "我在深圳\n\nHelpbot <help@x.org> 于2025年3月3日周一 10:00写道：\n你在哪里？", "我在深圳"},
		{"bn", "আমি ঢাকায়\n\nসোম, ৩ মার্চ, ২০২৫ তারিখে Helpbot <help@x.org> লিখেছেন:\nআপনি কোথায়?", "আমি ঢাকায়"},
		{"ne", "म काठमाडौंमा छु\n\nसोम, मार्च ३, २०२५ मा Helpbot <help@x.org> ले लेख्नुभयो:\nतपाईं कहाँ हुनुहुन्छ?", "म काठमाडौंमा छु"},
		{"km", "ខ្ញុំនៅភ្នំពេញ\n\nនៅ ថ្ងៃ ចន្ទ 3 មីនា 2025 Helpbot <help@x.org> បានសរសេរ៖\nតើអ្នកនៅឯណា?", "ខ្ញុំនៅភ្នំពេញ"},
		{"lo", "ຂ້ອຍຢູ່ວຽງຈັນ\n\nເມື່ອ 3 ມີນາ 2025 Helpbot <help@x.org> ຂຽນວ່າ:\nເຈົ້າຢູ່ໃສ?", "ຂ້ອຍຢູ່ວຽງຈັນ"},
		{"my", "ကျွန်တော် ရန်ကုန်မှာ\n\n2025 မတ် 3 တွင် Helpbot <help@x.org> က ရေးခဲ့သည်:\nဘယ်မှာလဲ", "ကျွန်တော် ရန်ကုန်မှာ"},
		{"original message", "Call me.\n-----Original Message-----\nFrom: Helpbot\nold", "Call me."},
		{"outlook header", "Call me.\n\nFrom: Helpbot <help@x.org>\nSent: Monday, March 3, 2025 10:00\nTo: me\nSubject: hi\n\nold", "Call me."},
		{"signature", "Please help.\n-- \nSomchai\n+66 81 234 5678", "Please help."},
		{"double dash is not a signature", "Please help.\n--\nmore text", "Please help.\n--\nmore text"},
		{"blank runs", "\n\nA\n\n\n\nB\n\n", "A\n\nB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripQuotes(tt.in); got != tt.want {
				t.Errorf("stripQuotes(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestBaseSubject(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Re: help":          "help",
		"RE: Fwd: re: help": "help",
		"回复：救命":             "救命",
		"help":              "help",
		"Re[2]: help":       "help",
		"Reminder":          "Reminder",
	} {
		if got := baseSubject(in); got != want {
			t.Errorf("baseSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConversationID(t *testing.T) {
	t.Parallel()
	secret := []byte("0123456789abcdef")
	a := ConversationID(secret, "Somchai@Mail.Example")
	if a != ConversationID(secret, "somchai@mail.example") {
		t.Error("conversation id depends on case")
	}
	if len(a) != 33 || a[0] != 'e' {
		t.Errorf("conversation id %q: want e + 32 hex", a)
	}
	if a == ConversationID([]byte("another secret!!"), "somchai@mail.example") {
		t.Error("conversation id does not depend on the secret")
	}
}
