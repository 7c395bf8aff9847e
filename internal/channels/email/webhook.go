package email

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/mail"
	"net/textproto"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Webhook headers of helpbot's own raw-MIME format.
const (
	HeaderTimestamp = "X-Helpbot-Timestamp"
	HeaderSignature = "X-Helpbot-Signature"
)

// SignRaw returns the X-Helpbot-Signature of a raw mail posted at ts (unix
// seconds): hex(HMAC-SHA256(key, ts + "." + body)).
func SignRaw(key []byte, ts string, body []byte) string {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(ts))
	h.Write([]byte("."))
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// SignMailgun returns Mailgun's webhook signature:
// hex(HMAC-SHA256(key, timestamp + token)).
func SignMailgun(key, ts, token string) string {
	h := hmac.New(sha256.New, []byte(key))
	h.Write([]byte(ts + token))
	return hex.EncodeToString(h.Sum(nil))
}

// webhookError is a refusal with its HTTP status; the reason is logged,
// never shown.
type webhookError struct {
	status int
	reason string
}

func (e *webhookError) Error() string { return e.reason }

func refuse(status int, reason string) error { return &webhookError{status, reason} }

// handleWebhook accepts inbound mail in three formats: raw MIME signed by
// helpbot's own scheme, Mailgun's forward (raw body-mime or parsed fields),
// and SendGrid Inbound Parse (raw MIME in the email field, basic auth). It
// answers 2xx only after the mail is stored in the inbox; every error is
// turned into a status here and nothing else is said.
func (c *Channel) handleWebhook() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		format, id, err := c.receive(w, r)
		if err != nil {
			status := http.StatusInternalServerError
			var we *webhookError
			switch {
			case errors.As(err, &we):
				status = we.status
			case tooLarge(err):
				status = http.StatusRequestEntityTooLarge
			}
			c.log.Warn("inbound mail refused", "status", status, "format", format, "reason", err.Error())
			if status == http.StatusTooManyRequests {
				w.Header().Set("Retry-After", "600")
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		c.log.Info("inbound mail stored", "format", format, "inbox_id", id)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "stored\n")
	})
}

func tooLarge(err error) bool {
	var mb *http.MaxBytesError
	return errors.As(err, &mb) || strings.Contains(err.Error(), "request body too large")
}

func (c *Channel) receive(w http.ResponseWriter, r *http.Request) (format, id string, err error) {
	if r.ContentLength > c.opts.MaxBody {
		return "", "", refuse(http.StatusRequestEntityTooLarge, "body too large")
	}
	r.Body = http.MaxBytesReader(w, r.Body, c.opts.MaxBody)
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "message/rfc822":
		format = "raw"
		body, err := io.ReadAll(r.Body)
		if err != nil {
			if tooLarge(err) {
				return format, "", refuse(http.StatusRequestEntityTooLarge, "body too large")
			}
			return format, "", refuse(http.StatusBadRequest, "read body")
		}
		if err := c.verifyRaw(r.Header, body); err != nil {
			return format, "", err
		}
		id, err := c.addInbound(r.Context(), body)
		if err != nil {
			return format, "", err
		}
		return format, id, nil
	case "multipart/form-data":
		// Everything stays in memory (the body is capped), so no attachment
		// is ever written to a temporary file.
		err = r.ParseMultipartForm(c.opts.MaxBody + 1)
		if r.MultipartForm != nil {
			defer r.MultipartForm.RemoveAll()
		}
	case "application/x-www-form-urlencoded":
		err = r.ParseForm()
	default:
		return "", "", refuse(http.StatusUnsupportedMediaType, "unsupported content type")
	}
	if err != nil {
		if tooLarge(err) {
			return "form", "", refuse(http.StatusRequestEntityTooLarge, "body too large")
		}
		return "form", "", refuse(http.StatusBadRequest, "bad form")
	}
	if r.PostForm.Get("signature") != "" || r.PostForm.Get("token") != "" {
		return c.receiveMailgun(r)
	}
	if _, _, ok := r.BasicAuth(); ok {
		return c.receiveSendGrid(r)
	}
	return "form", "", refuse(http.StatusUnauthorized, "no credentials")
}

