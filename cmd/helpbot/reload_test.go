package main

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBrokenDirectoryEditKeepsTheLastGoodVersion: staff break a file while
// helpbot serves; the edit is refused with file:line problems on /readyz,
// people still get the last good numbers, and a fixed edit is taken.
func TestBrokenDirectoryEditKeepsTheLastGoodVersion(t *testing.T) {
	dir := t.TempDir()
	files, _ := filepath.Glob("../../directory/*")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	h := startHelpbot(t, map[string]string{"HELPBOT_DIRECTORY": dir})
	ready := func() map[string]any {
		resp, err := http.Get(h.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		return m
	}
	page := func() string {
		resp, err := http.Get(h.URL + "/help/th")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	th := filepath.Join(dir, "th.yaml")
	good, _ := os.ReadFile(th)
	broken := strings.Replace(string(good), `number: "191"`, `number: "191"`+"\n    bogus_field: yes", 1)
	if broken == string(good) {
		t.Fatal("test data: police number line not found in th.yaml")
	}
	os.WriteFile(th, []byte(broken), 0o644)
	var problems []any
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && len(problems) == 0; time.Sleep(100 * time.Millisecond) {
		problems, _ = ready()["directory_problems"].([]any)
	}
	if len(problems) == 0 || !strings.Contains(problems[0].(string), "th.yaml:") {
		t.Fatalf("/readyz shows no file:line problem after a broken edit: %v", problems)
	}
	if !strings.Contains(page(), "tel:191") {
		t.Error("the last good directory is not served after a broken edit")
	}
	// Put right: the edit is taken and the problems go.
	os.WriteFile(th, good, 0o644)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if _, still := ready()["directory_problems"]; !still {
			return
		}
	}
	t.Error("the problems stayed on /readyz after the file was fixed")
}
