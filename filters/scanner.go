package filters

import (
	"errors"
	"fmt"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/phigate/phigate/configs"
	"golang.org/x/text/unicode/norm"
)

// Finding categories. A verdict's categories are drawn from this list (plus
// any category a practice gives its own extra terms); the gateway's
// filters.policy maps each to rewrite, pass or reject, with "default" for the
// rest.
const (
	CatProcedure   = "procedure"    // treatments, surgery, injections, devices-as-treatments
	CatProduct     = "product"      // brand-name products: neurotoxins, fillers, skin boosters
	CatMedication  = "medication"   // prescriptions and drugs
	CatCondition   = "condition"    // diagnoses, conditions, symptoms
	CatClinical    = "clinical"     // clinical phrasing: post-op, sutures, lab results, treatment plan
	CatSSN         = "ssn"          // US social security numbers
	CatDOB         = "dob"          // a date next to a birth-date cue
	CatMRN         = "mrn"          // medical record / patient / chart numbers
	CatInsuranceID = "insurance_id" // member, subscriber, policy numbers
	CatPaymentCard = "payment_card" // card numbers passing IIN, length and Luhn checks
	CatPatientName = "patient_name" // a full name from the patient directory
	CatImage       = "image"        // any image: sniffed attachment bytes, cid: or data: images in HTML
	CatAttachment  = "attachment"   // any other attachment
	CatUnparsable  = "unparsable"   // the channel could not parse the message: fail closed
	CatUnreadable  = "unreadable"   // text in a script the lexicon cannot read: fail closed

	cueMonth = "month" // month names, used by the DOB detector
)

// Categories lists the built-in finding categories.
func Categories() []string {
	return []string{CatAttachment, CatClinical, CatCondition, CatDOB, CatImage, CatInsuranceID,
		CatMedication, CatMRN, CatPatientName, CatPaymentCard, CatProcedure, CatProduct, CatSSN, CatUnparsable}
}

// Options configure a Scanner.
type Options struct {
	// ExtraTerms are a practice's own lexicon entries (unambiguous terms).
	ExtraTerms []configs.ExtraTerm
	// MRNPatterns are extra regular expressions (RE2 syntax) for MRNs and
	// patient IDs, matched against the raw text of every part.
	MRNPatterns []string
	// PatientNames are full names from the patient directory; a name is
	// detected only as a whole ("Jane Doe"), never a first name alone.
	PatientNames []string
	// Lexicon replaces the embedded default lexicon when non-nil.
	Lexicon []Entry
	// Now anchors the plausible birth-year range; zero means time.Now().
	Now time.Time
	// OnPanic, when set, hears of a scan that panicked (an engine bug; the
	// scan itself answers a fail-closed verdict): the panic's type and the
	// stack, never its value, which may hold message text.
	OnPanic func(panicType string, stack []byte)
}

const (
	roleTerm uint8 = iota
	roleContext
	roleBenign
	roleCue
	roleWord
	roleName
)

type entry struct {
	id, cat string
	role    uint8
	amb     bool
	notPoss bool // ambiguous, and "your <term>" does not make it fire
}

type pattern struct {
	e    int32
	n    int32  // skeleton length
	mask uint64 // bit i set: the term itself has a word start at position i
}

// Scanner is an immutable compiled scanner; Scan is safe for concurrent use.
// Build a new one with New to change configuration (for example on SIGHUP)
// and swap the pointer: scans in flight keep using the old one.
type Scanner struct {
	m        *matcher
	entries  []entry
	pats     []pattern
	hangul   map[rune][]hangulTerm // Korean terms by their first syllable
	mrnRes   []*regexp.Regexp
	maxYear  int
	pool     sync.Pool
	nPattern int
	skels    [][]byte    // pattern → skeleton (for fuzzy verification)
	fz       *fuzzyIndex // long unambiguous single-word terms
	fzSkip   map[string]bool
	onPanic  func(string, []byte)
}

// contextWindow is how far (in skeleton characters, about 12–15 words) a
// context cue may be from an ambiguous term.
const contextWindow = 80

