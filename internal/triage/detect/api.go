// Package detect reads one message and works out the language to answer in,
// the country the person is in now, their nationality, how urgent it is and
// why. It is pure computation: no I/O, safe for concurrent use.
package detect

// Input is one message with what is known around it.
type Input struct {
	Text string

	// Hints from the channel; each may be empty.
	Locale           string // browser/client locale, e.g. "th-TH"
	TimeZone         string // IANA zone, e.g. "Asia/Bangkok"
	Phone            string // a phone number the person shared, any format
	Email            string // the sender's address
	TelegramLanguage string // Telegram's language_code (weak)

	// Conversation context.
	ChosenLanguage string   // explicit choice (picker, /language): always wins
	ChosenCountry  string   // explicit choice, ISO 3166 alpha-2
	PriorLanguage  string   // the conversation's established language
	PriorCountry   string   // the country already known for the conversation
	Recent         []string // languages detected in earlier messages, newest last

	// rulesOnly leaves both models out: what the keyword rules and word
	// lists find alone (the models' tests compare with it).
	rulesOnly bool
}

// Result is what Analyze found.
type Result struct {
	// Text is the message after normalisation (NFC; Zawgyi converted to
	// Unicode), the form to show a caseworker.
	Text   string
	Zawgyi bool // the input was Zawgyi-encoded Burmese

	Language           string  // detected language tag ("ar", "hi" too), "" when nothing to go on
	ReplyLanguage      string  // one of triage.Languages: the language to answer in
	LanguageConfidence float64 // 0..1

	Country           string  // where the person is now, ISO alpha-2, "" when unknown
	CountryConfidence float64 // 0..1
	CountrySource     string  // "choice", "text", "phone", "email", "timezone", "locale", "telegram", "prior"
	Nationality       string  // ISO alpha-2, "" when unknown

	Priority string   // "critical", "high" or "normal"
	Signals  []string // stable vocabulary, see Signals
	Sector   string   // "" or one of Sectors
}
