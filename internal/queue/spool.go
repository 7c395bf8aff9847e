package queue

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"helpbot/internal/triage"
)

// The spool keeps escalations Redis could not take. Escalate appends one
// JSON line per escalation to Options.SpoolPath under an exclusive file lock
// and fsyncs it (and the directory) before it returns. To replay, a process
// takes the file under the lock by renaming it to PATH.<time>.<pid>.replay
// (new escalations then start a fresh file), then applies every line with
// the escalate script and removes the file once all are in Redis. The
// script is idempotent (the pre-generated case id and the conversation's
// message id are both checked), so replaying a file twice, or two processes
// replaying the same file, makes each case once. A torn last line (a crash
// during the write, before fsync, so before Escalate returned) is skipped.

type spoolRecord struct {
	V          int             `json:"v"`
	ID         string          `json:"id"` // the pre-generated case id
	Escalation spoolEscalation `json:"escalation"`
	Spooled    time.Time       `json:"spooled"`
}

// spoolEscalation is triage.Escalation with a spelling of its own, so the
// file format does not change with the domain type.
type spoolEscalation struct {
	Conversation string    `json:"conversation"`
	Channel      string    `json:"channel"`
	Language     string    `json:"language,omitempty"`
	Country      string    `json:"country,omitempty"`
	Nationality  string    `json:"nationality,omitempty"`
	Priority     string    `json:"priority"`
	Signals      []string  `json:"signals,omitempty"`
	Sector       string    `json:"sector,omitempty"`
	MessageID    string    `json:"message_id,omitempty"`
	Summary      string    `json:"summary,omitempty"`
	At           time.Time `json:"at"`
}

func toSpool(e triage.Escalation) spoolEscalation {
	return spoolEscalation{Conversation: e.Conversation, Channel: string(e.Channel), Language: e.Language,
		Country: e.Country, Nationality: e.Nationality, Priority: string(e.Priority), Signals: e.Signals,
		Sector: e.Sector, MessageID: e.MessageID, Summary: e.Summary, At: e.At}
}

func (s spoolEscalation) escalation() triage.Escalation {
	return triage.Escalation{Conversation: s.Conversation, Channel: triage.Channel(s.Channel), Language: s.Language,
		Country: s.Country, Nationality: s.Nationality, Priority: triage.Priority(s.Priority), Signals: s.Signals,
		Sector: s.Sector, MessageID: s.MessageID, Summary: s.Summary, At: s.At}
}

type spool struct {
	path string
	mu   sync.Mutex // one replay at a time in this process
}

func (s *spool) append(r spoolRecord) error {
	r.V = 1
	r.Spooled = time.Now().UTC()
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	for range 20 {
		f, err := os.OpenFile(s.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
		if err != nil {
			return err
		}
		if err := lockFile(f); err != nil {
			f.Close()
			return err
		}
		// A replayer may have renamed the file away between open and lock.
		fi, err1 := f.Stat()
		pi, err2 := os.Stat(s.path)
		if err1 != nil || err2 != nil || !os.SameFile(fi, pi) {
			f.Close()
			continue
		}
		_, err = f.Write(line)
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		return syncDir(filepath.Dir(s.path))
	}
	return errors.New("spool file keeps moving")
}

// pending reports whether there may be something to replay.
func (s *spool) pending() bool {
	if fi, err := os.Stat(s.path); err == nil && fi.Size() > 0 {
		return true
	}
	m, _ := filepath.Glob(s.path + ".*.replay")
	return len(m) > 0
}

// take moves the live spool aside and returns every file waiting for replay.
func (s *spool) take() ([]string, error) {
	f, err := os.OpenFile(s.path, os.O_RDWR, 0o600)
	if err == nil {
		if err := lockFile(f); err != nil {
			f.Close()
			return nil, err
		}
		fi, err1 := f.Stat()
		pi, err2 := os.Stat(s.path)
		if err1 == nil && err2 == nil && os.SameFile(fi, pi) && fi.Size() > 0 {
			to := fmt.Sprintf("%s.%d.%d.replay", s.path, time.Now().UnixNano(), os.Getpid())
			if err := os.Rename(s.path, to); err != nil {
				f.Close()
				return nil, err
			}
			if err := syncDir(filepath.Dir(s.path)); err != nil {
				f.Close()
				return nil, err
			}
		}
		f.Close()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	m, err := filepath.Glob(s.path + ".*.replay")
	slices.Sort(m)
	return m, err
}

func readSpool(name string) ([]spoolRecord, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []spoolRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var r spoolRecord
		if json.Unmarshal(sc.Bytes(), &r) != nil || r.ID == "" {
			continue // a torn write: Escalate never returned nil for it
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// ReplaySpool puts the spooled escalations into Redis, each exactly once,
// and reports how many it applied. Run calls it at start and after an
// escalation was spooled; safe to call from several processes at once.
func (q *Queue) ReplaySpool(ctx context.Context) (int, error) {
	if q.spool == nil {
		return 0, nil
	}
	q.spool.mu.Lock()
	defer q.spool.mu.Unlock()
	files, err := q.spool.take()
	if err != nil {
		return 0, fmt.Errorf("replay spool: %w", err)
	}
	n := 0
	for _, name := range files {
		recs, err := readSpool(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue // another process replayed and removed it
		}
		if err != nil {
			return n, fmt.Errorf("replay spool %s: %w", filepath.Base(name), err)
		}
		for _, r := range recs {
			rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			cid, how, err := q.escalate(rctx, r.ID, r.Escalation.escalation())
			cancel()
			if err != nil {
				return n, fmt.Errorf("replay spool: %w", err)
			}
			n++
			q.log.Info("spooled escalation replayed", "case_id", cid, "spooled_id", r.ID, "result", how)
		}
		if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return n, fmt.Errorf("replay spool: %w", err)
		}
	}
	return n, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
