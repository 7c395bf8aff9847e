package directory

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"

	"helpbot/internal/triage"
)

var _ triage.Directory = (*Store)(nil)

// debounce is how long Watch waits after the last change before reloading,
// so an editor's write-rename-chmod sequence is read once.
const debounce = 200 * time.Millisecond

// Store serves the current directory and swaps in a new one when the files
// change and the change is valid. It is safe for concurrent use.
type Store struct {
	dir    string
	fsys   fs.FS
	logger *slog.Logger

	cur atomic.Pointer[Directory]

	mu       sync.Mutex
	problems []Problem // of the last refused change; nil when the files are in service
	sum      [32]byte  // of the files in service
	loaded   time.Time
}

// NewStore loads the directory files in dir. It fails when they have errors,
// so helpbot never starts without a valid directory.
func NewStore(dir string, logger *slog.Logger) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Store{dir: dir, fsys: os.DirFS(dir), logger: logger}
	sum, err := s.digest()
	if err != nil {
		return nil, fmt.Errorf("load directory %s: %w", dir, err)
	}
	d, problems := Load(s.fsys)
	logWarnings(logger, problems)
	if HasErrors(problems) || d == nil {
		var msgs []string
		for _, p := range problems {
			if p.Severity == Error {
				msgs = append(msgs, p.String())
			}
		}
		if d == nil && len(msgs) == 0 {
			msgs = append(msgs, "no countries or services")
		}
		return nil, fmt.Errorf("load directory %s: %d errors:\n%s", dir, len(msgs), strings.Join(msgs, "\n"))
	}
	s.cur.Store(d)
	s.sum, s.loaded = sum, time.Now()
	st := d.Stats()
	logger.Info("directory loaded", "files", st.Files, "countries", st.Countries, "services", st.Services, "verified", st.Verified)
	return s, nil
}

// Directory returns the directory in service.
func (s *Store) Directory() *Directory { return s.cur.Load() }

// Find answers from the directory in service.
func (s *Store) Find(q triage.Query) triage.Help { return s.cur.Load().Find(q) }

// Problems returns the problems that made the store refuse the latest
// change to the files, or nil when the files on disk are in service. The
// last good directory stays in service either way.
func (s *Store) Problems() []Problem {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Problem(nil), s.problems...)
}

// Loaded returns when the directory in service was read.
func (s *Store) Loaded() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.loaded
}

// Reload reads the files again and swaps them in when they are valid. It
// reports whether a new directory went into service.
func (s *Store) Reload() (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sum, err := s.digest()
	if err != nil {
		return false, fmt.Errorf("reload directory: %w", err)
	}
	if sum == s.sum && s.problems == nil {
		return false, nil
	}
	d, problems := Load(s.fsys)
	if HasErrors(problems) || d == nil {
		s.problems = problems
		if len(problems) == 0 {
			s.problems = []Problem{{File: ".", Severity: Error, Message: "no countries or services"}}
		}
		for _, p := range problems {
			if p.Severity == Error {
				s.logger.Error("directory change refused", "problem", p.String())
			}
		}
		return false, fmt.Errorf("reload directory: %d problems; keeping the last good directory", len(problems))
	}
	logWarnings(s.logger, problems)
	s.cur.Store(d)
	s.sum, s.problems, s.loaded = sum, nil, time.Now()
	st := d.Stats()
	s.logger.Info("directory reloaded", "files", st.Files, "countries", st.Countries, "services", st.Services, "verified", st.Verified)
	return true, nil
}

// digest hashes the names and contents of the directory files, so events
// that change nothing (a chmod, an editor's swap file) do not reload.
func (s *Store) digest() ([32]byte, error) {
	names, err := yamlFiles(s.fsys)
	if err != nil {
		return [32]byte{}, err
	}
	h := sha256.New()
	for _, n := range names {
		data, err := fs.ReadFile(s.fsys, n)
		if err != nil {
			return [32]byte{}, err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(data))
		h.Write(data)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, nil
}

// Watch reloads the directory when its files change, until ctx is done. A
// change with errors is refused: its problems are logged and kept in
// Problems, and the last good directory stays in service.
func (s *Store) Watch(ctx context.Context) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch directory: %w", err)
	}
	defer w.Close()
	if err := w.Add(s.dir); err != nil {
		return fmt.Errorf("watch directory %s: %w", s.dir, err)
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return errors.New("watch directory: watcher closed")
			}
			if ignored(ev.Name) {
				continue
			}
			timer.Reset(debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return errors.New("watch directory: watcher closed")
			}
			s.logger.Error("watch directory", "err", err)
		case <-timer.C:
			if _, err := s.Reload(); err != nil {
				s.logger.Error("directory reload", "err", err)
			}
			// A directory replaced by rename (a ConfigMap's ..data swap)
			// drops the watch; add it again.
			_ = w.Add(s.dir)
		}
	}
}

// ignored reports whether a changed file is an editor's temporary file.
func ignored(name string) bool {
	base := filepath.Base(name)
	switch {
	case strings.HasSuffix(base, "~"), strings.HasSuffix(base, ".swp"), strings.HasSuffix(base, ".swx"),
		strings.HasPrefix(base, ".#"), base == "4913":
		return true
	}
	return false
}

// logWarnings logs the warnings of a load as one line with their count:
// they are for staff, who see each with `helpbot directory check`, and
// listed one by one they would bury what else helpbot says at start.
func logWarnings(logger *slog.Logger, problems []Problem) {
	n := 0
	for _, p := range problems {
		if p.Severity == Warning {
			n++
			logger.Debug("directory warning", "problem", p.String())
		}
	}
	if n > 0 {
		logger.Info("directory has warnings; run helpbot directory check to see them", "warnings", n)
	}
}
