package detect

import "slices"

// An Aho-Corasick automaton over bytes: every gazetteer and keyword pattern
// is found in one pass over the folded text.

// Payload kinds.
const (
	kSignal   = iota + 1 // val: signal index
	kPart                // val: part index (combined in pairs)
	kPlace               // val: place index
	kCue                 // val: cue kind
	kSector              // val: sector index
	kNeg                 // negator before a keyword
	kNegPost             // negator after a keyword (Bengali, Nepali, Burmese)
	kHyp                 // conditional or question: the keywords after it are not facts
	kHypPost             // conditional that follows its clause (Nepali "bhane", Burmese "yin")
	kBlock               // a word that holds a negator or conditional but is not one
	kModal               // can, may, boleh, pwede: a question about what may happen
	kCond                // "if", "kalau", "ถ้า": a condition; a threat stays a threat
	kResolved            // "got it back", "sudah lunas", "ได้คืนแล้ว": what came before is over
	kAsk                 // question words: "what should I do", "ยังไง", "點做"
	kReport              // "report", "lapor", "แจ้ง": asking where to report a topic
	kTopic               // a topic noun ("human trafficking"): val is the signal
	kConcede             // "even though", "padahal": a resolution after it is not one
	kCondPost            // "भने", "ရင်": the clause before is a condition
)

type payload struct {
	kind   uint8
	lb, rb uint8 // boundary needed on the left / right: 0 none, 1 word, 2 space
	noNeg  bool  // the pattern carries its own negation ("not moving"): never negated
	val    int16
	n      int32 // pattern length in bytes
}

type acNode struct {
	first   int32 // edges[first:first+n], sorted by byte
	fail    int32
	out     int32 // outs[out:out+outN], the node's own payloads
	dict    int32 // nearest state on the fail chain with payloads, -1
	n, outN uint16
}

type acEdge struct {
	b  byte
	to int32
}

type matcher struct {
	root  [256]int32
	nodes []acNode
	edges []acEdge
	outs  []payload
}

type match struct {
	p          payload
	start, end int // byte offsets in the folded text
}

// builder is the trie the automaton is built from, in flat arrays without
// pointers (the tables hold some 120,000 states; slices per state made the
// garbage collector the largest cost of building them). A state's children
// are a list through kid and sib, its payloads a list through payHead,
// payNext and payTail, in the order they were added.
type builder struct {
	root                      [256]int32
	kid, sib                  []int32 // first child; next sibling (0: none)
	lab                       []byte  // the byte into the state
	payHead, payTail, payNext []int32 // payload lists, as index+1 (0: none)
	pays                      []payload
}

func newBuilder() *builder {
	const guess = 1 << 17
	return &builder{kid: make([]int32, 1, guess), sib: make([]int32, 1, guess), lab: make([]byte, 1, guess),
		payHead: make([]int32, 1, guess), payTail: make([]int32, 1, guess)}
}

