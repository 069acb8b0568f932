package filters

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestFuzzyDictionaryNeighbours lists English words one edit away from a
// lexicon term: each must be a benign phrase (benign.fuzzy_neighbours), or
// every use of the word would read as the term. It needs a word list
// (Debian's wamerican-large: /usr/share/dict/words) and skips without one.
func TestFuzzyDictionaryNeighbours(t *testing.T) {
	f, err := os.Open("/usr/share/dict/words")
	if err != nil {
		t.Skip("no /usr/share/dict/words")
	}
	defer f.Close()
	// medical words themselves: reading them as the neighbouring term is fine
	medical := map[string]bool{"botulinus": true, "crymotherapy": true, "hemotherapy": true, "lipotropin": true,
		"methadon": true, "orthodontic": true, "oxytocic": true}
	sc := testScanner
	s := bufio.NewScanner(f)
	seen := map[string]bool{}
	for s.Scan() {
		word := strings.ToLower(s.Text())
		if len(word) < fuzzyMinLen-1 || strings.ContainsAny(word, "'") || seen[word] || medical[word] {
			continue
		}
		seen[word] = true
		v := sc.Scan(&Content{Text: []string{word}})
		if !v.PHI || exactlyPHI(sc, word) {
			continue // clean, or PHI without the index: a medical word
		}
		// is it the fuzzy index that fires?
		var w work
		w.sk.normalize(word)
		w.fz = sc.fz.lookup(w.sk.b[:w.sk.n], sc.skels, w.fz[:0])
		for _, p := range w.fz {
			if hasRule(v, sc.entries[sc.pats[p].e].id) && !exactly(sc, word, sc.entries[sc.pats[p].e].id) {
				t.Errorf("%s reads as %s (%s)", word, sc.skels[p], sc.entries[sc.pats[p].e].id)
			}
		}
	}
}

// exactly reports whether word fires rule without the fuzzy index.
func exactly(sc *Scanner, word, rule string) bool {
	saved := sc.fz
	sc.fz = buildFuzzy(nil, nil)
	defer func() { sc.fz = saved }()
	return hasRule(sc.Scan(&Content{Text: []string{word}}), rule)
}

func TestEditDistance1(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"sculptra", "sculptra", false},
		{"sculptra", "sculpra", true},   // deletion
		{"sculptra", "sculptrra", true}, // insertion
		{"sculptra", "sculptre", true},  // substitution
		{"sculptra", "sculptar", true},  // swap
		{"sculptra", "suclptra", true},  // swap
		{"sculptra", "sculpt", false},
		{"sculptra", "scluptar", false}, // two swaps
		{"sculptra", "xculptrx", false},
		{"", "a", true},
	} {
		if got := editDistance1([]byte(c.a), []byte(c.b)); got != c.want {
			t.Errorf("editDistance1(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// TestFuzzyMisspellings: misspellings no list holds, of long names, fire;
// ordinary words one edit from a name (listed in words.yaml) and short
// names' neighbours do not.
func TestFuzzyMisspellings(t *testing.T) {
	for _, c := range []struct {
		in  string
		phi bool
	}{
		{"microneedlig tomorrow", true},
		{"your blepharoplsty is booked", true},
		{"rhinoplastly follow up", true},
		{"liposuctoin garment", true},
		{"coolsculptign session", true},
		{"semaglutde dose", true},
		{"isotretinon pickup", true},
		{"hydroquinoe cream", true},
		{"hydrafacail on Friday", true},
		{"a gentleman called about parking", false}, // gentlemax
		{"the sculpture garden is closed", false},   // sculpsure
		{"a concert on Friday", false},              // concerta
		{"please cultivate patience", false},        // cutivate
		{"we are hydrating the plants", false},      // hydratint
		{"the bots are broken", false},              // too short for an edit
	} {
		if v := scanText(c.in); v.PHI != c.phi {
			t.Errorf("%q: PHI=%v want %v (%v)", c.in, v.PHI, c.phi, v.Findings)
		}
	}
}

// exactlyPHI reports whether word is PHI without the fuzzy index.
func exactlyPHI(sc *Scanner, word string) bool {
	saved := sc.fz
	sc.fz = buildFuzzy(nil, nil)
	defer func() { sc.fz = saved }()
	return sc.Scan(&Content{Text: []string{word}}).PHI
}
