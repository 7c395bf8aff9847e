package console

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"helpbot/internal/queue"
)

type dayJSON struct {
	Day        string         `json:"day"` // YYYY-MM-DD, UTC
	Total      int            `json:"total"`
	ByPriority map[string]int `json:"by_priority"`
	ByCountry  map[string]int `json:"by_country"`
	ByLanguage map[string]int `json:"by_language"`
}

type durationsJSON struct {
	Count         int     `json:"count"`
	MedianSeconds float64 `json:"median_seconds"`
	P90Seconds    float64 `json:"p90_seconds"`
}

type timingJSON struct {
	durationsJSON
	ByPriority map[string]durationsJSON `json:"by_priority"`
}

func summarize(secs []float64) durationsJSON {
	if len(secs) == 0 {
		return durationsJSON{}
	}
	slices.Sort(secs)
	at := func(q float64) float64 { return secs[int(q*float64(len(secs)-1)+0.5)] }
	return durationsJSON{Count: len(secs), MedianSeconds: at(0.5), P90Seconds: at(0.9)}
}

func timing(byPrio map[string][]float64) timingJSON {
	var all []float64
	t := timingJSON{ByPriority: map[string]durationsJSON{}}
	for p, s := range byPrio {
		all = append(all, s...)
		t.ByPriority[p] = summarize(s)
	}
	t.durationsJSON = summarize(all)
	return t
}

// handleStats is the supervisors' dashboard data: cases per day by
// country, language and priority, time to claim and to first reply, and
// who holds how many open cases.
func (c *Console) handleStats(w http.ResponseWriter, r *http.Request, u *user) {
	ctx := r.Context()
	days := 14
	if v := r.URL.Query().Get("days"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 90 {
			c.fail(w, r, errorf(http.StatusBadRequest, "days must be from 1 to 90"))
			return
		}
		days = n
	}
	now := c.o.Now().UTC()
	start := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -(days - 1))

	open, err := c.d.Queue.List(ctx, queue.Filter{Limit: 5000})
	if err != nil {
		c.fail(w, r, err)
		return
	}
	resolved, err := c.d.Queue.List(ctx, queue.Filter{Status: queue.StatusResolved, Limit: 5000})
	if err != nil {
		c.fail(w, r, err)
		return
	}
	list := []dayJSON{}
	index := map[string]int{}
	for d := start; !d.After(now); d = d.AddDate(0, 0, 1) {
		key := d.Format(time.DateOnly)
		index[key] = len(list)
		list = append(list, dayJSON{Day: key, ByPriority: map[string]int{}, ByCountry: map[string]int{}, ByLanguage: map[string]int{}})
	}
	claim, reply := map[string][]float64{}, map[string][]float64{}
	holders := map[string]int{}
	for _, k := range append(open, resolved...) {
		if k.Status == queue.StatusClaimed && k.Holder != "" {
			holders[k.Holder]++
		}
		if k.Created.Before(start) {
			continue
		}
		i, ok := index[k.Created.UTC().Format(time.DateOnly)]
		if !ok {
			continue
		}
		d := &list[i]
		d.Total++
		d.ByPriority[string(k.Priority)]++
		d.ByCountry[orUnknown(k.Country)]++
		d.ByLanguage[orUnknown(k.Language)]++
		p := string(k.Priority)
		if !k.FirstClaimed.IsZero() {
			claim[p] = append(claim[p], k.FirstClaimed.Sub(k.Created).Seconds())
		}
		if !k.FirstReply.IsZero() {
			reply[p] = append(reply[p], k.FirstReply.Sub(k.Created).Seconds())
		}
	}
	counts, err := c.d.Queue.Counts(ctx)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"from":                start.Format(time.DateOnly),
		"days":                list,
		"time_to_claim":       timing(claim),
		"time_to_first_reply": timing(reply),
		"holders":             holders,
		"counts":              map[string]any{"queued": countMap(counts.Queued), "claimed": countMap(counts.Claimed)},
	})
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