// child returns the child of s on byte c, 0 for none (0 is the root, never
// a child).
func (b *builder) child(s int32, c byte) int32 {
	if s == 0 {
		return b.root[c]
	}
	for k := b.kid[s]; k != 0; k = b.sib[k] {
		if b.lab[k] == c {
			return k
		}
	}
	return 0
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// add inserts a pattern. A Latin pattern needs word boundaries on both
// sides; a trailing '*' allows any ending, a leading '*' any beginning. '^'
// and '$' ask for a space (or clause end) on that side for other scripts.
func (b *builder) add(pat string, kind uint8, val int) {
	p := payload{kind: kind, val: int16(val)}
	if len(pat) > 0 && pat[0] == '!' {
		pat = pat[1:]
		p.noNeg = true
	}
	if len(pat) > 0 && pat[0] == '*' {
		pat = pat[1:]
	} else if len(pat) > 0 && pat[0] == '^' {
		pat = pat[1:]
		p.lb = 2
	} else if len(pat) > 0 && isWordByte(pat[0]) {
		p.lb = 1
	}
	if n := len(pat); n > 0 && pat[n-1] == '*' {
		pat = pat[:n-1]
	} else if n > 0 && pat[n-1] == '$' {
		pat = pat[:n-1]
		p.rb = 2
	} else if n > 0 && isWordByte(pat[n-1]) {
		p.rb = 1
	}
	if pat == "" {
		return
	}
	p.n = int32(len(pat))
	s := int32(0)
	for i := 0; i < len(pat); i++ {
		c := pat[i]
		nx := b.child(s, c)
		if nx == 0 {
			nx = int32(len(b.lab))
			b.lab = append(b.lab, c)
			b.kid = append(b.kid, 0)
			b.sib = append(b.sib, b.kid[s])
			b.payHead = append(b.payHead, 0)
			b.payTail = append(b.payTail, 0)
			b.kid[s] = nx
			if s == 0 {
				b.root[c] = nx
			}
		}
		s = nx
	}
	for q := b.payHead[s]; q != 0; q = b.payNext[q-1] {
		if b.pays[q-1] == p {
			return
		}
	}
	b.pays = append(b.pays, p)
	b.payNext = append(b.payNext, 0)
	n := int32(len(b.pays))
	if t := b.payTail[s]; t != 0 {
		b.payNext[t-1] = n
	} else {
		b.payHead[s] = n
	}
	b.payTail[s] = n
}

func (b *builder) build() *matcher {
	// Sized exactly: the tables stay as small as their content.
	n := len(b.lab)
	m := &matcher{nodes: make([]acNode, n), edges: make([]acEdge, 0, n-1), outs: make([]payload, 0, len(b.pays))}
	// Flatten edges, sorted by byte, and payloads, in state order.
	var kids []acEdge
	for st := range n {
		kids = kids[:0]
		for k := b.kid[st]; k != 0; k = b.sib[k] {
			kids = append(kids, acEdge{b.lab[k], k})
		}
		slices.SortFunc(kids, func(x, y acEdge) int { return int(x.b) - int(y.b) })
		nd := &m.nodes[st]
		nd.first, nd.n = int32(len(m.edges)), uint16(len(kids))
		nd.out, nd.dict = int32(len(m.outs)), -1
		m.edges = append(m.edges, kids...)
		for q := b.payHead[st]; q != 0; q = b.payNext[q-1] {
			m.outs = append(m.outs, b.pays[q-1])
		}
		nd.outN = uint16(int32(len(m.outs)) - nd.out)
	}
	m.root = b.root
	// BFS for fail links.
	queue := make([]int32, 0, n)
	for _, e := range m.edgesOf(0) {
		m.nodes[e.to].fail = 0
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, e := range m.edgesOf(s) {
			c, to := e.b, e.to
			f := m.nodes[s].fail
			for {
				if nx := m.step1(f, c); nx >= 0 {
					f = nx
					break
				}
				if f == 0 {
					f = 0
					break
				}
				f = m.nodes[f].fail
			}
			if f == to {
				f = 0
			}
			m.nodes[to].fail = f
			if m.hasOut(f) {
				m.nodes[to].dict = f
			} else {
				m.nodes[to].dict = m.nodes[f].dict
			}
			queue = append(queue, to)
		}
	}
	return m
}

// edgesOf returns the edges out of state s, sorted by byte.
func (m *matcher) edgesOf(s int32) []acEdge {
	nd := &m.nodes[s]
	return m.edges[nd.first : nd.first+int32(nd.n)]
}

// hasOut reports whether state s has payloads of its own.
func (m *matcher) hasOut(s int32) bool { return m.nodes[s].outN > 0 }

// step1 follows one edge from s, -1 when there is none.
func (m *matcher) step1(s int32, c byte) int32 {
	if s == 0 {
		if to := m.root[c]; to != 0 {
			return to
		}
		return -1
	}
	nd := &m.nodes[s]
	es := m.edges[nd.first : nd.first+int32(nd.n)]
	for i := range es {
		if es[i].b == c {
			return es[i].to
		}
		if es[i].b > c {
			break
		}
	}
	return -1
}

// scan appends every match in t, in order of end offset.
func (m *matcher) scan(t []byte, out []match) []match {
	s := int32(0)
	for i := 0; i < len(t); i++ {
		c := t[i]
		for {
			if nx := m.step1(s, c); nx >= 0 {
				s = nx
				break
			}
			if s == 0 {
				break
			}
			s = m.nodes[s].fail
		}
		for o := s; o > 0; o = m.nodes[o].dict {
			nd := &m.nodes[o]
			if nd.outN == 0 {
				continue
			}
			for _, p := range m.outs[nd.out : nd.out+int32(nd.outN)] {
				start := i + 1 - int(p.n)
				if p.lb != 0 && start > 0 && !boundaryByte(t[start-1], p.lb) {
					continue
				}
				if p.rb != 0 && i+1 < len(t) && !boundaryByte(t[i+1], p.rb) {
					continue
				}
				if splitsCluster(t, start, i+1) {
					continue
				}
				if len(out) == maxMatches {
					return out
				}
				out = append(out, match{p: p, start: start, end: i + 1})
			}
		}
	}
	return out
}

// boundaryByte reports whether c may sit next to a bounded pattern: mode 1
// (Latin words) accepts anything but an ASCII letter or digit, mode 2
// ('^'/'$' patterns of other scripts) only a space or punctuation.
func boundaryByte(c byte, mode uint8) bool {
	if mode == 1 {
		return !isWordByte(c)
	}
	return c == ' ' || c == '|' || c == ','
}

// splitsCluster reports a match that starts inside a Khmer or Burmese
// consonant cluster (right after a coeng or virama: "យ" in "ឲ្យ") or ends
// before a sign that belongs to its last letter.
func splitsCluster(t []byte, start, end int) bool {
	if start >= 3 && t[start-3] == 0xE1 {
		if (t[start-2] == 0x9F && t[start-1] == 0x92) || (t[start-2] == 0x80 && t[start-1] == 0xB9) {
			return true // U+17D2 KHMER SIGN COENG, U+1039 MYANMAR SIGN VIRAMA
		}
	}
	if end+3 <= len(t) && t[end] == 0xE1 {
		if (t[end+1] == 0x9F && t[end+2] == 0x92) || (t[end+1] == 0x80 && (t[end+2] == 0xB9 || t[end+2] == 0xBA)) {
			return true // the last letter is stacked or killed: another word
		}
	}
	return false
}
