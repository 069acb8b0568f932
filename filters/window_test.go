package filters

import (
	"strings"
	"testing"
)

// TestLargePartsScanInWindows puts PHI at and around every window boundary
// of a part several windows long, and checks that each placement is found
// and that the scratch the scan keeps stays window-sized.
func TestLargePartsScanInWindows(t *testing.T) {
	sc, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	filler := strings.Repeat("The parking lot on Elm Street is closed on Friday. ", (3*scanWindow)/51+1)
	tests := []struct {
		name, phi, rule string
	}{
		{"term", "your Botox touch-up", "botox"},
		{"spelled out", "b o t o x", "botox"},
		{"ambiguous with context", "lip filler appointment", "filler"},
		{"identifier with cue", "SSN 512-44-8871", "ssn"},
	}
	for _, tc := range tests {
		for _, at := range []int{scanWindow - 40, scanWindow - 4, scanWindow - scanOverlap, scanWindow + 10, 2*scanWindow - 3*scanOverlap/2} {
			text := filler[:at] + " " + tc.phi + " " + filler[at:]
			v := sc.Scan(&Content{Text: []string{text}})
			found := false
			for _, f := range v.Findings {
				if strings.Contains(f.Rule, tc.rule) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s at offset %d of %d: not found (%v)", tc.name, at, len(text), v.Findings)
			}
		}
	}
	if v := sc.Scan(&Content{Text: []string{filler}}); v.PHI {
		t.Errorf("clean filler flagged: %v", v.Findings)
	}
	w := sc.pool.Get().(*work)
	defer sc.pool.Put(w)
	sc.scanText(w, filler, PartBody)
	if c := cap(w.sk.b) + cap(w.sk.f); c > 8*scanWindow {
		t.Errorf("scratch after a %d-byte part: %d bytes, want window-sized", len(filler), c)
	}
}
