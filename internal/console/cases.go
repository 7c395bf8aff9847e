package console

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"helpbot/internal/queue"
	"helpbot/internal/triage"
)

// MaxTextRunes caps a reply or a note, as the widget caps a message.
const MaxTextRunes = 4000

// Outcomes a case may be resolved with: short codes, never free text
// about the person.
var Outcomes = []string{"referred", "advice_given", "emergency_response", "no_response", "duplicate", "not_in_scope", "other"}

type caseJSON struct {
	ID           string     `json:"id"`
	Status       string     `json:"status"`
	Priority     string     `json:"priority"`
	Channel      string     `json:"channel"`
	Language     string     `json:"language"`
	Country      string     `json:"country"`
	Nationality  string     `json:"nationality"`
	Sector       string     `json:"sector"`
	Signals      []string   `json:"signals"`
	SignalWords  []string   `json:"signal_words"`
	Summary      string     `json:"summary"`
	CreatedAt    time.Time  `json:"created_at"`
	Holder       string     `json:"holder"`
	LeaseUntil   *time.Time `json:"lease_until,omitempty"`
	Outcome      string     `json:"outcome,omitempty"`
	FirstClaimed *time.Time `json:"first_claimed_at,omitempty"`
	FirstReply   *time.Time `json:"first_reply_at,omitempty"`
	LastActivity *time.Time `json:"last_activity_at,omitempty"`
	ResolvedAt   *time.Time `json:"resolved_at,omitempty"`
	Messages     int        `json:"messages"`
}

func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func toJSON(k queue.Case) caseJSON {
	sig := k.Signals
	if sig == nil {
		sig = []string{}
	}
	return caseJSON{
		ID: k.ID, Status: string(k.Status), Priority: string(k.Priority), Channel: string(k.Channel),
		Language: k.Language, Country: k.Country, Nationality: k.Nationality, Sector: k.Sector,
		Signals: sig, SignalWords: SignalWords(sig), Summary: k.Summary, CreatedAt: k.Created.UTC(),
		Holder: k.Holder, LeaseUntil: optTime(k.LeaseUntil), Outcome: k.Outcome,
		FirstClaimed: optTime(k.FirstClaimed), FirstReply: optTime(k.FirstReply),
		LastActivity: optTime(k.LastActivity), ResolvedAt: optTime(k.Resolved), Messages: k.Messages,
	}
}

// signalWords says each signal the triage engine raises in plain words.
var signalWords = map[string]string{
	"confinement":            "locked in or cannot leave",
	"locked_in":              "locked in or cannot leave",
	"cannot_leave":           "cannot leave",
	"documents_withheld":     "passport or documents taken",
	"passport_withheld":      "passport or documents taken",
	"passport":               "passport or documents taken",
	"violence":               "physical violence",
	"physical_abuse":         "physical violence",
	"sexual_violence":        "sexual violence",
	"sexual_abuse":           "sexual violence",
	"sexual_exploitation":    "sexual exploitation",
	"threats":                "threats",
	"threat":                 "threats",
	"debt_bondage":           "debt bondage",
	"debt":                   "debt to an employer or agent",
	"wage_theft":             "wages unpaid or withheld",
	"unpaid_wages":           "wages unpaid or withheld",
	"forced_labour":          "forced labour",
	"forced_labor":           "forced labour",
	"trafficking":            "trafficking",
	"forced_marriage":        "forced marriage",
	"child":                  "a child may be involved",
	"minor":                  "a child may be involved",
	"self_harm":              "risk of self-harm",
	"suicide":                "risk of suicide",
	"medical":                "needs medical help",
	"injury":                 "injured",
	"immediate_danger":       "in danger now",
	"danger":                 "in danger",
	"no_food":                "no food or water",
	"deception":              "deceived about the job",
	"recruitment_fees":       "recruitment fees",
	"isolation":              "isolated",
	"excessive_hours":        "excessive working hours",
	"at_sea":                 "at sea",
	"abandoned":              "abandoned",
	"detention":              "detained",
	"arrest":                 "arrested or afraid of arrest",
	"undocumented":           "no valid papers",
	"help_request":           "asks for help",
	"emergency":              "emergency",
	"movement_restriction":   "movement restricted",
	"threat_to_kill":         "threatened with death",
	"forced_sex_work":        "forced into sex work",
	"kidnapping":             "kidnapped or held",
	"sold":                   "sold or bought",
	"minor_at_risk":          "a child may be at risk",
	"medical_emergency":      "needs medical help now",
	"sos":                    "calls for help (SOS)",
	"document_retention":     "passport or documents taken",
	"wage_withholding":       "wages unpaid or withheld",
	"excessive_overtime":     "excessive working hours",
	"intimidation":           "intimidated or threatened",
	"abusive_conditions":     "abusive working or living conditions",
	"abuse_of_vulnerability": "abuse of their vulnerability",
	"family_unreachable":     "a relative cannot be reached",
	"urgent_wording":         "urgent in its wording (no keyword)",
	"analysis_failed":        "helpbot could not read it: please read it yourself",
}

