package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"helpbot/internal/directory"
	"helpbot/internal/jsonbuf"
	"helpbot/internal/locale"
	"helpbot/internal/triage"
	"helpbot/internal/triage/detect"
)

// triageInput is one line of `helpbot triage` input.
type triageInput struct {
	Text             *string `json:"text"`
	Channel          string  `json:"channel"`
	Locale           string  `json:"locale"`
	TimeZone         string  `json:"timezone"`
	Phone            string  `json:"phone"`
	Email            string  `json:"email"`
	TelegramLanguage string  `json:"telegram_language"`
}

// triageOutput is one line of `helpbot triage` output (the contract in
// docs/triage.md).
type triageOutput struct {
	Language    string   `json:"language"`
	Country     *string  `json:"country"`
	Nationality *string  `json:"nationality"`
	Priority    string   `json:"priority"`
	Escalate    bool     `json:"escalate"`
	Signals     []string `json:"signals"`
	Sector      *string  `json:"sector"`
	Reply       string   `json:"reply"`

	// replyJSON, when set, is Reply already written as a JSON string
	// (Engine.PlainJSON); AppendJSON writes it in Reply's place.
	replyJSON []byte
}

// triageCmd reads JSON lines on stdin and writes one JSON line per input
// line, in order. A line that is not JSON gets an {"error": ...} line and
// the run goes on. Lines are triaged in parallel and written in order.
func triageCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("triage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	env := withDefaults(getenv)
	dirPath := fs.String("directory", env("HELPBOT_DIRECTORY"), "directory folder (HELPBOT_DIRECTORY)")
	locPath := fs.String("locales", env("HELPBOT_LOCALES"), "locales folder (HELPBOT_LOCALES)")
	if err := fs.Parse(args); err != nil {
		return &exitError{2}
	}
	// The detector's tables, the locales and the directory load at once.
	go detect.Warm()
	type loadedDirectory struct {
		d        *directory.Directory
		problems []directory.Problem
	}
	dirLoaded := make(chan loadedDirectory, 1)
	go func() {
		d, problems := directory.Load(os.DirFS(*dirPath))
		dirLoaded <- loadedDirectory{d, problems}
	}()
	text, err := locale.Load(os.DirFS(*locPath))
	if err != nil {
		return &configError{"HELPBOT_LOCALES", err.Error()}
	}
	ld := <-dirLoaded
	d, problems := ld.d, ld.problems
	if directory.HasErrors(problems) {
		for _, p := range problems {
			fmt.Fprintln(stderr, p.String())
		}
		return &configError{"HELPBOT_DIRECTORY", "the directory has errors (run helpbot directory check)"}
	}
	engine := &triage.Engine{Directory: d, Text: text}

	// Lines are read into batches, one block of memory each; workers on
	// every core write a batch's output into a buffer, and the writer
	// writes the buffers in input order and hands them back.
	type batch struct {
		data    []byte
		ends    []int // line i is data[ends[i-1]:ends[i]]
		tooLong bool  // a last line over the limit follows the others
		out     chan *bytes.Buffer
	}
	const batchLines = 512
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *batch, workers*2)
	order := make(chan *batch, workers*4)
	spare := make(chan *bytes.Buffer, workers*8)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				var buf *bytes.Buffer
				select {
				case buf = <-spare:
					buf.Reset()
				default:
					buf = new(bytes.Buffer)
				}
				enc := json.NewEncoder(buf)
				enc.SetEscapeHTML(false)
				write := func(line []byte) {
					switch v := triageLine(engine, line).(type) {
					case triageOutput:
						buf.Write(append(v.AppendJSON(buf.AvailableBuffer()), '\n'))
					default:
						enc.Encode(v)
					}
				}
				start := 0
				for _, end := range b.ends {
					write(b.data[start:end:end])
					start = end
				}
				if b.tooLong {
					write(nil)
				}
				b.out <- buf
			}
		}()
	}
	writeErr := make(chan error, 1)
	go func() {
		var err error
		for b := range order {
			buf := <-b.out
			if err == nil {
				_, err = stdout.Write(buf.Bytes())
			}
			select {
			case spare <- buf:
			default:
			}
		}
		writeErr <- err
	}()

	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	newBatch := func() *batch { return &batch{data: make([]byte, 0, 64<<10), out: make(chan *bytes.Buffer, 1)} }
	cur := newBatch()
	flush := func() {
		if len(cur.ends) == 0 && !cur.tooLong {
			return
		}
		order <- cur
		work <- cur
		cur = newBatch()
	}
	var readErr error
	for sc.Scan() {
		if ctx.Err() != nil {
			break
		}
		cur.data = append(cur.data, sc.Bytes()...)
		cur.ends = append(cur.ends, len(cur.data))
		if len(cur.ends) == batchLines {
			flush()
		}
	}
	if err := sc.Err(); err != nil {
		// A line over 4 MiB: say so in its place, and stop reading.
		cur.tooLong = true
		readErr = fmt.Errorf("read input: %w", err)
	}
	flush()
	close(work)
	close(order)
	wg.Wait()
	if err := <-writeErr; err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return readErr
}

