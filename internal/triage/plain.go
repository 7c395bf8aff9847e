package triage

import "strings"

// PlainText renders a reply for a text-only channel (Telegram, email, the
// triage command): the reply's first paragraph, then the emergency numbers,
// then the services with their contacts, then the rest of the text (what
// happens next, safety advice), so the numbers come right after "call now".
func PlainText(r Reply, t Localizer) string {
	var b strings.Builder
	b.Grow(len(r.Text) + 64*len(r.Emergency) + 256*len(r.Services))
	lead, rest, _ := strings.Cut(r.Text, "\n\n")
	b.WriteString(lead)
	if len(r.Emergency) > 0 {
		b.WriteString("\n\n")
		for i, n := range r.Emergency {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString("☎ ")
			b.WriteString(n.Label)
			b.WriteString(": ")
			b.WriteString(n.Number)
		}
	}
	for _, s := range r.Services {
		b.WriteString("\n\n• ")
		b.WriteString(s.Name)
		if !s.Verified && t != nil {
			b.WriteString(" (")
			b.WriteString(t.Text(r.Language, "bot.unverified", nil))
			b.WriteString(")")
		}
		if s.Hours != "" {
			b.WriteString(" — ")
			b.WriteString(s.Hours)
		}
		for _, c := range s.Contacts {
			b.WriteString("\n  ")
			if t != nil {
				b.WriteString(t.Text(r.Language, "contact."+c.Kind, nil))
				b.WriteString(": ")
			}
			if c.Label != "" {
				b.WriteString(c.Label)
			} else {
				b.WriteString(c.Value)
			}
		}
	}
	if rest != "" {
		b.WriteString("\n\n")
		b.WriteString(rest)
	}
	return b.String()
}
