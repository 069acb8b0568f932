package filters

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// normalizeSplit (two halves, their letter loops interleaved, the second
// half's hits near the cut recomputed) must build exactly the skeleton,
// flags, token ends, hits and number tokens that normalize builds in one
// pass: these tests hold the two against each other.

// compareSplit normalises text whole and split with m and reports a
// difference; false if text was not split.
func compareSplit(t testing.TB, m *matcher, text string) bool {
	t.Helper()
	var one, two, half skel
	one.m = m
	one.normalize(text)
	two.m = m
	if !two.normalizeSplit(&half, text) {
		return false
	}
	fail := func(what string) {
		t.Helper()
		t.Fatalf("split differs (%s) on a text of %d bytes: %q", what, len(text), text)
	}
	switch {
	case one.n != two.n:
		fail("length")
	case !bytes.Equal(one.b[:one.n], two.b[:two.n]):
		fail("skeleton")
	case !bytes.Equal(one.f[:one.n], two.f[:two.n]):
		fail("flags")
	case !slices.Equal(one.toks, two.toks):
		fail("token ends")
	case !slices.Equal(one.hits, two.hits):
		fail("hits")
	case !slices.Equal(one.numToks, two.numToks):
		fail("number tokens")
	case one.digits != two.digits || one.wideDigits != two.wideDigits:
		fail("digit flags")
	case m.id(one.st) != m.id(two.st):
		fail("final state")
	}
	return true
}

var splitWords = append(strings.Fields(`the a I of to and for your patient's clinic
	botox Botox BOTOX b0t0x B.o.t.o.x b o t o x Boooootox bottox juvederm
	Juvéderm Bоtox ｆｉｌｌｅｒ filler f1ller fillers lip lips rn RN iv IV dr Dr.
	mg PT bbl BBL lab chin gout hiss nov morning given turn aesthetic
	microneedling microneedlig blepharoplasty liposuction sculptra $culptra
	1200 555-201-3344 (555) 201-3344 $125.00 #48213 9:00 5pm 4111 1111 1111 1111
	123-45-6789 DOB 01/02/1980 MRN 12345678 member ID ABC123456 don't it's
	x y z e t o n s h l d c u m w ff ll ee oo b-day bday @clinic wow! ok? 3-5
	naïve café résumé ١٢٣ ５１２`), "e\u0301", "zero\u200bwidth", "soft\u00adhyphen", "\ufb01ller",
	"\U0001d41b\U0001d428\U0001d42d\U0001d428\U0001d431", "Ｂ０ｔ０ｘ", "Bo\u00adtox")

var splitSeps = []string{" ", " ", " ", " ", ", ", ". ", "\n", "\n\n", "\t", " - ", "! ", "? ", "; ", ": ", " (", ") ", "'", "...", "/"}

// splitText builds a random text of about n bytes from words and
// separators.
func splitText(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		w := words[r.Intn(len(words))]
		if r.Intn(8) == 0 {
			w = strings.ToUpper(w)
		}
		b.WriteString(w)
		b.WriteString(splitSeps[r.Intn(len(splitSeps))])
	}
	return b.String()
}

var (
	splitScannerOnce sync.Once
	splitScanner     *Scanner
)

// splitMatcher is the default lexicon's automaton, with directory names.
func splitMatcher(t testing.TB) *matcher {
	splitScannerOnce.Do(func() {
		sc, err := New(Options{PatientNames: []string{"Dana Whitfield", "Jane Doe", "Maria Lopez"}})
		if err != nil {
			t.Fatal(err)
		}
		splitScanner = sc
	})
	return splitScanner.m
}

func TestNormalizeSplitMatchesWhole(t *testing.T) {
	m := splitMatcher(t)
	r := rand.New(rand.NewSource(3))
	split := 0
	for round := 0; round < 400; round++ {
		if compareSplit(t, m, splitText(r, splitWords, splitMin+r.Intn(6000))) {
			split++
		}
	}
	if compareSplit(t, m, benchText()) {
		split++
	}
	if split < 300 {
		t.Fatalf("only %d of 401 texts were split", split)
	}
}

// TestNormalizeSplitSmallTables uses small random lexicons and tables small
// enough that both lanes take every kind of step: escapes to dense rows
// and sparse states, the cold row, outputs, word-start filtering.
func TestNormalizeSplitSmallTables(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	words := []string{"a", "b", "ab", "ba", "abc", "cab", "dab", "bad", "abcd", "dcba",
		"eabcd", "zab", "zz", "aab", "abba", "a'b", "ab3", "3ab", "a.b", "é", "ab é"}
	for round := 0; round < 300; round++ {
		pats := randPatterns(r, 60, 2, 7, "abcdez")
		m := buildMatcherDense(pats, 1+r.Intn(4096), r.Intn(64))
		if r.Intn(2) == 0 {
			ns := make([]bool, len(pats))
			for i := range ns {
				ns[i] = r.Intn(2) == 0
			}
			m.setNeedStart(ns)
		}
		for k := 0; k < 3; k++ {
			compareSplit(t, m, splitText(r, words, splitMin+r.Intn(3000)))
		}
	}
}

// TestNormalizeSplitCorpus joins each corpus's messages (testdata/corpus*)
// into long texts.
func TestNormalizeSplitCorpus(t *testing.T) {
	m := splitMatcher(t)
	split := 0
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus*"))
	for _, dir := range dirs {
		var all []string
		for _, label := range []string{"phi", "clean"} {
			files, _ := filepath.Glob(filepath.Join(dir, label, "*"))
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				all = append(all, string(b))
			}
		}
		for i := 0; i < len(all); i += 8 {
			if compareSplit(t, m, strings.Join(all[i:min(i+8, len(all))], "\n\n")) {
				split++
			}
		}
	}
	if split < 50 {
		t.Fatalf("only %d corpus texts were split", split)
	}
}

// FuzzNormalizeSplit repeats the input (with a separator) until it is long
// enough to be split.
func FuzzNormalizeSplit(f *testing.F) {
	for _, s := range []string{"botox filler", "b o t o x", "Call 555-201-3344 re: lip filler!",
		"patient's Juvéderm b0t0x", "aa bb ab ba", "x", "rn iv dr mg"} {
		f.Add(s, " ")
	}
	f.Fuzz(func(t *testing.T, s, sep string) {
		if len(s)+len(sep) == 0 {
			return
		}
		var b strings.Builder
		for b.Len() < splitMin+len(s) {
			b.WriteString(s)
			b.WriteString(sep)
		}
		compareSplit(t, splitMatcher(t), b.String())
	})
}

// TestLookupRuneAgreesWithClassify: lookupRune's tables and shortcuts give
// the same class and reading as classifyRune, the slow definition, for
// every rune up to U+1FFFF. (Before, ~900 runes outside the tables fell to
// a generic class: squared letters like "🄱🄾🅃🄾🅇" read as separators.)
func TestLookupRuneAgreesWithClassify(t *testing.T) {
	for r := rune(0x80); r <= 0x1FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not runes a string decodes to
		}
		if got, want := lookupRune(r), classifyRune(r); got != want {
			t.Fatalf("U+%04X: lookupRune %v, classifyRune %v", r, got, want)
		}
	}
}
