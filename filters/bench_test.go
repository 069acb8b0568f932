package filters

import (
	"regexp"
	"strings"
	"testing"
	"time"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// benchText is a 10 KB plain-text message with no PHI in it: the scanner has
// to read all of it (a PHI message could stop early, this one cannot).

func benchText() string {
	paras := []string{
		"Hi there, thanks so much for reaching out to our front desk team this morning. ",
		"Our office is located at 1200 Harbor Blvd, Suite 210, and free parking is available in the back lot after 5pm. ",
		"Please remember to bring a photo ID and arrive ten minutes early so we can update your contact details. ",
		"If you need to reschedule, reply to this message or call (555) 201-3344 at least 24 hours in advance. ",
		"We are closed on Monday for the holiday and reopen Tuesday at 9:00 AM with extended evening hours. ",
		"Our newsletter this month introduces Maria, our new coordinator, and photos of the renovated waiting room. ",
		"Gift cards are available in any amount and make a wonderful present for friends and family this season. ",
		"Thank you for your payment of $125.00; receipt #48213 has been emailed to the address on file. ",
	}
	var b strings.Builder
	for i := 0; b.Len() < 10*1024; i++ {
		b.WriteString(paras[i%len(paras)])
		if i%3 == 2 {
			b.WriteString("\n\n")
		}
	}
	return b.String()[:10*1024]
}

func defaultTerms(b *testing.B) []string {
	lex, err := DefaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	var terms []string
	for _, e := range lex {
		if e.Role == RoleTerm {
			terms = append(terms, e.Terms...)
			terms = append(terms, e.Misspellings...)
		}
	}
	return terms
}

// BenchmarkScan is the full scan: normalise + lexicon + context rules +
// identifiers, whole default lexicon, 10 KB plain text, one goroutine.
func BenchmarkScan(b *testing.B) {
	sc, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	c := &Content{Text: []string{benchText()}}
	var v Verdict
	sc.ScanTo(&v, c)
	if v.PHI {
		b.Fatalf("bench text should be clean: %v", v.Findings)
	}
	b.SetBytes(int64(len(c.Text[0])))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sc.ScanTo(&v, c)
	}
}

// BenchmarkScanPHI is the same with PHI terms sprinkled through the text, via
// Scan (which returns a fresh Verdict).
func BenchmarkScanPHI(b *testing.B) {
	sc, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	t := benchText()
	t = strings.Replace(t, "waiting room", "Botox room", 3)
	t = strings.Replace(t, "photo ID", "lip filler", 2)
	c := &Content{Text: []string{t}}
	b.SetBytes(int64(len(t)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !sc.Scan(c).PHI {
			b.Fatal("want PHI")
		}
	}
}

// BenchmarkRegexpAlternation is comparison (a): a case-insensitive Go regexp
// alternation of the same terms (no normalisation, no rules).
func BenchmarkRegexpAlternation(b *testing.B) {
	terms := defaultTerms(b)
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = regexp.QuoteMeta(t)
	}
	re := regexp.MustCompile(`(?i)\b(?:` + strings.Join(q, "|") + `)\b`)
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		re.FindAllStringIndex(text, -1)
	}
}

// BenchmarkAhoCorasickLibrary is comparison (b): raw matching with
// github.com/petar-dambovaliev/aho-corasick (DFA mode) over text that is
// already lower-cased, the same terms lower-cased, overlapping matches.
func BenchmarkAhoCorasickLibrary(b *testing.B) {
	terms := defaultTerms(b)
	for i := range terms {
		terms[i] = strings.ToLower(terms[i])
	}
	builder := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.StandardMatch, DFA: true})
	ac := builder.Build(terms)
	text := strings.ToLower(benchText())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it := ac.IterOverlapping(text)
		for it.Next() != nil {
		}
	}
}

// BenchmarkBuild is start-up and SIGHUP reload: compile a Scanner from the
// default lexicon (already parsed; see BenchmarkBuildWithParse).
func BenchmarkBuild(b *testing.B) {
	if _, err := DefaultLexicon(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildWithParse includes reading and parsing the YAML lexicon.
func BenchmarkBuildWithParse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		lex, err := LoadLexicon(configsFS(), "lexicon")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(Options{Lexicon: lex}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBuildUnder200ms builds the scanner from the embedded lexicon in a
// fresh process and logs how long it took. It does not fail on time: the
// 200 ms target is measured by BenchmarkBuildWithParse, and a timed unit
// test under -race on a busy CI machine measures the machine.
func TestBuildUnder200ms(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	start := time.Now()
	lex, err := LoadLexicon(configsFS(), "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := New(Options{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	entries, terms, _ := LexiconStats(lex)
	t.Logf("parse+build: %v for %d entries, %d terms, %d patterns", d, entries, terms, sc.PatternCount())
	if sc.PatternCount() < 1000 {
		t.Errorf("only %d patterns: the embedded lexicon did not load whole", sc.PatternCount())
	}
}
