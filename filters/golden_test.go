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
			v := sc.Scan(loadCorpusContent(t, f))
			for _, fd := range v.Findings {
				switch fd.Part { // the scan contract's parts, nothing else
				case PartSubject, PartBody, PartHTML, PartAttachment, PartFilename:
				default:
					t.Errorf("%s: finding part %q is not in the contract", f, fd.Part)
				}
			}
			j, err := json.Marshal(v)
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

// TestPhrases reads one sentence a line from testdata/phrases_phi.txt (each
// must be PHI) and testdata/phrases_clean.txt (none may be): the everyday
// clinical phrasing with no product name, and the everyday office phrasing
// that sits next to clinical words, that a corpus may under-sample.
func TestPhrases(t *testing.T) {
	for _, tc := range []struct {
		file string
		phi  bool
	}{
		{"phrases_phi.txt", true},
		{"phrases_clean.txt", false},
	} {
		b, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(lines) < 40 {
			t.Fatalf("%s: only %d lines", tc.file, len(lines))
		}
		for _, l := range lines {
			if v := scanText(l); v.PHI != tc.phi {
				t.Errorf("%s: %q: PHI=%v (%v)", tc.file, l, v.PHI, v.Findings)
			}
		}
	}
}
