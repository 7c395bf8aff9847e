package detect

import "testing"

func TestLaughs(t *testing.T) {
	for text, want := range map[string]bool{
		"my supervisor will literally murder me if i clock in late lol": true,
		"Kinidnap ako ng barkada ko hahaha":                             true,
		"majikan sy kata aku culik kau 😂":                               true,
		"bos bilang mau tenggelamin sy wkwkwk":                          true,
		"ถ้ามาสายอีกนายฆ่าฉันแน่ 555 ถามหน่อย":                          true,
		"মালিক বলছে খুন করবে হাহা":                                      true,
		"老闆話要殺咗我哈哈":                                                     true,
		"hehe he will kill me":                                          true,
		"he said he will kill me, not joking":                           false,
		"bukan bercanda, mandor bilang akan potong jari sy":             false,
		"hahanapin ko ang kapatid ko":                                   false,
		"haha":                                                          true,
		"call +66 555 0000 please":                                      false,
		"ໂທຫາ 555 ແດ່":                                                  true,
		"they locked us in 😅":                                           false,
		"help me":                                                       false,
	} {
		if got := laughs(text); got != want {
			t.Errorf("laughs(%q) = %v, want %v", text, got, want)
		}
	}
}
