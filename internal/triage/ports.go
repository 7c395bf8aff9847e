package triage

import (
	"context"
	"errors"
	"time"
)

// ErrUnavailable reports that a backing store could not be reached. The
// engine still answers the person when it sees it.
var ErrUnavailable = errors.New("store unavailable")

// Conversations keeps conversation state and transcripts. Implementations
// expire both after a retention period.
type Conversations interface {
	// Load returns the state of a conversation, or a zero State with the
	// given id when there is none yet.
	Load(ctx context.Context, conversation string) (State, error)
	// Save stores the state and renews its expiry.
	Save(ctx context.Context, s State) error
	// Append adds an entry to the transcript and returns it with Seq set. An
	// entry whose ClientID the conversation has already seen is not added
	// again: the stored entry comes back with dup set.
	Append(ctx context.Context, conversation string, e Entry) (stored Entry, dup bool, err error)
	// Since returns the entries after seq ("" for all kept), oldest first.
	Since(ctx context.Context, conversation, seq string) ([]Entry, error)
	// Receive appends a person's entry as Append does and returns the
	// conversation's state with it, in one step.
	Receive(ctx context.Context, conversation string, e Entry) (s State, stored Entry, dup bool, err error)
	// Commit saves the state and appends the bot's entry, in one step.
	Commit(ctx context.Context, s State, e Entry) (Entry, error)
	// SettleMany, for each request in order, appends the person's entry as
	// Receive does and, when the conversation's stored state is still Prev
	// (nothing stored, for a conversation whose Prev has no messages), also
	// saves Next and appends the bot's Answer, all in one step. When the stored state is not Prev,
	// or the entry is a duplicate, only what Receive does is done and the
	// stored state comes back, for the caller to finish with Commit. The
	// requests go to the store together; each has its own outcome and
	// error, at the same index.
	SettleMany(ctx context.Context, reqs []SettleRequest) ([]Settled, []error)
}

// SettleRequest is one message for Conversations.SettleMany.
type SettleRequest struct {
	Conversation string
	Person       Entry
	Prev, Next   State
	Answer       Entry
}

// Settled is what Conversations.SettleMany did with one request.
type Settled struct {
	State     State // the stored state the message arrived in (as Receive returns it)
	Received  Entry // the person's entry as stored
	Duplicate bool  // the entry had been stored before; nothing else was done
	Applied   bool  // the stored state was prev: next and Answer are stored
	Answer    Entry // the answer as stored, when Applied
}

// Query asks the directory for help for one person.
type Query struct {
	Country     string // where the person is now; "" when unknown
	Language    string // the language to answer in
	Sector      string
	Nationality string
	Priority    Priority
	Now         time.Time
	Limit       int // services to return; 0 means the directory's default
}

// Help is the directory's answer to a Query, localized to its Language.
type Help struct {
	Country     string            // the country answered for ("" when unknown)
	CountryName string            // localized
	Known       bool              // the directory has a file for Country
	Emergency   []EmergencyNumber // numbers that work where the person is
	Services    []ServiceCard     // ranked, best first
}

// Directory finds the services to offer. It must answer from memory: urgent
// help never waits on anything that can fail. It may give the same slices
// again for the same query, and must never change slices it has given
// (new content comes in new slices): the Engine keeps the answers it
// composed by the identity of those slices (memo.go). Callers must not
// change them either.
type Directory interface {
	Find(q Query) Help
}

// Escalation asks for a human to see a conversation.
type Escalation struct {
	Conversation string
	Channel      Channel
	Language     string
	Country      string
	Nationality  string
	Priority     Priority
	Signals      []string
	Sector       string
	MessageID    string // the message that escalated, so a retry creates no second case
	Summary      string // the first line of the message, for the queue view
	At           time.Time
}

// CaseQueue turns escalations into cases for caseworkers.
type CaseQueue interface {
	// Escalate opens a case for the conversation, or joins its open case
	// (raising its priority when this one is higher), and returns the case id.
	// It must not lose an escalation it returned nil for.
	Escalate(ctx context.Context, e Escalation) (caseID string, err error)
}

// Localizer returns interface text in a language, falling back to English.
type Localizer interface {
	Text(lang, id string, data map[string]any) string
}

// Sender delivers a reply on one channel. Implementations must be safe for
// concurrent use.
type Sender interface {
	Send(ctx context.Context, r Reply) error
}

// CaseActivity is implemented by case queues that record the messages of an
// open case, so the caseworker console shows that the person wrote again.
type CaseActivity interface {
	RecordMessage(ctx context.Context, caseID, from, worker string) error
}
