package triage

import (
	"encoding/json"
	"fmt"

	"helpbot/internal/jsonbuf"
)

// The values stored or sent for every message write their own JSON: the
// bytes json.Marshal gives (json_test.go checks every field), without its
// reflection. A field added to one of these types must be added here too;
// the test fails until it is.

// AppendJSON implements jsonbuf.Appender.
func (c Contact) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "kind"), c.Kind)
	b = jsonbuf.StringField(b, "value", c.Value)
	b = jsonbuf.OmitEmpty(b, "label", c.Label)
	b = jsonbuf.OmitFalse(b, "domestic", c.Domestic)
	return append(b, '}')
}

// AppendJSON implements jsonbuf.Appender.
func (e EmergencyNumber) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "service"), e.Service)
	b = jsonbuf.StringField(b, "number", e.Number)
	b = jsonbuf.OmitEmpty(b, "label", e.Label)
	b = jsonbuf.OmitEmpty(b, "country", e.Country)
	return append(b, '}')
}

// AppendJSON implements jsonbuf.Appender.
func (s ServiceCard) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "id"), s.ID)
	b = jsonbuf.StringField(b, "name", s.Name)
	b = jsonbuf.OmitEmpty(b, "description", s.Description)
	b = jsonbuf.StringField(b, "kind", s.Kind)
	b = jsonbuf.List(jsonbuf.Field(b, "contacts"), s.Contacts)
	b = jsonbuf.OmitEmpty(b, "hours", s.Hours)
	if s.OpenNow != nil {
		b = jsonbuf.Bool(jsonbuf.Field(b, "open_now"), *s.OpenNow)
	}
	b = jsonbuf.Bool(jsonbuf.Field(b, "verified"), s.Verified)
	b = jsonbuf.OmitEmpty(b, "verified_on", s.VerifiedOn)
	b = jsonbuf.OmitEmpty(b, "source", s.Source)
	if len(s.Cautions) > 0 {
		b = jsonbuf.Strings(jsonbuf.Field(b, "cautions"), s.Cautions)
	}
	return append(b, '}')
}

// AppendJSON implements jsonbuf.Appender.
func (q QuickReply) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "label"), q.Label)
	b = jsonbuf.StringField(b, "action", q.Action)
	b = jsonbuf.StringField(b, "value", q.Value)
	return append(b, '}')
}

// AppendJSON implements jsonbuf.Appender.
func (a Attachment) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "kind"), a.Kind)
	b = jsonbuf.Int(jsonbuf.Field(b, "size"), a.Size)
	return append(b, '}')
}

// AppendContent appends what the reply says, as fields after the first:
// ,"text":..., then "emergency", "services" and "quick_replies" when set.
// A reply the engine filled from a kept answer and nobody changed since
// has these bytes made once (memo.go).
func (r *Reply) AppendContent(b []byte) []byte {
	if c := r.kept; c != nil && c.made(r) {
		return append(b, c.content()...)
	}
	return r.appendContent(b)
}

func (r *Reply) appendContent(b []byte) []byte {
	b = jsonbuf.StringField(b, "text", r.Text)
	if len(r.Emergency) > 0 {
		b = jsonbuf.List(jsonbuf.Field(b, "emergency"), r.Emergency)
	}
	if len(r.Services) > 0 {
		b = jsonbuf.List(jsonbuf.Field(b, "services"), r.Services)
	}
	if len(r.QuickReplies) > 0 {
		b = jsonbuf.List(jsonbuf.Field(b, "quick_replies"), r.QuickReplies)
	}
	return b
}

// AppendJSON implements jsonbuf.Appender.
func (r *Reply) AppendJSON(b []byte) []byte { return r.appendJSON(b, false) }

// appendJSON writes the reply; byRef writes a shared content as
// "content": its name (SharedContent) instead of its fields.
func (r *Reply) appendJSON(b []byte, byRef bool) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "channel"), string(r.Channel))
	b = jsonbuf.StringField(b, "conversation", r.Conversation)
	b = jsonbuf.StringField(b, "from", r.From)
	b = jsonbuf.StringField(b, "language", r.Language)
	var ref string
	var shared bool
	if byRef {
		ref, _, shared = r.SharedContent()
	}
	if shared {
		b = jsonbuf.StringField(b, "content", ref)
	} else {
		b = r.AppendContent(b)
	}
	b = jsonbuf.OmitEmpty(b, "priority", string(r.Priority))
	b = jsonbuf.OmitEmpty(b, "case", r.Case)
	b = jsonbuf.OmitEmpty(b, "in_reply_to", r.InReplyTo)
	return append(b, '}')
}

