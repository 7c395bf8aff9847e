package triage

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"sync/atomic"
	"unsafe"

	"helpbot/internal/jsonbuf"
)

// Answers repeat: the same language, place, priority and directory answer
// give the same words, and a busy desk (or `helpbot triage` over a file)
// would otherwise write the same kilobyte of text for every message. The
// engine keeps what it composed, and its plain text as JSON.
//
// A kept answer is found by what it was made from. The directory's Help is
// recognised by the identity of its slices: a Directory keeps its answer
// to a query for a minute and never changes it (callers must not change
// the slices of a Help); the next minute or a reloaded directory gives new
// slices, so a new entry, and an edit to the directory is never hidden by
// the memo. An entry holds the slices it is keyed on, so their memory is
// not reused for another answer while it lives.

type composeKey struct {
	lang, country string
	pri           Priority
	known, joined bool
	emergency     *EmergencyNumber
	nEmergency    int
	services      *ServiceCard
	nServices     int
}

func keyFor(lang, country string, pri Priority, joined bool, h Help) composeKey {
	return composeKey{lang: lang, country: country, pri: pri, known: h.Known, joined: joined,
		emergency: unsafe.SliceData(h.Emergency), nEmergency: len(h.Emergency),
		services: unsafe.SliceData(h.Services), nServices: len(h.Services)}
}

// composed is a kept answer.
type composed struct {
	help      Help // the directory's answer it was made from (kept alive)
	lang      string
	text      string
	emergency []EmergencyNumber // labelled in the answer's language
	quick     []QuickReply

	plainOnce sync.Once
	plainJSON []byte // PlainText of the answer as a JSON string

	contentOnce sync.Once
	contentJSON []byte // Reply.AppendContent of the answer
	contentRef  string // its name: hex of the first half of its SHA-256
}

// ref names content(): the same bytes, from any process, give the same
// name.
func (c *composed) ref() string {
	c.content()
	return c.contentRef
}

// content is Reply.AppendContent of the answer, made once.
func (c *composed) content() []byte {
	c.contentOnce.Do(func() {
		r := Reply{Language: c.lang}
		c.fill(&r)
		c.contentJSON = r.appendContent(nil)
		sum := sha256.Sum256(c.contentJSON)
		c.contentRef = hex.EncodeToString(sum[:16])
	})
	return c.contentJSON
}

// reply fills r's text, numbers, services and quick replies from c.
func (c *composed) fill(r *Reply) {
	r.Text, r.Emergency, r.Services, r.QuickReplies, r.kept = c.text, c.emergency, c.help.Services, c.quick, c
}

// made reports whether r still holds what c gave it.
func (c *composed) made(r *Reply) bool {
	return r.Language == c.lang && r.Text == c.text && unsafe.SliceData(r.Emergency) == unsafe.SliceData(c.emergency) &&
		len(r.Emergency) == len(c.emergency) && unsafe.SliceData(r.Services) == unsafe.SliceData(c.help.Services) &&
		len(r.Services) == len(c.help.Services) && unsafe.SliceData(r.QuickReplies) == unsafe.SliceData(c.quick) &&
		len(r.QuickReplies) == len(c.quick)
}

// memo is an Engine's kept answers; the zero value is ready.
type memo struct {
	m sync.Map // composeKey → *composed
	n atomic.Int64
}

// maxMemo bounds the answers kept: past it, the memo starts again.
const maxMemo = 4096

func (m *memo) get(k composeKey) (*composed, bool) {
	if c, ok := m.m.Load(k); ok {
		return c.(*composed), true
	}
	return nil, false
}

func (m *memo) put(k composeKey, c *composed) *composed {
	if m.n.Add(1) > maxMemo {
		m.m.Clear()
		m.n.Store(0)
	}
	if old, loaded := m.m.LoadOrStore(k, c); loaded {
		return old.(*composed)
	}
	return c
}

// PlainJSON is the plain text of a's reply (PlainText with the engine's
// Localizer) as a JSON string, without HTML escapes: the reply of a line
// of `helpbot triage`. For an answer the engine has kept it is made once
// and shared: callers must not change it.
func (e *Engine) PlainJSON(a Assessment) []byte {
	c := a.composed
	if c == nil || !c.made(&a.Reply) {
		return jsonbuf.StringNoHTML(nil, PlainText(a.Reply, e.Text))
	}
	c.plainOnce.Do(func() {
		r := Reply{Language: c.lang}
		c.fill(&r)
		c.plainJSON = jsonbuf.StringNoHTML(nil, PlainText(r, e.Text))
	})
	return c.plainJSON
}
