package filters

// PROVISIONAL: a placeholder scanner so the pipeline can be built; the real
// engine (normaliser, Aho-Corasick lexicon, identifiers, sniffing) replaces
// the body of this file. The exported names are the contract:
//
//	New(opts Options) (*Scanner, error)
//	(*Scanner).Scan(c *Content) Verdict   — safe for concurrent use

import (
	"sort"
	"strings"

	"github.com/phigate/phigate/configs"
)

// Options configure a Scanner.
type Options struct {
	ExtraTerms  []configs.ExtraTerm
	MRNPatterns []string
	// Directory names (patient names) to detect; may be nil.
	PatientNames []string
}

// Scanner is an immutable, compiled scanner.
type Scanner struct{ terms []string }

// New compiles a scanner from the embedded lexicon plus opts.
func New(opts Options) (*Scanner, error) {
	s := &Scanner{terms: []string{"botox", "filler", "rhinoplasty", "juvederm", "ozempic"}}
	for _, t := range opts.ExtraTerms {
		for _, w := range t.Terms {
			s.terms = append(s.terms, strings.ToLower(w))
		}
	}
	return s, nil
}

// Scan scans c.
func (s *Scanner) Scan(c *Content) Verdict {
	var v Verdict
	add := func(cat, rule, part string) {
		v.Findings = append(v.Findings, Finding{Category: cat, Rule: rule, Part: part})
	}
	if c.Unparsable {
		add("unparsable", "unparsable", PartBody)
	}
	check := func(text, part string) {
		l := strings.ToLower(text)
		for _, t := range s.terms {
			if strings.Contains(l, t) {
				add("procedure", t, part)
			}
		}
	}
	check(c.Subject, PartSubject)
	for _, t := range c.Text {
		check(t, PartBody)
	}
	for _, t := range c.HTML {
		check(t, PartHTML)
	}
	for _, a := range c.Attachments {
		add("attachment", "attachment", PartAttachment)
		_ = a
	}
	seen := map[string]bool{}
	for _, f := range v.Findings {
		if !seen[f.Category] {
			seen[f.Category] = true
			v.Categories = append(v.Categories, f.Category)
		}
	}
	sort.Strings(v.Categories)
	v.PHI = len(v.Findings) > 0
	if v.Categories == nil {
		v.Categories = []string{}
	}
	if v.Findings == nil {
		v.Findings = []Finding{}
	}
	return v
}