// SharedContent is what a reply says (AppendContent) when the engine filled
// it from a kept answer and nobody changed it since, with a name that is
// the same for the same bytes: many answers say the same, and a store can
// keep those bytes once and write only their name with each answer
// (Entry.AppendStored). ok is false for any other reply. The bytes are
// shared: callers must not change them.
func (r *Reply) SharedContent() (ref string, content []byte, ok bool) {
	if c := r.kept; c != nil && c.made(r) {
		return c.ref(), c.content(), true
	}
	return "", nil, false
}

// SetContent reads what a reply says, as AppendContent wrote it, into r:
// the other half of a reply stored by its content's name.
func (r *Reply) SetContent(content []byte) error {
	if len(content) < 2 || content[0] != ',' {
		return fmt.Errorf("reply content: not a list of fields")
	}
	obj := make([]byte, 0, len(content)+1)
	obj = append(append(append(obj, '{'), content[1:]...), '}')
	var c struct {
		Text         string            `json:"text"`
		Emergency    []EmergencyNumber `json:"emergency"`
		Services     []ServiceCard     `json:"services"`
		QuickReplies []QuickReply      `json:"quick_replies"`
	}
	if err := json.Unmarshal(obj, &c); err != nil {
		return fmt.Errorf("reply content: %w", err)
	}
	r.Text, r.Emergency, r.Services, r.QuickReplies = c.Text, c.Emergency, c.Services, c.QuickReplies
	return nil
}

// AppendJSON implements jsonbuf.Appender.
func (e Entry) AppendJSON(b []byte) []byte { return e.appendJSON(b, false) }

// AppendStored is AppendJSON for a store: a reply with a SharedContent
// has its name, "content", in place of what it says.
func (e Entry) AppendStored(b []byte) []byte { return e.appendJSON(b, true) }

func (e Entry) appendJSON(b []byte, byRef bool) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "seq"), e.Seq)
	b = jsonbuf.StringField(b, "from", e.From)
	b = jsonbuf.OmitEmpty(b, "client_id", e.ClientID)
	b = jsonbuf.StringField(b, "text", e.Text)
	if e.Reply != nil {
		b = e.Reply.appendJSON(jsonbuf.Field(b, "reply"), byRef)
	}
	if len(e.Attachments) > 0 {
		b = jsonbuf.List(jsonbuf.Field(b, "attachments"), e.Attachments)
	}
	b = jsonbuf.Time(jsonbuf.Field(b, "at"), e.At)
	return append(b, '}')
}

// AppendJSON implements jsonbuf.Appender.
func (s State) AppendJSON(b []byte) []byte {
	b = jsonbuf.String(jsonbuf.Open(b, "conversation"), s.Conversation)
	b = jsonbuf.StringField(b, "channel", string(s.Channel))
	b = jsonbuf.OmitEmpty(b, "language", s.Language)
	b = jsonbuf.OmitFalse(b, "language_chosen", s.LanguageChosen)
	b = jsonbuf.OmitEmpty(b, "country", s.Country)
	b = jsonbuf.OmitFalse(b, "country_chosen", s.CountryChosen)
	b = jsonbuf.OmitEmpty(b, "nationality", s.Nationality)
	b = jsonbuf.OmitEmpty(b, "priority", string(s.Priority))
	b = jsonbuf.OmitEmpty(b, "sector", s.Sector)
	b = jsonbuf.OmitEmpty(b, "case", s.Case)
	if s.Messages != 0 {
		b = jsonbuf.Int(jsonbuf.Field(b, "messages"), int64(s.Messages))
	}
	if len(s.Recent) > 0 {
		b = jsonbuf.Strings(jsonbuf.Field(b, "recent"), s.Recent)
	}
	b = jsonbuf.OmitFalse(b, "unreachable", s.Unreachable)
	b = jsonbuf.Time(jsonbuf.Field(b, "updated"), s.Updated)
	return append(b, '}')
}
