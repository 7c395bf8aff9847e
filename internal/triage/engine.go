package triage

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"helpbot/internal/triage/detect"
)

// Engine answers messages: it reads each one, remembers the conversation,
// replies in the person's language with the right help, and escalates urgent
// conversations to the case queue.
type Engine struct {
	Directory     Directory
	Conversations Conversations
	Cases         CaseQueue // nil: nothing is escalated (helpbot triage)
	Text          Localizer
	Logger        *slog.Logger
	Now           func() time.Time

	answers memo // kept answers (memo.go)
}

// Assessment is what the engine made of one message, before any state is
// stored.
type Assessment struct {
	detect.Result
	Reply Reply

	composed *composed // the kept answer Reply was filled from (memo.go)
}

// Result is the outcome of handling a message.
type Result struct {
	Assessment
	// Received is the person's message as stored in the transcript.
	Received Entry
	// Answer is the bot's reply as stored (Seq may be empty when the store
	// was down: the reply is still given).
	Answer Entry
	// Duplicate is set when the message had been handled before: nothing
	// was recorded or escalated again and Answer is empty; the Assessment
	// still holds the reply.
	Duplicate bool
	// State is the conversation's state after the message.
	State State
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

func (e *Engine) logger() *slog.Logger {
	if e.Logger != nil {
		return e.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Assess triages one message in the light of the conversation state without
// storing anything. It never fails: it is what `helpbot triage` prints.
func (e *Engine) Assess(m Message, s State) Assessment {
	in := detect.Input{
		Text:             m.Text,
		Locale:           m.Hints.Locale,
		TimeZone:         m.Hints.TimeZone,
		Phone:            m.Hints.Phone,
		Email:            m.Hints.Email,
		TelegramLanguage: m.Hints.TelegramLanguage,
		ChosenLanguage:   firstNonEmpty(m.Hints.Language, chosen(s.LanguageChosen, s.Language)),
		ChosenCountry:    firstNonEmpty(m.Hints.Country, chosen(s.CountryChosen, s.Country)),
		PriorLanguage:    s.Language,
		PriorCountry:     s.Country,
		Recent:           s.Recent,
	}
	r := e.analyze(in)
	a := Assessment{Result: r}
	if r.Nationality == "" {
		a.Nationality = s.Nationality
	}
	a.Reply, a.composed = e.compose(m, s, a)
	return a
}

// AnalysisFailed is the signal of a message the detector could not read
// (a fault in helpbot, never in the message): it is escalated for a human
// to read, and the person gets the emergency numbers all the same.
const AnalysisFailed = "analysis_failed"

// analyze runs the detector. A panic there is a bug, but one message must
// not take the desk down with it, nor be lost: the message is escalated
// as high, in the conversation's language and country, with the signal
// AnalysisFailed. The log says what failed, never the text.
func (e *Engine) analyze(in detect.Input) (r detect.Result) {
	defer func() {
		if p := recover(); p != nil {
			e.logger().Error("the detector failed on a message; escalated for a human to read", "panic", fmt.Sprint(p))
			lang := firstNonEmpty(in.ChosenLanguage, in.PriorLanguage)
			if !SupportedLanguage(lang) {
				lang = "en"
			}
			r = detect.Result{Text: strings.ToValidUTF8(in.Text, "\uFFFD"), Language: lang, ReplyLanguage: lang,
				Country: firstNonEmpty(in.ChosenCountry, in.PriorCountry), Priority: string(High),
				Signals: []string{AnalysisFailed}}
		}
	}()
	return detectAnalyze(in)
}

// detectAnalyze and detectNormalize are the detector; a test puts a
// failing one in their place.
var (
	detectAnalyze   = detect.Analyze
	detectNormalize = detect.Normalize
)

// Handle answers one message and records it. Failures of the conversation
// store or the case queue are logged and do not stop the reply: the person
// always gets the emergency numbers for their country.
func (e *Engine) Handle(ctx context.Context, m Message) (Result, error) {
	if m.Received.IsZero() {
		m.Received = e.now()
	}
	// The person's message is stored (or found to be a retry) and the
	// conversation's state read in one step. When the store is down, answer
	// at once from memory and the directory rather than wait on every later
	// store call; the case queue keeps its own spool.
	// Normalised once: Assess finds the text already normal.
	m.Text = normalize(m.Text)
	s, received, dup, err := e.receive(ctx, m, personEntry(m, m.Text))
	a := e.Assess(m, s)
	if dup {
		// Handled before: nothing is recorded again, but the answer is
		// given, for a channel whose first answer may not have gone out.
		return Result{Assessment: a, Received: received, Duplicate: true}, nil
	}
	return e.finish(ctx, m, s, a, received, err != nil), nil
}

// Settlement is one message for SettleAll: the message, the state its
// assessment was made from, and the assessment it was answered with.
type Settlement struct {
	Message    Message
	Prev       State
	Assessment Assessment
}

// SettleAll records messages that have already been answered, each with
// an Assessment made from its Prev, the conversation's state as the
// channel last saw it, so that the person did not wait on the store: for
// each it stores the message, escalates, and stores the new state and the
// answer. When the stored state is still Prev and nothing is escalated,
// all of that is one step of the store. A message the store has seen
// before is not recorded again (Duplicate).
//
// The messages are settled in order, and their results appended, in the
// same order, to into (which may be reused from an earlier call: the
// results point into it). The messages that open no case are stored
// together: one round trip to the store for each run of them between
// messages that escalate, so that many connections' messages cost the
// store one wakeup, not one each.
func (e *Engine) SettleAll(ctx context.Context, items []Settlement, into []Result) []Result {
	all := slices.Grow(into, len(items))[:len(into)+len(items)]
	out := all[len(into):]
	var run []int // items waiting to be stored together
	var reqs []SettleRequest
	flush := func() {
		if len(run) == 0 {
			return
		}
		settled, errs := e.Conversations.SettleMany(ctx, reqs)
		for k, i := range run {
			out[i] = e.settled(ctx, items[i].Message, items[i].Assessment, reqs[k], settled[k], errs[k])
		}
		run, reqs = run[:0], reqs[:0]
	}
	for i := range items {
		m, a := items[i].Message, items[i].Assessment
		if m.Received.IsZero() {
			m.Received = e.now()
			items[i].Message = m
		}
		// The assessment already holds the normalised text.
		entry := personEntry(m, a.Text)
		if Priority(a.Priority).Escalates() {
			// The case is made between storing the message and the answer;
			// what came before it is stored first.
			flush()
			s, received, dup, err := e.receive(ctx, m, entry)
			if dup {
				out[i] = Result{Assessment: a, Received: received, Duplicate: true}
			} else {
				out[i] = e.finish(ctx, m, s, a, received, err != nil)
			}
			continue
		}
		prev := items[i].Prev
		prev.Conversation, prev.Channel = m.Conversation, m.Channel
		out[i].Assessment = a
		run = append(run, i)
		reqs = append(reqs, SettleRequest{Conversation: m.Conversation, Person: entry, Prev: prev,
			Next: e.remember(prev, m, a), Answer: e.botEntry(&out[i].Reply)})
	}
	flush()
	return all
}

// settled finishes one message of SettleAll from what the store did with
// its request.
func (e *Engine) settled(ctx context.Context, m Message, a Assessment, req SettleRequest, out Settled, err error) Result {
	switch {
	case err != nil:
		e.storeDown(m, err)
		return e.finish(ctx, m, State{Conversation: m.Conversation, Channel: m.Channel}, a, out.Received, true)
	case out.Duplicate:
		return Result{Assessment: a, Received: out.Received, Duplicate: true}
	case !out.Applied:
		// Another connection changed the conversation: finish from what
		// is stored.
		out.State.Conversation, out.State.Channel = m.Conversation, m.Channel
		return e.finish(ctx, m, out.State, a, out.Received, false)
	}
	res := Result{Assessment: a, Received: out.Received, Answer: out.Answer, State: req.Next}
	e.track(ctx, m, &res, false)
	return res
}

// receive stores the person's entry and returns the conversation's state;
// err is set when the store is unavailable (the state is then empty).
func (e *Engine) receive(ctx context.Context, m Message, entry Entry) (State, Entry, bool, error) {
	s, received, dup, err := e.Conversations.Receive(ctx, m.Conversation, entry)
	if err != nil {
		e.storeDown(m, err)
		s = State{}
	}
	s.Conversation, s.Channel = m.Conversation, m.Channel
	return s, received, dup, err
}

func (e *Engine) storeDown(m Message, err error) {
	e.logFor(m).Warn("conversation store unavailable, answering without it", "err", err)
}

// logFor is the logger for lines about one message: its channel and its
// conversation's opaque key, never its text.
func (e *Engine) logFor(m Message) *slog.Logger {
	return e.logger().With("channel", string(m.Channel), "conversation", m.Conversation)
}

// botEntry is the transcript entry of the bot's reply r.
func (e *Engine) botEntry(r *Reply) Entry {
	return Entry{From: FromBot, Text: r.Text, Reply: r, At: e.now()}
}

// finish escalates when the assessment says so and records the new state
// and the answer, unless the store is down.
func (e *Engine) finish(ctx context.Context, m Message, s State, a Assessment, received Entry, storeDown bool) Result {
	res := Result{Assessment: a, Received: received}
	res.State = e.remember(s, m, a)
	escalate := Priority(a.Priority).Escalates() && e.Cases != nil
	if escalate {
		id, err := e.Cases.Escalate(ctx, Escalation{
			Conversation: m.Conversation, Channel: m.Channel, Language: a.ReplyLanguage,
			Country: a.Country, Nationality: a.Nationality, Priority: Priority(a.Priority),
			Signals: a.Signals, Sector: a.Sector, MessageID: m.ID, Summary: summary(a.Text),
			At: m.Received,
		})
		if err != nil {
			// The queue keeps a spool for outages; an error here means even
			// that failed. The person still gets the numbers.
			e.logFor(m).Error("escalate", "err", err, "priority", a.Priority)
		} else {
			res.State.Case = id
			res.Reply.Case = id
		}
	}
	res.Answer = e.botEntry(&res.Reply)
	if !storeDown {
		if answer, err := e.Conversations.Commit(ctx, res.State, res.Answer); err != nil {
			e.logFor(m).Warn("record reply and state", "err", err)
		} else {
			res.Answer = answer
		}
	}
	e.track(ctx, m, &res, escalate)
	return res
}

// track notes the message on the conversation's open case (unless it was
// escalated, which made or joined the case) and logs that it was handled.
func (e *Engine) track(ctx context.Context, m Message, res *Result, escalated bool) {
	if ca, ok := e.Cases.(CaseActivity); ok && !escalated && res.State.Case != "" {
		if err := ca.RecordMessage(ctx, res.State.Case, FromPerson, ""); err != nil {
			e.logger().Debug("record message on case", "err", err, "case", res.State.Case)
		}
	}
	if e.logger().Enabled(ctx, slog.LevelInfo) {
		e.logFor(m).Info("message handled", "language", res.ReplyLanguage, "country", res.Country,
			"priority", res.Priority, "signals", len(res.Signals), "case", res.State.Case)
	}
}

// Record stores a message that was answered while the conversation store
// was down, without answering it again. The bot's answer given then is not
// in the transcript.
func (e *Engine) Record(ctx context.Context, m Message) (Entry, bool, error) {
	if m.Received.IsZero() {
		m.Received = e.now()
	}
	return e.Conversations.Append(ctx, m.Conversation, personEntry(m, normalize(m.Text)))
}

// Choose records an explicit choice of language or country (a picker, a
// button, a command) and returns the bot's acknowledgement as stored in the
// transcript (its Seq is empty when the store was down).
func (e *Engine) Choose(ctx context.Context, conversation string, ch Channel, language, country string) (Entry, error) {
	s, err := e.Conversations.Load(ctx, conversation)
	if err != nil {
		s = State{}
	}
	s.Conversation, s.Channel = conversation, ch
	if language != "" {
		if !SupportedLanguage(language) {
			return Entry{}, &InputError{Msg: "unsupported language"}
		}
		s.Language, s.LanguageChosen = language, true
	}
	if country != "" {
		country = strings.ToUpper(country)
		if !validCountry(country) {
			return Entry{}, &InputError{Msg: "unknown country code"}
		}
		s.Country, s.CountryChosen = country, true
	}
	s.Updated = e.now()
	if err := e.Conversations.Save(ctx, s); err != nil {
		return Entry{}, err
	}
	lang := firstNonEmpty(s.Language, "en")
	r := Reply{Channel: ch, Conversation: conversation, From: FromBot, Language: lang}
	if country != "" {
		h := e.Directory.Find(Query{Country: s.Country, Language: lang, Sector: s.Sector,
			Nationality: s.Nationality, Priority: s.Priority, Now: e.now()})
		r.Text = e.Text.Text(lang, "bot.country_set", map[string]any{"Country": e.countryName(lang, s.Country)})
		r.Emergency = e.labelEmergency(lang, h.Emergency)
		r.Services = h.Services
	} else {
		r.Text = e.Text.Text(lang, "bot.language_set", nil)
	}
	entry := e.botEntry(&r)
	if stored, _, err := e.Conversations.Append(ctx, conversation, entry); err != nil {
		e.logger().Warn("record reply", "err", err, "conversation", conversation)
	} else {
		entry = stored
	}
	return entry, nil
}

// Greeting is the first thing the bot says in a new conversation.
func (e *Engine) Greeting(lang string) Reply {
	if !SupportedLanguage(lang) {
		lang = "en"
	}
	return Reply{From: FromBot, Language: lang, Text: e.Text.Text(lang, "bot.greeting", nil)}
}

// InputError is a problem with what a person sent, safe to show them.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// IsInputError reports whether err is an InputError.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

func (e *Engine) remember(s State, m Message, a Assessment) State {
	s.Language = a.ReplyLanguage
	if m.Hints.Language != "" && SupportedLanguage(m.Hints.Language) {
		s.LanguageChosen = true
	}
	if a.Country != "" && (!s.CountryChosen || a.Country == s.Country) {
		s.Country = a.Country
	}
	if a.Nationality != "" {
		s.Nationality = a.Nationality
	}
	if a.Sector != "" {
		s.Sector = a.Sector
	}
	if p := Priority(a.Priority); s.Priority == "" || p.Rank() < s.Priority.Rank() {
		s.Priority = p
	}
	if a.Language != "" {
		s.Recent = append(s.Recent, a.Language)
		if len(s.Recent) > 5 {
			s.Recent = s.Recent[len(s.Recent)-5:]
		}
	}
	s.Messages++
	s.Updated = e.now()
	return s
}

// compose writes the bot's answer: critical → emergency numbers and 24/7
// lines first; high → the services and the escalation notice; normal → the
// Find Help answer; country unknown → ask.
func (e *Engine) compose(m Message, s State, a Assessment) (Reply, *composed) {
	lang := a.ReplyLanguage
	if !SupportedLanguage(lang) {
		lang = "en"
	}
	pri := Priority(a.Priority)
	r := Reply{Channel: m.Channel, Conversation: m.Conversation, From: FromBot, Language: lang,
		Priority: pri, InReplyTo: m.ID}
	t := func(id string, data map[string]any) string { return e.Text.Text(lang, id, data) }

	if strings.TrimSpace(a.Text) == "" && len(m.Attachments) > 0 {
		r.Text = t("bot.attachment", nil)
		if a.Country == "" {
			r.QuickReplies = e.countryButtons(lang)
		}
		return r, nil
	}

	h := e.Directory.Find(Query{Country: a.Country, Language: lang, Sector: a.Sector,
		Nationality: a.Nationality, Priority: pri, Now: e.now()})
	k := keyFor(lang, a.Country, pri, s.Case != "", h)
	if c, ok := e.answers.get(k); ok {
		c.fill(&r)
		return r, c
	}
	// Clipped: a caller's append cannot write into a kept answer.
	c := &composed{help: h, lang: lang, emergency: slices.Clip(e.labelEmergency(lang, h.Emergency))}
	name := e.countryName(lang, a.Country)

	var parts []string
	switch {
	case pri == Critical && a.Country == "":
		parts = append(parts, t("bot.critical_unknown_country", nil))
	case pri == Critical:
		parts = append(parts, t("bot.critical", nil))
	case pri == High:
		parts = append(parts, t("bot.high", nil))
	case a.Country == "":
		parts = append(parts, t("bot.greeting", nil))
	case !h.Known:
		parts = append(parts, t("bot.no_directory", map[string]any{"Country": name}))
	default:
		parts = append(parts, t("bot.normal", map[string]any{"Country": name}))
	}
	if pri.Escalates() {
		parts = append(parts, t("bot.caseworker_will_write", nil))
		if s.Case != "" {
			parts[len(parts)-1] = t("bot.case_joined", nil)
		}
		parts = append(parts, t("bot.safety", nil))
	}
	if a.Country == "" {
		parts = append(parts, t("bot.ask_country", nil))
		c.quick = e.countryButtons(lang)
	}
	c.text = strings.Join(parts, "\n\n")
	c = e.answers.put(k, c)
	c.fill(&r)
	return r, c
}

// labelEmergency localizes the services' names (or, for numbers listed by
// place, the places' names) and joins numbers that are the same ("Police,
// Ambulance, Fire: 999"; "Malaysia, Singapore: 999"), keeping the order.
func (e *Engine) labelEmergency(lang string, nums []EmergencyNumber) []EmergencyNumber {
	out := make([]EmergencyNumber, 0, len(nums))
	at := map[string]int{}
	for _, n := range nums {
		switch {
		case n.Label != "":
		case n.Country != "":
			n.Label = e.countryName(lang, n.Country)
		default:
			n.Label = e.Text.Text(lang, "service."+n.Service, nil)
		}
		if i, ok := at[n.Number]; ok && n.Service != "sms_police" && out[i].Service != "sms_police" {
			out[i].Label += ", " + n.Label
			if out[i].Country != n.Country {
				out[i].Country = "" // several places
			}
			continue
		}
		at[n.Number] = len(out)
		out = append(out, n)
	}
	return out
}

func (e *Engine) countryName(lang, cc string) string {
	if cc == "" {
		return ""
	}
	if n := e.Text.Text(lang, "country."+cc, nil); n != "" && n != "country."+cc {
		return n
	}
	return cc
}

// Countries are the places helpbot has a directory for, in the order the
// country picker shows them.
var Countries = []string{"BD", "BN", "KH", "HK", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"}

func (e *Engine) countryButtons(lang string) []QuickReply {
	q := make([]QuickReply, 0, len(Countries))
	for _, cc := range Countries {
		q = append(q, QuickReply{Label: e.countryName(lang, cc), Action: "country", Value: cc})
	}
	return q
}

func validCountry(cc string) bool {
	if len(cc) != 2 {
		return false
	}
	for _, r := range cc {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func summary(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	if r := []rune(line); len(r) > 140 {
		line = string(r[:140]) + "…"
	}
	return line
}

func chosen(ok bool, v string) string {
	if ok {
		return v
	}
	return ""
}

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s != "" {
			return s
		}
	}
	return ""
}

// personEntry is a person's message as the transcript keeps it, with its
// text normalised (see normalize).
func personEntry(m Message, text string) Entry {
	return Entry{From: FromPerson, ClientID: m.ID, Text: text, Attachments: m.Attachments, At: m.Received}
}

// normalize is the form of a person's text that is stored and shown to
// caseworkers (NFC; Zawgyi converted to Unicode). Should the normaliser
// fail (a bug), the text is stored as sent, made valid UTF-8.
func normalize(text string) (out string) {
	defer func() {
		if recover() != nil {
			out = strings.ToValidUTF8(text, "\uFFFD")
		}
	}()
	return detectNormalize(text)
}