// New compiles a scanner from the lexicon (the embedded default unless
// opts.Lexicon is set) plus opts.
func New(opts Options) (*Scanner, error) {
	tableOnce.Do(buildRuneTable)
	lex := opts.Lexicon
	if lex == nil {
		var err error
		if lex, err = DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	sc := &Scanner{onPanic: opts.OnPanic}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	sc.maxYear = now.Year()
	var pats [][]byte
	var tmp skel
	seen := map[string]bool{}
	misspelling := false
	var spelled []bool // pattern → from an entry's terms (not a listed misspelling)
	add := func(ei int, t string) {
		tmp.reset()
		tmp.normalize(t)
		tb, tf := tmp.b[:tmp.n], tmp.f[:tmp.n]
		if len(tb) < 2 {
			return
		}
		var mask uint64
		for i := 1; i < len(tf) && i < 64; i++ {
			if tf[i]&flagStart != 0 {
				mask |= 1 << uint(i)
			}
		}
		// the word split is part of the pattern: "bday" and "b-day" are
		// one skeleton but match differently split text
		key := string(tb) + "\x00" + strconv.Itoa(ei) + "\x00" + strconv.FormatUint(mask, 16)
		if seen[key] {
			return
		}
		seen[key] = true
		pats = append(pats, slices.Clone(tb))
		sc.pats = append(sc.pats, pattern{e: int32(ei), n: int32(len(tb)), mask: mask})
		spelled = append(spelled, !misspelling)
	}
	roles := map[string]uint8{RoleTerm: roleTerm, RoleContext: roleContext, RoleBenign: roleBenign, RoleCue: roleCue, RoleWord: roleWord, RoleHangul: roleTerm}
	sc.hangul = map[rune][]hangulTerm{}
	sc.fzSkip = map[string]bool{}
	for _, e := range lex {
		r, ok := roles[e.Role]
		if !ok {
			return nil, fmt.Errorf("filters: lexicon entry %q: unknown role %q", e.ID, e.Role)
		}
		if e.Role == RoleHangul {
			ei := int32(len(sc.entries))
			sc.entries = append(sc.entries, entry{id: e.ID, cat: e.Category, role: roleTerm})
			for _, t := range append(e.Terms[:len(e.Terms):len(e.Terms)], e.Misspellings...) {
				r, _ := utf8.DecodeRuneInString(t)
				sc.hangul[r] = append(sc.hangul[r], hangulTerm{t, ei})
			}
			continue
		}
		if r == roleWord {
			// not matched: words the fuzzy index must leave alone
			for _, t := range e.Terms {
				tmp.reset()
				tmp.normalize(t)
				sc.fzSkip[string(tmp.b[:tmp.n])] = true
			}
			continue
		}
		ei := len(sc.entries)
		sc.entries = append(sc.entries, entry{id: e.ID, cat: e.Category, role: r, amb: e.Ambiguous, notPoss: e.NotByPossessive})
		for _, t := range e.Terms {
			add(ei, t)
		}
		misspelling = true
		for _, t := range e.Misspellings {
			add(ei, t)
		}
		misspelling = false
	}
	for i, t := range opts.ExtraTerms {
		cat := strings.ToLower(strings.TrimSpace(t.Category))
		if t.ID == "" || cat == "" || len(t.Terms) == 0 {
			return nil, fmt.Errorf("filters: extra_terms[%d]: needs id, category and at least one term", i)
		}
		ei := len(sc.entries)
		sc.entries = append(sc.entries, entry{id: t.ID, cat: cat, role: roleTerm})
		for _, w := range t.Terms {
			add(ei, w)
		}
	}
	if len(opts.PatientNames) > 0 {
		ei := len(sc.entries)
		sc.entries = append(sc.entries, entry{id: "patient_name", cat: CatPatientName, role: roleName})
		for _, n := range opts.PatientNames {
			f := strings.Fields(n)
			if len(f) < 2 {
				continue // a single name is not distinctive enough
			}
			add(ei, n)
			if k := len(f); k > 2 && nameSuffix[strings.ToLower(strings.Trim(f[k-1], ".,"))] {
				f = f[:k-1] // "John Smith Jr." is also "John Smith" and "Smith, John"
				add(ei, strings.Join(f, " "))
			}
			// charts, forms and lists write "Whitfield, Dana" (the comma
			// is a word boundary, like the space)
			add(ei, f[len(f)-1]+" "+strings.Join(f[:len(f)-1], " "))
			if len(f) > 2 {
				add(ei, f[len(f)-1]+" "+f[0])
			}
		}
	}
	for i, p := range opts.MRNPatterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("filters: mrn_patterns[%d]: %w", i, err)
		}
		sc.mrnRes = append(sc.mrnRes, re)
	}
	if len(pats) == 0 {
		return nil, errors.New("filters: empty lexicon")
	}
	sc.nPattern = len(pats)
	sc.m = buildMatcher(pats)
	sc.skels = pats
	var fuzzy []int32
	for i, p := range sc.pats {
		// names, not words: a listed misspelling is already one edit from
		// its term (one more would reach ordinary words), and conditions
		// and clinical phrasing are English ("blisters", "infection")
		e := &sc.entries[p.e]
		if e.role == roleTerm && !e.amb && p.mask == 0 && spelled[i] &&
			(e.cat == CatProcedure || e.cat == CatProduct || e.cat == CatMedication) {
			fuzzy = append(fuzzy, int32(i))
		}
	}
	sc.fz = buildFuzzy(pats, fuzzy)
	needStart := make([]bool, len(pats)) // per pattern: only counts when it starts a word
	for i, p := range sc.pats {
		e := &sc.entries[p.e]
		needStart[i] = p.n <= 4 || e.amb || e.role == roleName
	}
	sc.m.setNeedStart(needStart)
	sc.pool.New = func() any { return &work{} }
	return sc, nil
}