// SignalWords says signals in plain words; an unknown signal is shown
// with its underscores as spaces.
func SignalWords(signals []string) []string {
	out := make([]string, 0, len(signals))
	for _, s := range signals {
		w, ok := signalWords[strings.ToLower(s)]
		if !ok {
			w = strings.NewReplacer("_", " ", "-", " ", ":", ": ").Replace(s)
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

var idRE = regexp.MustCompile(`^[a-z0-9]{1,64}$`)

func caseID(r *http.Request) (string, error) {
	id := r.PathValue("id")
	if !idRE.MatchString(id) {
		return "", errorf(http.StatusNotFound, "case not found")
	}
	return id, nil
}

// canSee reports whether u may see a case: supervisors see all, a
// caseworker the queued cases and their own.
func canSee(u *user, k queue.Case) bool {
	return u.supervisor() || k.Status == queue.StatusQueued || k.Holder == u.Name
}

// visible loads a case u may see.
// visibleCase is the case the request names, when u may see it.
func (c *Console) visibleCase(r *http.Request, u *user) (queue.Case, error) {
	id, err := caseID(r)
	if err != nil {
		return queue.Case{}, err
	}
	k, err := c.d.Queue.Get(r.Context(), id)
	if err != nil {
		return k, err
	}
	if !canSee(u, k) {
		return k, errorf(http.StatusForbidden, k.Holder+" holds this case")
	}
	return k, nil
}

func (c *Console) handleList(w http.ResponseWriter, r *http.Request, u *user) {
	ctx := r.Context()
	f := queue.Filter{}
	switch st := r.URL.Query().Get("status"); st {
	case "", "open":
	case "queued", "claimed", "resolved":
		f.Status = queue.Status(st)
	default:
		c.fail(w, r, errorf(http.StatusBadRequest, "status must be open, queued, claimed or resolved"))
		return
	}
	if f.Status == queue.StatusResolved && !u.supervisor() {
		f.Holder = u.Name
	}
	list, err := c.d.Queue.List(ctx, f)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	counts, err := c.d.Queue.Counts(ctx)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	out := make([]caseJSON, 0, len(list))
	for _, k := range list {
		if canSee(u, k) {
			out = append(out, toJSON(k))
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"cases":  out,
		"counts": map[string]any{"queued": countMap(counts.Queued), "claimed": countMap(counts.Claimed)},
		"now":    c.o.Now().UTC(),
	})
}

func countMap(m map[triage.Priority]int) map[string]int {
	out := map[string]int{"critical": 0, "high": 0, "normal": 0}
	for p, n := range m {
		out[string(p)] += n
	}
	return out
}

type entryJSON struct {
	Seq         string              `json:"seq"`
	From        string              `json:"from"`
	Text        string              `json:"text"`
	At          time.Time           `json:"at"`
	Language    string              `json:"language,omitempty"`
	Attachments []triage.Attachment `json:"attachments,omitempty"`
}

func (c *Console) handleGet(w http.ResponseWriter, r *http.Request, u *user) {
	ctx := r.Context()
	k, err := c.visibleCase(r, u)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	transcript := []entryJSON{}
	available := true
	entries, err := c.d.Conversations.Since(ctx, k.Conversation, "")
	if err != nil {
		c.log.Warn("read transcript for console", "case_id", k.ID, "err", err)
		available = false
	}
	for _, e := range entries {
		ej := entryJSON{Seq: e.Seq, From: e.From, Text: e.Text, At: e.At.UTC(), Attachments: e.Attachments}
		if e.Reply != nil {
			ej.Language = e.Reply.Language
		}
		transcript = append(transcript, ej)
	}
	notes := k.Notes
	if notes == nil {
		notes = []queue.Note{}
	}
	c.recordView(ctx, u.Name, k.ID)
	writeJSON(w, http.StatusOK, map[string]any{
		"case":                 toJSON(k),
		"transcript":           transcript,
		"transcript_available": available,
		"notes":                notes,
		"outcomes":             Outcomes,
		"now":                  c.o.Now().UTC(),
	})
}

// recordView audits a view of a case, at most once a minute per
// caseworker and case (the page reloads a case whenever it changes).
func (c *Console) recordView(ctx context.Context, actor, id string) {
	now := c.o.Now()
	key := actor + "\x00" + id
	c.viewMu.Lock()
	last, ok := c.viewed[key]
	if !ok || now.Sub(last) >= time.Minute {
		c.viewed[key] = now
	}
	if len(c.viewed) > 10000 {
		for k, t := range c.viewed {
			if now.Sub(t) >= time.Minute {
				delete(c.viewed, k)
			}
		}
	}
	c.viewMu.Unlock()
	if !ok || now.Sub(last) >= time.Minute {
		c.audit(ctx, id, "viewed", actor, nil)
	}
}

func (c *Console) handleClaim(w http.ResponseWriter, r *http.Request, u *user) {
	ctx := r.Context()
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	l, err := c.d.Queue.Claim(ctx, id, u.Name)
	if errors.Is(err, queue.ErrHeld) {
		msg := "another caseworker has just claimed this case"
		if k, gerr := c.d.Queue.Get(ctx, id); gerr == nil && k.Holder != "" {
			msg = k.Holder + " has just claimed this case"
		}
		c.fail(w, r, errorf(http.StatusConflict, msg))
		return
	}
	if err != nil {
		c.fail(w, r, err)
		return
	}
	c.log.Info("case claimed in console", "case_id", id, "caseworker", u.Name)
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "holder": u.Name, "lease_until": l.Until.UTC()})
}

func (c *Console) handleClaimNext(w http.ResponseWriter, r *http.Request, u *user) {
	l, err := c.d.Queue.ClaimNext(r.Context(), u.Name, u.Languages)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": l.Case, "holder": u.Name, "lease_until": l.Until.UTC()})
}

func (c *Console) handleRenew(w http.ResponseWriter, r *http.Request, u *user) {
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	l, err := c.d.Queue.Renew(r.Context(), id, u.Name)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "lease_until": l.Until.UTC()})
}

