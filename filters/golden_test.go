package filters

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestHoldoutGolden pins the verdict (categories and rule ids) of every
// held-out message, so a lexicon or rule change shows up as a reviewable
// diff of testdata/holdout.golden. Regenerate with
// go test ./filters -run TestHoldoutGolden -update.
func TestHoldoutGolden(t *testing.T) {
	root := filepath.Join("..", "testdata", "corpus-holdout")
	names, err := os.ReadFile(filepath.Join(root, "patients.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sc, err := New(Options{PatientNames: strings.Split(strings.TrimSpace(string(names)), "\n")})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, label := range []string{"phi", "clean"} {
		files, _ := filepath.Glob(filepath.Join(root, label, "*"))
		for _, f := range files {
			j, err := json.Marshal(sc.Scan(loadCorpusContent(t, f)))
			if err != nil {
				t.Fatal(err)
			}
			b.WriteString(label + "/" + filepath.Base(f) + "\t" + string(j) + "\n")
		}
	}
	golden := filepath.Join("testdata", "holdout.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	got := strings.Split(b.String(), "\n")
	wl := strings.Split(string(want), "\n")
	if len(got) != len(wl) {
		t.Fatalf("golden has %d lines, scan gave %d (run with -update after review)", len(wl), len(got))
	}
	for i := range got {
		if got[i] != wl[i] {
			t.Errorf("verdict changed (run with -update after review):\n got %s\nwant %s", got[i], wl[i])
		}
	}
}