// PatternCount reports how many distinct normalised patterns the automaton holds.
func (sc *Scanner) PatternCount() int { return sc.nPattern }

// work is per-scan scratch, pooled so steady-state scans do not allocate.
type work struct {
	sk      skel
	sk2     skel // normalizeSplit's second half
	found   []Finding
	ctx     []span
	amb     []span
	benign  []span
	cues    []cue
	html    []byte
	htmlTmp htmlOut
	fz      []int32
	dobCue  bool // the part has a DOB cue
	names   bool // display names are being scanned: ambiguous terms stay silent
	wide    []byte
	// foundCap is the length at which found is compacted next
	foundCap int
}

type span struct {
	s, e int32
	ent  int32
}

type cue struct {
	cat    string
	rawEnd int32
}

var (
	emptyCats     = []string{}
	emptyFindings = []Finding{}
)

// Scan scans c and returns the verdict.
func (sc *Scanner) Scan(c *Content) Verdict {
	var v Verdict
	sc.ScanTo(&v, c)
	return v
}

// ScanTo is Scan writing into v, reusing its slices: with a reused Verdict a
// scan allocates nothing in steady state, PHI or not.
func (sc *Scanner) ScanTo(v *Verdict, c *Content) {
	w := sc.pool.Get().(*work)
	defer func() {
		if r := recover(); r != nil {
			// The scratch, in an unknown state, is left for the collector.
			sc.failed(v, r)
			return
		}
		sc.pool.Put(w)
	}()
	w.found = w.found[:0]
	w.foundCap = 4096
	if c != nil {
		sc.scanContent(w, c)
	} else {
		w.found = append(w.found, Finding{CatUnparsable, "unparsable", PartBody})
	}
	v.Findings = v.Findings[:0]
	v.Categories = v.Categories[:0]
	if v.Findings == nil {
		v.Findings = emptyFindings
	}
	if v.Categories == nil {
		v.Categories = emptyCats
	}
	if len(w.found) > 0 {
		slices.SortFunc(w.found, cmpFinding)
		for i, f := range w.found {
			if i > 0 && f == w.found[i-1] {
				continue
			}
			v.Findings = append(v.Findings, f)
			if n := len(v.Categories); n == 0 || v.Categories[n-1] != f.Category {
				v.Categories = append(v.Categories, f.Category)
			}
		}
	}
	v.PHI = len(v.Findings) > 0
}

// failed is a scan that panicked: a bug in the engine must neither take the
// server down with it nor let the message through, so the verdict fails
// closed and the panic is reported (type and stack) to Options.OnPanic.
//
//go:noinline
func (sc *Scanner) failed(v *Verdict, r any) {
	*v = Verdict{PHI: true, Categories: []string{CatUnparsable},
		Findings: []Finding{{CatUnparsable, RuleScannerError, PartBody}}}
	if sc.onPanic != nil {
		sc.onPanic(fmt.Sprintf("%T", r), debug.Stack())
	}
}