// verifyRaw checks helpbot's own signature over a raw mail.
func (c *Channel) verifyRaw(h http.Header, body []byte) error {
	if len(c.opts.WebhookKey) == 0 {
		return refuse(http.StatusForbidden, "raw format not configured")
	}
	ts, sig := h.Get(HeaderTimestamp), h.Get(HeaderSignature)
	if ts == "" || sig == "" {
		return refuse(http.StatusUnauthorized, "no signature")
	}
	want := SignRaw(c.opts.WebhookKey, ts, body)
	if !hmac.Equal([]byte(strings.ToLower(sig)), []byte(want)) {
		return refuse(http.StatusForbidden, "bad signature")
	}
	return c.fresh(ts)
}

// fresh refuses a timestamp more than MaxAge from now.
func (c *Channel) fresh(ts string) error {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return refuse(http.StatusForbidden, "bad timestamp")
	}
	if d := c.opts.Now().Sub(time.Unix(sec, 0)); d > c.opts.MaxAge || d < -c.opts.MaxAge {
		return refuse(http.StatusForbidden, "stale timestamp")
	}
	return nil
}

// receiveMailgun verifies a Mailgun forward and stores its mail. A token
// seen before is refused: Mailgun's retries of a request we stored get 403
// too, which is harmless.
func (c *Channel) receiveMailgun(r *http.Request) (string, string, error) {
	const format = "mailgun"
	if c.opts.MailgunKey == "" {
		return format, "", refuse(http.StatusForbidden, "mailgun not configured")
	}
	f := r.PostForm
	ts, token, sig := f.Get("timestamp"), f.Get("token"), f.Get("signature")
	if ts == "" || token == "" || sig == "" {
		return format, "", refuse(http.StatusUnauthorized, "no signature")
	}
	if !hmac.Equal([]byte(strings.ToLower(sig)), []byte(SignMailgun(c.opts.MailgunKey, ts, token))) {
		return format, "", refuse(http.StatusForbidden, "bad signature")
	}
	if err := c.fresh(ts); err != nil {
		return format, "", err
	}
	raw := []byte(f.Get("body-mime"))
	if len(raw) == 0 {
		var err error
		if raw, err = mailgunFields(r); err != nil {
			return format, "", refuse(http.StatusBadRequest, "bad mailgun fields")
		}
	}
	ctx := r.Context()
	nonce := "mailgun:" + token
	first, err := c.store.ClaimNonce(ctx, nonce, 2*c.opts.MaxAge+time.Minute)
	if err != nil {
		return format, "", refuse(http.StatusServiceUnavailable, "nonces unavailable: "+err.Error())
	}
	if !first {
		return format, "", refuse(http.StatusForbidden, "replayed token")
	}
	id, err := c.addInbound(ctx, raw)
	if err != nil {
		c.store.ReleaseNonce(ctx, nonce)
		return format, "", err
	}
	return format, id, nil
}

// receiveSendGrid checks the basic-auth credentials of a SendGrid Inbound
// Parse post and stores the raw MIME of its email field.
func (c *Channel) receiveSendGrid(r *http.Request) (string, string, error) {
	const format = "sendgrid"
	if c.opts.SendGridUser == "" {
		return format, "", refuse(http.StatusForbidden, "sendgrid not configured")
	}
	user, pass, _ := r.BasicAuth()
	okUser := subtle.ConstantTimeCompare([]byte(user), []byte(c.opts.SendGridUser))
	okPass := subtle.ConstantTimeCompare([]byte(pass), []byte(c.opts.SendGridPass))
	if okUser&okPass != 1 {
		return format, "", refuse(http.StatusForbidden, "bad credentials")
	}
	raw := r.PostForm.Get("email")
	if raw == "" {
		return format, "", refuse(http.StatusBadRequest, "no raw MIME: enable 'POST the raw, full MIME message'")
	}
	id, err := c.addInbound(r.Context(), []byte(raw))
	if err != nil {
		return format, "", err
	}
	return format, id, nil
}