// readText reads {"text"} and checks it.
func readText(w http.ResponseWriter, r *http.Request) (string, error) {
	var in struct {
		Text string `json:"text"`
	}
	if err := decode(w, r, &in); err != nil {
		return "", err
	}
	t := strings.TrimSpace(in.Text)
	switch {
	case !utf8.ValidString(t):
		return "", errorf(http.StatusBadRequest, "the text is not valid UTF-8")
	case t == "":
		return "", errorf(http.StatusBadRequest, "the text is empty")
	case utf8.RuneCountInString(t) > MaxTextRunes:
		return "", errorf(http.StatusBadRequest, fmt.Sprintf("the text is longer than %d characters", MaxTextRunes))
	}
	return t, nil
}

func (c *Console) handleReply(w http.ResponseWriter, r *http.Request, u *user) {
	ctx := r.Context()
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	text, err := readText(w, r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	// Holding the case is checked (and the lease extended) before anything
	// goes to the person.
	if _, err := c.d.Queue.Renew(ctx, id, u.Name); err != nil {
		c.fail(w, r, err)
		return
	}
	k, err := c.d.Queue.Get(ctx, id)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	err = c.d.Sender.Send(ctx, triage.Reply{
		Channel: k.Channel, Conversation: k.Conversation, From: triage.FromCaseworker,
		Language: k.Language, Text: text, Case: k.ID,
	})
	if err != nil {
		c.log.Warn("caseworker reply not delivered", "case_id", k.ID, "channel", string(k.Channel), "err", err)
		c.audit(ctx, k.ID, "reply_failed", u.Name, map[string]string{"channel": string(k.Channel)})
		c.fail(w, r, errorf(http.StatusBadGateway, "the reply could not be delivered; try again"))
		return
	}
	if err := c.d.Queue.RecordMessage(ctx, k.ID, triage.FromCaseworker, u.Name); err != nil {
		// The person has the reply; only the case's record of it is missing.
		c.log.Warn("record caseworker reply on case", "case_id", k.ID, "err", err)
	}
	c.log.Info("caseworker reply sent", "case_id", k.ID, "channel", string(k.Channel), "caseworker", u.Name)
	writeJSON(w, http.StatusOK, map[string]any{"delivery": "sent", "at": c.o.Now().UTC()})
}

func (c *Console) handleNote(w http.ResponseWriter, r *http.Request, u *user) {
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	text, err := readText(w, r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	if err := c.d.Queue.AddNote(r.Context(), id, u.Name, text); err != nil {
		c.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id})
}

func (c *Console) handleRelease(w http.ResponseWriter, r *http.Request, u *user) {
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	if err := c.d.Queue.Release(r.Context(), id, u.Name); err != nil {
		c.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "status": queue.StatusQueued})
}