func triageLine(engine *triage.Engine, line []byte) any {
	if line == nil {
		return map[string]string{"error": "line longer than 4 MiB"}
	}
	var in triageInput
	if !decodeTriageInput(line, &in) {
		in = triageInput{}
		if err := json.Unmarshal(line, &in); err != nil {
			return map[string]string{"error": "not a JSON object: " + err.Error()}
		}
	}
	if in.Text == nil {
		return map[string]string{"error": `missing "text"`}
	}
	ch := triage.Channel(in.Channel)
	if ch == "" {
		ch = triage.ChannelWidget
	}
	a := engine.Assess(triage.Message{Channel: ch, Text: *in.Text, Hints: triage.Hints{
		Locale: in.Locale, TimeZone: in.TimeZone, Phone: in.Phone, Email: in.Email,
		TelegramLanguage: in.TelegramLanguage,
	}}, triage.State{})
	signals := a.Signals
	if signals == nil {
		signals = []string{}
	}
	return triageOutput{
		Language:    a.ReplyLanguage,
		Country:     nullable(a.Country),
		Nationality: nullable(a.Nationality),
		Priority:    a.Priority,
		Escalate:    triage.Priority(a.Priority).Escalates(),
		Signals:     signals,
		Sector:      nullable(a.Sector),
		replyJSON:   engine.PlainJSON(a),
	}
}

// AppendJSON writes the line as an Encoder with SetEscapeHTML(false)
// would, without its reflection.
func (o triageOutput) AppendJSON(b []byte) []byte {
	str := func(b []byte, name string, v *string) []byte {
		b = jsonbuf.Field(b, name)
		if v == nil {
			return append(b, "null"...)
		}
		return jsonbuf.StringNoHTML(b, *v)
	}
	b = jsonbuf.StringNoHTML(jsonbuf.Open(b, "language"), o.Language)
	b = str(b, "country", o.Country)
	b = str(b, "nationality", o.Nationality)
	b = jsonbuf.StringNoHTML(jsonbuf.Field(b, "priority"), o.Priority)
	b = jsonbuf.Bool(jsonbuf.Field(b, "escalate"), o.Escalate)
	b = jsonbuf.Field(b, "signals")
	if o.Signals == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range o.Signals {
			if i > 0 {
				b = append(b, ',')
			}
			b = jsonbuf.StringNoHTML(b, s)
		}
		b = append(b, ']')
	}
	b = str(b, "sector", o.Sector)
	b = jsonbuf.Field(b, "reply")
	if o.replyJSON != nil {
		b = append(b, o.replyJSON...)
	} else {
		b = jsonbuf.StringNoHTML(b, o.Reply)
	}
	return append(b, '}')
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