// mailgunFields rebuilds a MIME mail from Mailgun's parsed fields (a route
// forwarding to a URL not ending in "mime"): the original headers, the text
// (or HTML) body in UTF-8, and one empty part per attachment that notes its
// type and size. Attachment content is never kept.
func mailgunFields(r *http.Request) ([]byte, error) {
	f := r.PostForm
	var b bytes.Buffer
	skip := map[string]bool{"Content-Type": true, "Content-Transfer-Encoding": true,
		"Mime-Version": true, "Content-Disposition": true}
	wrote := map[string]bool{}
	var headers [][2]string
	if mh := f.Get("message-headers"); mh != "" {
		if err := json.Unmarshal([]byte(mh), &headers); err != nil {
			return nil, err
		}
	}
	for _, h := range headers {
		k := textproto.CanonicalMIMEHeaderKey(h[0])
		if skip[k] || !validHeaderName(k) {
			continue
		}
		writeHeader(&b, k, h[1])
		wrote[k] = true
	}
	for _, k := range []string{"From", "To", "Subject", "Message-Id", "In-Reply-To", "References"} {
		if wrote[k] {
			continue
		}
		v := f.Get(k)
		if v == "" {
			v = f.Get(strings.ToLower(k))
		}
		if k == "To" && v == "" {
			v = f.Get("recipient")
		}
		if k == "From" && v == "" {
			v = f.Get("sender")
		}
		if v != "" {
			writeHeader(&b, k, v)
		}
	}
	mw := multipart.NewWriter(&b)
	b.WriteString("MIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: multipart/mixed; boundary=" + mw.Boundary() + "\r\n\r\n")

	text, ctype := f.Get("body-plain"), "text/plain; charset=utf-8"
	if text == "" && f.Get("body-html") != "" {
		text, ctype = f.Get("body-html"), "text/html; charset=utf-8"
	}
	pw, err := mw.CreatePart(textproto.MIMEHeader{
		"Content-Type": {ctype}, "Content-Transfer-Encoding": {"base64"},
	})
	if err != nil {
		return nil, err
	}
	writeBase64(pw, []byte(text))
	if r.MultipartForm != nil {
		names := make([]string, 0, len(r.MultipartForm.File))
		for name := range r.MultipartForm.File {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			for _, fh := range r.MultipartForm.File[name] {
				ct := fh.Header.Get("Content-Type")
				if ct == "" {
					ct = "application/octet-stream"
				}
				if _, _, err := mime.ParseMediaType(ct); err != nil {
					ct = "application/octet-stream"
				}
				if _, err := mw.CreatePart(textproto.MIMEHeader{
					"Content-Type":        {ct},
					"Content-Disposition": {"attachment"},
					sizeHeader:            {strconv.FormatInt(fh.Size, 10)},
				}); err != nil {
					return nil, err
				}
			}
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// sizeHeader carries the size of an attachment whose content was dropped.
const sizeHeader = "X-Helpbot-Size"

func validHeaderName(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if r <= ' ' || r > '~' || r == ':' {
			return false
		}
	}
	return true
}

func writeHeader(b *bytes.Buffer, k, v string) {
	v = strings.NewReplacer("\r", " ", "\n", " ").Replace(v)
	switch k {
	case "From", "To", "Cc", "Reply-To", "Sender":
		if list, err := mail.ParseAddressList(v); err == nil && !isASCII(v) {
			out := make([]string, len(list))
			for i, a := range list {
				out[i] = a.String()
			}
			v = strings.Join(out, ", ")
		}
	}
	if !isASCII(v) {
		v = mime.BEncoding.Encode("utf-8", v)
	}
	b.WriteString(k + ": " + v + "\r\n")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func writeBase64(w io.Writer, data []byte) {
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		io.WriteString(w, enc[:76]+"\r\n")
		enc = enc[76:]
	}
	io.WriteString(w, enc+"\r\n")
}

// addInbound stores a verified mail, unless its sender floods: beyond the
// sender's rate the post is refused with 429 and Retry-After, so the
// provider delivers it again later and nothing is lost, while other
// senders are served as usual. When the store is down the person is
// answered at once all the same (answerNow), and the post is refused with
// 503 so that the provider delivers it again and it is stored then.
func (c *Channel) addInbound(ctx context.Context, raw []byte) (string, error) {
	if m, err := mail.ReadMessage(bytes.NewReader(raw)); err == nil {
		if from, err := mail.ParseAddress(m.Header.Get("From")); err == nil {
			if !c.flood.Allow(ConversationID(c.opts.Secret, from.Address)) {
				return "", refuse(http.StatusTooManyRequests, "sender sends too fast")
			}
		}
	}
	id, err := c.store.AddInbound(ctx, raw, c.opts.Now())
	if err != nil {
		c.answerNow(ctx, raw)
		return "", refuse(http.StatusServiceUnavailable, "inbox unavailable: "+err.Error())
	}
	return id, nil
}