func (c *Console) handleTransfer(w http.ResponseWriter, r *http.Request, u *user) {
	ctx := r.Context()
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	var in struct {
		To string `json:"to"`
	}
	if err := decode(w, r, &in); err != nil {
		c.fail(w, r, err)
		return
	}
	to := strings.ToLower(strings.TrimSpace(in.To))
	if !ValidName(to) {
		c.fail(w, r, errorf(http.StatusBadRequest, "name the caseworker to transfer to"))
		return
	}
	a, err := c.d.Accounts.Account(ctx, to)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	if a.Disabled {
		c.fail(w, r, errorf(http.StatusBadRequest, "that caseworker's account is disabled"))
		return
	}
	if !u.supervisor() {
		if to == u.Name {
			c.fail(w, r, errorf(http.StatusBadRequest, "you already hold this case"))
			return
		}
		l, err := c.d.Queue.Transfer(ctx, id, u.Name, to)
		if err != nil {
			c.fail(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"id": id, "holder": to, "lease_until": l.Until.UTC()})
		return
	}
	// A supervisor reassigns any open case, held or queued.
	k, err := c.d.Queue.Get(ctx, id)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	var l queue.Lease
	switch k.Status {
	case queue.StatusClaimed:
		if k.Holder == to {
			c.fail(w, r, errorf(http.StatusBadRequest, to+" already holds this case"))
			return
		}
		l, err = c.d.Queue.Transfer(ctx, id, k.Holder, to)
	case queue.StatusQueued:
		l, err = c.d.Queue.Claim(ctx, id, to)
	default:
		err = queue.ErrResolved
	}
	if errors.Is(err, queue.ErrNotHolder) || errors.Is(err, queue.ErrHeld) {
		err = errorf(http.StatusConflict, "the case changed hands just now; look again")
	}
	if err != nil {
		c.fail(w, r, err)
		return
	}
	c.audit(ctx, id, "reassigned", u.Name, map[string]string{"from": k.Holder, "to": to})
	c.log.Info("case reassigned", "case_id", id, "supervisor", u.Name, "to", to)
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "holder": to, "lease_until": l.Until.UTC()})
}