// RuleScannerError is the rule of the finding a scan reports when the
// engine itself failed (a panic): category unparsable, so the message is
// treated as PHI.
const RuleScannerError = "scanner_error"

func cmpFinding(a, b Finding) int {
	if c := strings.Compare(a.Category, b.Category); c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	return strings.Compare(a.Part, b.Part)
}

func (sc *Scanner) scanContent(w *work, c *Content) {
	if c.Unparsable {
		w.found = append(w.found, Finding{CatUnparsable, "unparsable", PartBody})
	}
	if c.Subject != "" {
		sc.scanText(w, c.Subject, PartSubject)
	}
	// A display name is a person's or a business's name: an ambiguous word
	// in it ("Pacific Contour Surgery", "Lift Aesthetics") names the
	// sender's practice, which the notice names too; unambiguous terms
	// ("Botox Reminders") still fire.
	w.names = true
	for _, n := range c.DisplayNames {
		sc.scanText(w, n, PartName)
	}
	w.names = false
	for _, h := range c.Headers {
		sc.scanText(w, h, PartSubject)
	}
	for _, t := range c.Text {
		sc.scanText(w, t, PartBody)
	}
	for _, h := range c.HTML {
		sc.scanHTML(w, h)
	}
	for i := range c.Attachments {
		a := &c.Attachments[i]
		if kind := SniffImage(a.Data); kind != "" {
			w.found = append(w.found, Finding{CatImage, "image_" + kind, PartAttachment})
		} else {
			w.found = append(w.found, Finding{CatAttachment, "attachment_" + sniffKind(a.Data), PartAttachment})
		}
		if a.Filename != "" {
			sc.scanText(w, a.Filename, PartFilename)
		}
	}
}

func (sc *Scanner) scanHTML(w *work, h string) {
	out := &w.htmlTmp
	out.reset()
	extractHTML(out, h)
	if out.dataImages > 0 {
		w.found = append(w.found, Finding{CatImage, "html_data_uri", PartHTML})
	}
	if out.cidImages > 0 {
		w.found = append(w.found, Finding{CatImage, "html_cid_image", PartHTML})
	}
	sc.scanText(w, string(out.text), PartHTML)
	if len(out.names) > 0 {
		sc.scanText(w, string(out.names), PartFilename)
	}
}

// scanText runs the normaliser, automaton, rules and identifier detectors
// over one part.
// Large parts are scanned in overlapping windows so the scratch a scan
// needs (skeleton, flags, token positions: a few bytes per input byte)
// stays bounded: a 30 MB text part would otherwise take ~200 MB of it.
// The overlap is far wider than anything a finding spans — the longest
// spelled-out term, the context window (80 skeleton characters) and an
// identifier's cue distance (48 bytes) — so a window boundary neither
// loses a finding nor makes one; findings from the overlap twice are
// deduplicated with the rest.
const (
	scanWindow  = 1 << 20
	scanOverlap = 8 << 10
)

func (sc *Scanner) scanText(w *work, text, part string) {
	for len(text) > scanWindow {
		end := windowEnd(text, scanWindow)
		sc.scanSegment(w, text[:end], part)
		next := windowEnd(text, end-scanOverlap)
		text = text[next:]
	}
	sc.scanSegment(w, text, part)
}

// windowEnd moves a cut at n back to just after the nearest whitespace
// (within 1 KiB), or else to a rune boundary, so no word is split.
func windowEnd(text string, n int) int {
	for i := n; i > n-1024 && i > 0; i-- {
		if c := text[i-1]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			return i
		}
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return n
}

