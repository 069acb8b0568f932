package filters

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/phigate/phigate/configs"
)

// Roles of lexicon entries.
const (
	RoleTerm    = "term"    // a finding in its category (the default)
	RoleContext = "context" // a clinical/appointment cue: lets ambiguous terms fire, never fires alone
	RoleBenign  = "benign"  // an everyday phrase that contains a term ("orange peel"): suppresses terms inside it
	RoleCue     = "cue"     // a cue word for an identifier detector; category names the detector (ssn, dob, mrn, insurance_id, month)
	RoleWord    = "word"    // an everyday word one edit from a term: never read as its misspelling (fuzzy.go)
	// RoleHangul terms are Korean words matched as literal substrings of
	// Hangul text (Korean glues particles to words: 보톡스를, 필러는), never
	// through the Latin skeleton, which cannot spell them.
	RoleHangul = "hangul"
)

// Entry is one lexicon entry. Terms and Misspellings are matched the same
// way; they are kept apart in the data so reviewers can tell them apart.
type Entry struct {
	ID        string `yaml:"id"`
	Category  string `yaml:"category"`
	Role      string `yaml:"role"`
	Ambiguous bool   `yaml:"ambiguous"`
	// NotByPossessive: for an ambiguous entry, "your <term>" is not evidence
	// enough on its own (YAML "possessive: false"): "your consultation" is
	// any appointment, where "your filler" is a treatment.
	NotByPossessive bool     `yaml:"-"`
	Terms           []string `yaml:"terms"`
	Misspellings    []string `yaml:"misspellings"`
}

// lexFile is one YAML file: defaults for its entries, then the entries.
type lexFile struct {
	Category  string `yaml:"category"`
	Role      string `yaml:"role"`
	Ambiguous bool   `yaml:"ambiguous"`
	Entries   []struct {
		ID           string   `yaml:"id"`
		Category     string   `yaml:"category"`
		Role         string   `yaml:"role"`
		Ambiguous    *bool    `yaml:"ambiguous"`
		Possessive   *bool    `yaml:"possessive"`
		Terms        []string `yaml:"terms"`
		Misspellings []string `yaml:"misspellings"`
	} `yaml:"entries"`
}

// LoadLexicon reads every *.yaml file in dir of fsys, in name order.
func LoadLexicon(fsys fs.FS, dir string) ([]Entry, error) {
	des, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	var out []Entry
	seen := map[string]string{}
	for _, de := range des {
		if de.IsDir() || !strings.HasSuffix(de.Name(), ".yaml") {
			continue
		}
		name := path.Join(dir, de.Name())
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		var f lexFile
		dec := yaml.NewDecoder(strings.NewReader(string(b)))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", name, err)
		}
		for i, fe := range f.Entries {
			e := Entry{ID: fe.ID, Category: fe.Category, Role: fe.Role, Terms: fe.Terms, Misspellings: fe.Misspellings}
			if e.Category == "" {
				e.Category = f.Category
			}
			if e.Role == "" {
				e.Role = f.Role
			}
			if e.Role == "" {
				e.Role = RoleTerm
			}
			e.Ambiguous = f.Ambiguous
			if fe.Ambiguous != nil {
				e.Ambiguous = *fe.Ambiguous
			}
			e.NotByPossessive = fe.Possessive != nil && !*fe.Possessive
			if fe.Possessive != nil && !e.Ambiguous {
				return nil, fmt.Errorf("lexicon %s entry %d (%s): possessive applies only to ambiguous entries", name, i, e.ID)
			}
			if err := validateEntry(&e); err != nil {
				return nil, fmt.Errorf("lexicon %s entry %d (%s): %w", name, i, e.ID, err)
			}
			if prev, dup := seen[e.ID]; dup {
				return nil, fmt.Errorf("lexicon %s: duplicate id %q (also in %s)", name, e.ID, prev)
			}
			seen[e.ID] = name
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("lexicon: no entries")
	}
	return out, nil
}

var termCategories = map[string]bool{
	CatProcedure: true, CatProduct: true, CatMedication: true, CatCondition: true, CatClinical: true,
}

var cueCategories = map[string]bool{
	CatSSN: true, CatDOB: true, CatMRN: true, CatInsuranceID: true, cueMonth: true,
}

func validateEntry(e *Entry) error {
	if e.ID == "" {
		return errors.New("missing id")
	}
	if len(e.Terms) == 0 {
		return errors.New("no terms")
	}
	switch e.Role {
	case RoleTerm:
		if !termCategories[e.Category] {
			return fmt.Errorf("term category %q is not one of procedure, product, medication, condition, clinical", e.Category)
		}
	case RoleCue:
		if !cueCategories[e.Category] {
			return fmt.Errorf("cue category %q is not one of ssn, dob, mrn, insurance_id, month", e.Category)
		}
	case RoleHangul:
		if !termCategories[e.Category] {
			return fmt.Errorf("hangul category %q is not one of procedure, product, medication, condition, clinical", e.Category)
		}
		for _, t := range append(e.Terms[:len(e.Terms):len(e.Terms)], e.Misspellings...) {
			if !hasHangul(t) || !norm.NFC.IsNormalString(t) {
				return fmt.Errorf("hangul term %q is not NFC Hangul", t)
			}
		}
	case RoleContext, RoleBenign, RoleWord:
	default:
		return fmt.Errorf("unknown role %q", e.Role)
	}
	for _, t := range append(e.Terms[:len(e.Terms):len(e.Terms)], e.Misspellings...) {
		if strings.TrimSpace(t) == "" {
			return errors.New("empty term")
		}
	}
	return nil
}

var (
	defaultOnce sync.Once
	defaultLex  []Entry
	defaultErr  error
)

// DefaultLexicon returns the embedded lexicon (configs/lexicon/*.yaml),
// parsed once per process. Callers must not modify the result.
func DefaultLexicon() ([]Entry, error) {
	defaultOnce.Do(func() {
		defaultLex, defaultErr = LoadLexicon(configs.FS, "lexicon")
	})
	return defaultLex, defaultErr
}

// LexiconStats summarises a lexicon for docs and tests.
func LexiconStats(es []Entry) (entries, terms int, byCategory map[string]int) {
	byCategory = map[string]int{}
	for _, e := range es {
		entries++
		n := len(e.Terms) + len(e.Misspellings)
		terms += n
		byCategory[e.Role+"/"+e.Category] += n
	}
	return
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func configsFS() fs.FS { return configs.FS }
