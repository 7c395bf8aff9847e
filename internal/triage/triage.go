// Package triage is helpbot's domain core: the messages people send, the
// replies they get, the cases caseworkers work, and the engine that turns one
// into the others. It does no I/O of its own; what it needs from outside (a
// directory, conversation state, a case queue, a translator) is an interface
// declared here and satisfied elsewhere.
package triage

import (
	"time"
)

// Channel names the way a person reached helpbot.
type Channel string

// The channels helpbot speaks.
const (
	ChannelWidget   Channel = "widget"
	ChannelTelegram Channel = "telegram"
	ChannelEmail    Channel = "email"
)

// Priority is how soon a human must see a conversation.
type Priority string

// Priorities, from the most to the least urgent.
const (
	Critical Priority = "critical"
	High     Priority = "high"
	Normal   Priority = "normal"
)

// Rank orders priorities: 0 for critical, 1 for high, 2 for normal or unknown.
func (p Priority) Rank() int {
	switch p {
	case Critical:
		return 0
	case High:
		return 1
	}
	return 2
}

// Escalates reports whether a conversation at this priority becomes a case.
func (p Priority) Escalates() bool { return p == Critical || p == High }

// Languages are the BCP 47 tags helpbot answers in, English first.
var Languages = []string{"en", "th", "my", "km", "lo", "vi", "id", "ms", "fil", "bn", "zh-Hant", "ne"}

// SupportedLanguage reports whether helpbot answers in the language tag.
func SupportedLanguage(tag string) bool {
	for _, l := range Languages {
		if l == tag {
			return true
		}
	}
	return false
}

// Hints are what a channel knows about the person besides their words. Each
// may be empty. Language and Country are explicit choices (a picker, a
// /language command) and win over anything detected.
type Hints struct {
	Locale           string `json:"locale,omitempty"`   // browser or client locale, e.g. "th-TH"
	TimeZone         string `json:"timezone,omitempty"` // IANA zone, e.g. "Asia/Bangkok"
	Phone            string `json:"-"`                  // a phone number the person shared
	Email            string `json:"-"`                  // the sender's address
	TelegramLanguage string `json:"telegram_language,omitempty"`
	Language         string `json:"language,omitempty"` // chosen by the person
	Country          string `json:"country,omitempty"`  // chosen by the person, ISO 3166 alpha-2
}

// Attachment is a file a person sent. Only its kind and size are kept.
type Attachment struct {
	Kind string `json:"kind"` // "photo", "voice", "sticker", "document", or a MIME type
	Size int64  `json:"size"`
}

// Message is one thing a person sent, as a channel adapter hands it to the
// engine.
type Message struct {
	// ID identifies the message within its conversation so a retry is not
	// handled twice (a widget client id, a Telegram update id, a Message-ID).
	ID           string
	Channel      Channel
	Conversation string // channel-scoped conversation key, never a raw platform id
	Text         string
	Hints        Hints
	Attachments  []Attachment
	Received     time.Time
}

// Contact is one way to reach a service.
type Contact struct {
	Kind     string `json:"kind"`               // phone, sms, whatsapp, line, viber, messenger, telegram, email, web
	Value    string `json:"value"`              // E.164, address or URL: what a link is built from
	Label    string `json:"label,omitempty"`    // the way it is written locally
	Domestic bool   `json:"domestic,omitempty"` // works only inside the country
}

// EmergencyNumber is a number to call or text in immediate danger.
type EmergencyNumber struct {
	Service string `json:"service"` // police, ambulance, fire, sms_police, ...
	Number  string `json:"number"`
	Label   string `json:"label,omitempty"` // localized name of the service, or of the place
	// Country is set when an answer lists numbers for several places (the
	// person's is not known yet): where this number works.
	Country string `json:"country,omitempty"`
}

// ServiceCard is a directory entry as shown to a person, in their language.
type ServiceCard struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description,omitempty"`
	Kind        string    `json:"kind"`
	Contacts    []Contact `json:"contacts"`
	Hours       string    `json:"hours,omitempty"` // "24/7" or a short localized schedule
	OpenNow     *bool     `json:"open_now,omitempty"`
	Verified    bool      `json:"verified"`
	VerifiedOn  string    `json:"verified_on,omitempty"`
	Source      string    `json:"source,omitempty"`
	Cautions    []string  `json:"cautions,omitempty"`
}

// QuickReply is a button offered to the person. Pressing it sends Action with
// Value (for example action "country", value "TH").
type QuickReply struct {
	Label  string `json:"label"`
	Action string `json:"action"`
	Value  string `json:"value"`
}

// Reply is what helpbot (or a caseworker) says to a person.
type Reply struct {
	Channel      Channel           `json:"channel"`
	Conversation string            `json:"conversation"`
	From         string            `json:"from"` // "bot" or "caseworker"
	Language     string            `json:"language"`
	Text         string            `json:"text"`
	Emergency    []EmergencyNumber `json:"emergency,omitempty"`
	Services     []ServiceCard     `json:"services,omitempty"`
	QuickReplies []QuickReply      `json:"quick_replies,omitempty"`
	Priority     Priority          `json:"priority,omitempty"`
	Case         string            `json:"case,omitempty"`
	// InReplyTo is the Message.ID this answers, when it answers one.
	InReplyTo string `json:"in_reply_to,omitempty"`

	// kept is the engine's kept answer the reply was filled from, whose
	// content is encoded once (memo.go); nil for any other reply.
	kept *composed
}

// Entry is one line of a conversation's transcript.
type Entry struct {
	// Seq orders entries within a conversation; it is assigned by the store
	// and compared as a string of the store's own ordering (see Conversations).
	Seq      string `json:"seq"`
	From     string `json:"from"` // "person", "bot", "caseworker"
	ClientID string `json:"client_id,omitempty"`
	Text     string `json:"text"`
	Reply    *Reply `json:"reply,omitempty"`
	// Attachments the person sent with the message: kind and size only.
	Attachments []Attachment `json:"attachments,omitempty"`
	At          time.Time    `json:"at"`
}

// Transcript senders.
const (
	FromPerson     = "person"
	FromBot        = "bot"
	FromCaseworker = "caseworker"
)

// State is what helpbot remembers of a conversation between messages.
type State struct {
	Conversation   string   `json:"conversation"`
	Channel        Channel  `json:"channel"`
	Language       string   `json:"language,omitempty"`
	LanguageChosen bool     `json:"language_chosen,omitempty"`
	Country        string   `json:"country,omitempty"`
	CountryChosen  bool     `json:"country_chosen,omitempty"`
	Nationality    string   `json:"nationality,omitempty"`
	Priority       Priority `json:"priority,omitempty"`
	Sector         string   `json:"sector,omitempty"`
	Case           string   `json:"case,omitempty"`
	Messages       int      `json:"messages,omitempty"`
	// Recent holds the languages detected in the last few messages, newest
	// last, a hint for short or ambiguous messages.
	Recent      []string  `json:"recent,omitempty"`
	Unreachable bool      `json:"unreachable,omitempty"` // the channel refuses delivery (blocked bot)
	Updated     time.Time `json:"updated"`
}