func (sc *Scanner) scanSegment(w *work, text, part string) {
	sk := &w.sk
	sk.reset()
	sk.m = sc.m
	// steps the automaton as it goes: sk.hits
	if !sk.normalizeSplit(&w.sk2, text) {
		sk.normalize(text)
	}
	if sk.wideDigits {
		// "SSN ５１２－４４－８８７１", "Ｂ０ｔ０ｘ": digits (and the dashes
		// and spaces between them) from other blocks are made ASCII and
		// the part is scanned again, so the identifier detectors and
		// leetspeak see them; rare, so the copy does not matter
		w.wide = asciiDigits(w.wide[:0], text)
		if string(w.wide) != text {
			sc.scanSegment(w, string(w.wide), part)
			return
		}
	}
	unread := sk.other
	if sk.hangul > 0 && len(sc.hangul) > 0 {
		sc.scanHangul(w, text, part)
		unread -= sk.hangul
	}
	if unread >= unreadableMin && 3*unread >= sk.n {
		// Chinese, Japanese, Thai, Arabic…: the lexicon reads Latin script
		// (with Cyrillic and Greek look-alikes) and Korean words only, so
		// a part written in another script cannot be vouched for; it is
		// sealed like an unparsable one unless the practice's policy
		// passes "unreadable"
		w.found = append(w.found, Finding{CatUnreadable, "unreadable_script", part})
	}
	sc.resolve(w, text, part)
	if sk.digits || len(sc.mrnRes) > 0 {
		// every number-shaped detector needs an ASCII digit, and the
		// normaliser noted whether it saw one
		sc.identifiers(w, text, part)
	}
}

// hangulTerm is a Korean lexicon term (role hangul) and its entry.
type hangulTerm struct {
	t string
	e int32
}

// scanHangul looks the Korean terms up in text, as literal substrings of
// its NFC form (a phone may send Hangul as decomposed jamo): at each
// syllable, only the terms that begin with it are tried, so the cost is
// one map lookup a character whatever the lexicon's size (trying every
// term everywhere read Korean thirty times slower than English). Only
// parts with Hangul in them come here.
func (sc *Scanner) scanHangul(w *work, text, part string) {
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	var found []int32 // entries already reported: a handful at most
	for i, r := range text {
		if r < 0x1100 {
			continue
		}
		for _, h := range sc.hangul[r] {
			if strings.HasPrefix(text[i:], h.t) && !slices.Contains(found, h.e) {
				found = append(found, h.e)
				e := &sc.entries[h.e]
				w.found = append(w.found, Finding{e.cat, e.id, part})
			}
		}
	}
}

// hasHangul reports whether s holds a Hangul syllable or jamo.
func hasHangul(s string) bool {
	for _, r := range s {
		if isHangul(r) {
			return true
		}
	}
	return false
}

func isHangul(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 || r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F || r >= 0xA960 && r <= 0xA97F || r >= 0xD7B0 && r <= 0xD7FF
}

// unreadableMin is how many letters of an unread script a part needs, with
// at least a third of all its letters, before it counts as unreadable: a
// name or a greeting in Hangul inside an English message does not.
const unreadableMin = 12