// handleErase erases the person's conversation at their request: its
// transcript and state go at once, and the case is resolved as "erased",
// which clears its summary line and notes (the record of who did what
// stays for the audit, and expires with the retention period). Only the
// holder may do it.
func (c *Console) handleErase(w http.ResponseWriter, r *http.Request, u *user) {
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	k, err := c.d.Queue.Get(r.Context(), id)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	if k.Status != queue.StatusClaimed || k.Holder != u.Name {
		c.fail(w, r, errorf(http.StatusForbidden, "claim the case before erasing its conversation"))
		return
	}
	if err := c.d.Conversations.Erase(r.Context(), k.Conversation); err != nil {
		c.fail(w, r, err)
		return
	}
	if err := c.d.Queue.Resolve(r.Context(), id, u.Name, "erased"); err != nil {
		c.fail(w, r, err)
		return
	}
	c.audit(r.Context(), id, "erased", u.Name, nil)
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "status": queue.StatusResolved, "outcome": "erased"})
}

func (c *Console) handleResolve(w http.ResponseWriter, r *http.Request, u *user) {
	id, err := caseID(r)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	var in struct {
		Outcome string `json:"outcome"`
	}
	if err := decode(w, r, &in); err != nil {
		c.fail(w, r, err)
		return
	}
	if !slices.Contains(Outcomes, in.Outcome) {
		c.fail(w, r, errorf(http.StatusBadRequest, "outcome must be one of "+strings.Join(Outcomes, ", ")))
		return
	}
	if err := c.d.Queue.Resolve(r.Context(), id, u.Name, in.Outcome); err != nil {
		c.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "status": queue.StatusResolved, "outcome": in.Outcome})
}

type cardJSON struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Verified bool   `json:"verified"`
	Text     string `json:"text"` // ready to insert in a reply, in the person's language
}

// handleServices offers directory cards in the person's language for the
// case's country, each as text to insert in a reply.
func (c *Console) handleServices(w http.ResponseWriter, r *http.Request, u *user) {
	k, err := c.visibleCase(r, u)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	lang := k.Language
	if !triage.SupportedLanguage(lang) {
		lang = "en"
	}
	cards := []cardJSON{}
	if c.d.Directory != nil {
		help := c.d.Directory.Find(triage.Query{
			Country: k.Country, Language: lang, Sector: k.Sector, Nationality: k.Nationality,
			Priority: k.Priority, Now: c.o.Now(), Limit: 10,
		})
		if len(help.Emergency) > 0 {
			name := "Emergency numbers"
			if help.CountryName != "" {
				name += " — " + help.CountryName
			}
			text := strings.TrimSpace(triage.PlainText(triage.Reply{Language: lang, Emergency: help.Emergency}, c.d.Text))
			cards = append(cards, cardJSON{ID: "emergency", Name: name, Kind: "emergency", Verified: true, Text: text})
		}
		for _, s := range help.Services {
			text := strings.TrimSpace(triage.PlainText(triage.Reply{Language: lang, Services: []triage.ServiceCard{s}}, c.d.Text))
			text = strings.TrimSpace(strings.TrimPrefix(text, "•"))
			if s.Description != "" {
				text = s.Name + "\n" + s.Description + strings.TrimPrefix(text, s.Name)
			}
			cards = append(cards, cardJSON{ID: s.ID, Name: s.Name, Kind: s.Kind, Verified: s.Verified, Text: text})
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"language": lang, "country": k.Country, "services": cards})
}