// asciiDigits appends text to dst with every non-ASCII decimal digit and
// every dash or space between such characters made ASCII.
func asciiDigits(dst []byte, text string) []byte {
	for _, r := range text {
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
			continue
		}
		switch e := lookupRune(r); {
		case e.class() == rcMap && e.n() == 1 && e.at(0) >= '0' && e.at(0) <= '9':
			dst = append(dst, e.at(0))
		case unicode.Is(unicode.Pd, r) || r == '\uff0d':
			dst = append(dst, '-')
		case unicode.Is(unicode.Zs, r):
			dst = append(dst, ' ')
		case r == '\uff0e':
			dst = append(dst, '.')
		case r == '\uff0f':
			dst = append(dst, '/')
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// resolve applies the boundary and context rules to the raw automaton hits
// of text.
func (sc *Scanner) resolve(w *work, text, part string) {
	sk := &w.sk
	w.ctx, w.amb, w.benign, w.cues = w.ctx[:0], w.amb[:0], w.benign[:0], w.cues[:0]
	w.dobCue = false
	if len(sk.hits) == 0 {
		sc.fuzzy(w, part)
		return
	}
	// benign phrases first, so they can veto terms inside them
	for _, h := range sk.hits {
		p := &sc.pats[h.p]
		if sc.entries[p.e].role == roleBenign && sc.valid(sk, p, h.end, false) && !crossesSentence(sk, text, h.end-p.n, h.end) {
			w.benign = append(w.benign, span{h.end - p.n, wordEnd(sk, h.end), p.e})
		}
	}
	slices.SortFunc(w.benign, bySpanStart)
	ms := sc.maxSpan()
	for _, h := range sk.hits {
		p := &sc.pats[h.p]
		e := &sc.entries[p.e]
		if e.role == roleBenign {
			continue
		}
		// context cues are everyday words: glued forms are other words
		// ("icing" in "pricing"), so they match whole words only
		if !sc.valid(sk, p, h.end, e.amb || e.role == roleName || e.role == roleContext) || crossesSentence(sk, text, h.end-p.n, h.end) {
			continue
		}
		sp := span{h.end - p.n, h.end, p.e}
		switch e.role {
		case roleTerm, roleName:
			if inside(w.benign, sp, ms) {
				continue
			}
			if e.amb && (w.names || e.notPoss || !possessive(sk, sp.s)) {
				if !w.names {
					w.amb = append(w.amb, sp)
				}
				continue
			}
			w.found = append(w.found, Finding{e.cat, e.id, part})
			w.compact()
			w.ctx = append(w.ctx, sp)
		case roleContext:
			if !inside(w.benign, sp, ms) {
				w.ctx = append(w.ctx, sp)
			}
		case roleCue:
			w.cues = append(w.cues, cue{e.cat, sk.rawEnd(h.end)})
			w.dobCue = w.dobCue || e.cat == CatDOB
		}
	}
	sc.fuzzy(w, part)
	// an ambiguous term fires when a context cue, an unambiguous term or a
	// different ambiguous term lies within the window
	slices.SortFunc(w.ctx, bySpanStart)
	slices.SortFunc(w.amb, bySpanStart)
	for i, a := range w.amb {
		e := &sc.entries[a.ent]
		fire := near(w.ctx, a, ms)
		for j := from(w.amb, a.s-contextWindow-ms); !fire && j < len(w.amb) && w.amb[j].s <= a.e+contextWindow; j++ {
			b := w.amb[j]
			fire = j != i && b.ent != a.ent && dist(a, b) <= contextWindow
		}
		if fire {
			w.found = append(w.found, Finding{e.cat, e.id, part})
			w.compact()
		}
	}
}

// fuzzy looks every word of seven or more skeleton characters up in the
// misspelling index (fuzzy.go). A word inside a benign phrase, or listed as
// an everyday word (role "word"), is left alone.
func (sc *Scanner) fuzzy(w *work, part string) {
	sk := &w.sk
	fz := sc.fz
	start := int32(0)
	for _, t := range sk.toks {
		end := t.end
		if n := int(end - start); n >= fuzzyMinLen-1 && n <= fuzzyMaxLen {
			word := sk.b[start:end]
			// lookup's bit-set screen, here so that the words it turns
			// away (nearly all) cost no call
			if !fz.pre.has(quad(word, n)) && !fz.suf.has(quad(word[n-4:], n)) {
				start = end
				continue
			}
			w.fz = fz.lookup(word, sc.skels, w.fz[:0])
			if len(w.fz) > 0 && (sc.fzSkip[string(word)] || sc.isLexiconWord(sk, start, end)) {
				// "gentleman" is not "gentlemax"; "liposuction" is not
				// a misspelling of the Spanish "liposucción"
				w.fz = w.fz[:0]
			}
			for _, p := range w.fz {
				sp := span{start, end, sc.pats[p].e}
				if inside(w.benign, sp, sc.maxSpan()) {
					continue
				}
				e := &sc.entries[sp.ent]
				w.found = append(w.found, Finding{e.cat, e.id, part})
				w.ctx = append(w.ctx, sp)
			}
		}
		start = end
	}
}

// isLexiconWord reports whether the word [start, end) is itself a lexicon
// pattern (any role): such a word is not a misspelling of another.
func (sc *Scanner) isLexiconWord(sk *skel, start, end int32) bool {
	for i := len(sk.hits) - 1; i >= 0; i-- {
		h := sk.hits[i]
		if h.end < end {
			break // hits are in end order
		}
		if h.end == end && h.end-sc.pats[h.p].n == start {
			return true
		}
	}
	return false
}

// compact sorts and deduplicates w.found once it grows large: a message of
// a million repeated terms has a handful of distinct findings, and the
// pooled scratch must not keep a million.
func (w *work) compact() {
	if len(w.found) < w.foundCap {
		return
	}
	slices.SortFunc(w.found, cmpFinding)
	w.found = slices.Compact(w.found)
	w.foundCap = max(2*len(w.found), 4096)
}

// maxSpan bounds a span's length: the longest pattern or looked-up word.
func (sc *Scanner) maxSpan() int32 { return max(sc.m.maxLen, fuzzyMaxLen) }

// from returns the first index of ss (sorted by start) whose start is at
// least lo.
func from(ss []span, lo int32) int {
	i, j := 0, len(ss)
	for i < j {
		h := int(uint(i+j) >> 1)
		if ss[h].s < lo {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func bySpanStart(a, b span) int { return int(a.s - b.s) }

func dist(a, b span) int32 {
	switch {
	case b.s >= a.e:
		return b.s - a.e
	case a.s >= b.e:
		return a.s - b.e
	}
	return 0
}

// near reports whether a span of ss (sorted by start) other than one
// overlapping a lies within the context window. Overlapping spans are the
// term's own words ("stitches" is both an ambiguous term and a context
// cue): a word cannot vouch for itself. Only the spans that can reach the
// window are visited, so a message of many terms stays linear.
func near(ss []span, a span, maxSpan int32) bool {
	for i := from(ss, a.s-contextWindow-maxSpan); i < len(ss) && ss[i].s <= a.e+contextWindow; i++ {
		if b := ss[i]; !(b.s < a.e && a.s < b.e) && dist(a, b) <= contextWindow {
			return true
		}
	}
	return false
}

// nameSuffix are the generational and professional suffixes a directory
// name may end with; the last-name-first form is built without them.
var nameSuffix = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true, "md": true,
	"phd": true, "dds": true, "do": true, "rn": true, "np": true, "esq": true}

// possessive reports whether the word before skeleton offset s is "your"
// or its SMS spellings "ur" and "yr": an ambiguous word the message makes
// the reader's own ("your filler", "ur lips", "your BBL") is about the
// patient's body or treatment, evidence enough on its own.
//
// A time between them is skipped: "your 7:30 surgery", "ur 2 pm consult".
func possessive(sk *skel, s int32) bool {
	for skip := 0; ; skip++ {
		q := s - 1
		for q > 0 && s-q < 5 && sk.f[q]&flagStart == 0 {
			q--
		}
		if q < 0 || sk.f[q]&flagStart == 0 {
			return false
		}
		w := string(sk.b[q:s])
		switch {
		case w == "your" || w == "ur" || w == "yr":
			return true
		case skip < 3 && isTimeWord(w):
			s = q
		default:
			return false
		}
	}
}

// isTimeWord reports a word of a clock time: digits ("7", "30", "730"),
// with or without "am"/"pm" ("2pm"), or "am"/"pm" alone.
func isTimeWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	if w == "" {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// crossesSentence reports whether the match over skeleton [s, end) spans
// the end of a sentence in text: one of its inner word starts follows a
// full stop, question or exclamation mark and then whitespace. A phrase is
// said within a sentence: "…refundable up to 48 hrs before. After that we
// apply it…" is not "before after" photos, nor "…the lift. Gate code 4411"
// a lift gate. Dotted evasions still match: "B.o.t.o.x" and "D.O.B" have
// no whitespace after their dots, and a dot after a single letter ("B. O.
// T. O. X.") is an initial's, not a sentence's.
func crossesSentence(sk *skel, text string, s, end int32) bool {
	f := sk.f
	for i := s + 1; i < end; i++ {
		if f[i]&flagStart == 0 || f[i-1]&flagStart != 0 {
			continue
		}
		stop := false
		for j, n := int(sk.rawEnd(i)), 0; j < len(text) && n < 32; j, n = j+1, n+1 {
			c := text[j]
			if c == '.' || c == '!' || c == '?' {
				stop = true
			} else if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				if stop {
					return true
				}
			} else if c >= utf8.RuneSelf || asciiClass[c] != acSep {
				break // the next word (or a letter outside ASCII)
			}
		}
	}
	return false
}

// wordEnd returns the end of the word that holds skeleton offset end-1. A
// benign phrase matched with an inflection ("ski lifts") covers it, so a
// term listed with that inflection ("lifts") lies inside the phrase too.
func wordEnd(sk *skel, end int32) int32 {
	for end < int32(sk.n) && sk.f[end-1]&flagEnd == 0 && sk.f[end]&flagStart == 0 {
		end++
	}
	return end
}

// inside reports whether a lies within a span of ss (sorted by start).
func inside(ss []span, a span, maxSpan int32) bool {
	for i := from(ss, a.s-maxSpan); i < len(ss) && ss[i].s <= a.s; i++ {
		if a.e <= ss[i].e {
			return true
		}
	}
	return false
}

// suffixes a word may carry after a term ("fillers", "peeling", "botoxed"),
// in skeleton form (runs collapsed).
var suffixes = [...]string{"s", "es", "ed", "d", "ing", "ings", "er", "ers", "y"}

// valid applies the boundary rules of the package documentation to a hit of
// pattern p ending at skeleton offset end.
func (sc *Scanner) valid(sk *skel, p *pattern, end int32, strict bool) bool {
	n := p.n
	s := end - n
	f := sk.f
	startOK := f[s]&flagStart != 0
	var tm uint64
	spelled := true
	for i := int32(1); i < n; i++ {
		if f[s+i]&flagStart != 0 {
			if i < 64 {
				tm |= 1 << uint(i)
			}
		} else {
			spelled = false
		}
	}
	extra := tm&^p.mask != 0
	e := &sc.entries[p.e]
	if e.role == roleName {
		return startOK && !extra && sc.endOK(sk, end, sufPlural)
	}
	short := strict || n <= 4
	if !extra {
		// two letters take only a plural: "IVs", but "Ivy" is a name
		endOK := sc.endOK(sk, end, suffixRule(n))
		switch {
		case startOK && endOK:
			return true
		case short, tm != 0:
			// glue is for run-together forms ("#nobotox",
			// "lipfillerday"); a match that spans words of the text must
			// start and end with them ("radiantskin.example" is not
			// "skin exam")
			return false
		case endOK: // "#nobotox"
			return n >= 5
		case startOK: // "juvedermvoluma"; not "renova" in "renovated"
			return n >= 7
		}
		return n >= 8 // "lipfillerday"
	}
	if spelled {
		if n <= 4 && (lone(sk, s-1) || lone(sk, end)) {
			// "p l a" inside "r-h-i-n-o-p-l-a-s-t-y", "x e o" in
			// "x e o m i n": a short spelled-out term must be the whole
			// run of single letters, not a slice of a longer one
			return false
		}
		return startOK && sc.endOK(sk, end, suffixRule(n))
	}
	if short {
		return false
	}
	return startOK && sc.endOK(sk, end, suffixRule(n))
}

// Which inflections a term of some length may carry (see endOK).
const (
	sufAll    = iota // every suffix in suffixes
	sufVerb          // s, es, ed, d, ing, ings: not er, ers, y
	sufPlural        // only a plural s
)

// suffixRule: two letters take only a plural ("IVs", but "Ivy" is a
// name); three or four letters take no "er" or "y", which turn short words
// into other words ("numb" into "number", "pla" into "play", "scar" into
// "scary"), while "botoxy" and "fillers" still read as their terms.
func suffixRule(n int32) int {
	switch {
	case n <= 2:
		return sufPlural
	case n <= 4:
		return sufVerb
	}
	return sufAll
}

// lone reports whether skeleton position i is a one-character word other
// than the English words "a" and "i" (which may precede a spelled-out term).
func lone(sk *skel, i int32) bool {
	if i < 0 || i >= int32(sk.n) || sk.f[i] != flagStart|flagEnd {
		return false
	}
	c := sk.b[i]
	return c != 'a' && c != 'i'
}

// endOK reports whether a match ending at end ends its word, possibly
// followed by an inflection suffix in the same word, as rule allows.
func (sc *Scanner) endOK(sk *skel, end int32, rule int) bool {
	f := sk.f
	if f[end-1]&flagEnd != 0 {
		return true
	}
	// find the end of the word
	k := end
	for k < int32(sk.n) && k-end < 5 {
		if f[k]&flagStart != 0 {
			return false
		}
		if f[k]&flagEnd != 0 {
			tail := string(sk.b[end : k+1])
			if rule == sufPlural {
				return tail == "s"
			}
			if rule == sufVerb && (tail == "er" || tail == "ers" || tail == "y") {
				return false
			}
			return slices.Contains(suffixes[:], tail)
		}
		k++
	}
	return false
}
