package filters

// The normaliser turns text into a "skeleton": a stream of lower-case ASCII
// letters and digits with no separators, plus one flag byte per skeleton
// character recording where words start and end. Lexicon terms go through
// the very same function, so every evasion handled here is handled for every
// term at once:
//
//   - Unicode: runes are decomposed (NFKD, which covers NFKC's compatibility
//     mappings: full-width letters, ligatures, mathematical alphanumerics,
//     circled letters), combining marks dropped (Juvéderm → juvederm),
//     lower-cased, and look-alike letters from Cyrillic, Greek and Armenian
//     mapped to the Latin letter they imitate (Cyrillic о in "Bоtox").
//   - Invisible characters (zero-width space/joiners, soft hyphen, BOM, bidi
//     and other format controls, variation selectors) are removed without
//     leaving a word boundary, so "Bo\u00adtox" is one word.
//   - Apostrophes are dropped inside words ("patient's" → patients).
//   - Separators are removed from the skeleton but recorded as word
//     boundaries, so "B.o.t.o.x", "bo-tox" and "b o t o x" all read "botox";
//     the matcher decides from the boundary flags whether such a split match
//     is acceptable (see the package documentation).
//   - Leetspeak: inside a token that also contains a real letter, digits and
//     @ $ ! | are read as the letters they imitate (b0t0x, 80tox, f1ller,
//     $culptra). A token with 1, ! or | is emitted twice, once reading them as
//     "i" and once as "l" (1ip f1ller). Pure numbers stay digits.
//   - Runs of the same character collapse to one ("Boooootox", "bottox",
//     "fillers"/"filers"), which also absorbs doubled-letter misspellings.
//     A run continues across a word boundary only after a one-letter word,
//     so spelled-out "b o t t o x" collapses but "BBL looks" stays two words.

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Skeleton flag bits.
const (
	flagStart = 1 << 0 // a word starts at this character
	flagEnd   = 1 << 1 // a word ends after this character
)

// byte classes for ASCII input.
const (
	acSep    = iota // separator: word boundary
	acLetter        // a-z (already lower-cased in asciiMap)
	acDigit         // 0-9
	acLeet          // @ $ ! | : a letter inside a word, else a separator
	acDrop          // apostrophe: removed, no boundary
)

// ASCII tables; initialised by expression so that package-level variables
// elsewhere (tests) may build scanners during initialisation.
var asciiClass, asciiLower, leetMap = buildASCII() // leetMap: digit/symbol → letter ("i" reading for 1 ! |)

// lowerTab maps ASCII letters to lower case and every other byte to 0: the
// fast path's only test per letter.
var lowerTab = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = byte(c), byte(c)
	}
	return
}()

func buildASCII() (asciiClass [128]uint8, asciiLower [128]byte, leetMap [128]byte) {
	for c := 0; c < 128; c++ {
		asciiClass[c] = acSep
	}
	for c := 'a'; c <= 'z'; c++ {
		asciiClass[c] = acLetter
		asciiLower[c] = byte(c)
		asciiClass[c-32] = acLetter
		asciiLower[c-32] = byte(c)
	}
	for c := '0'; c <= '9'; c++ {
		asciiClass[c] = acDigit
		asciiLower[c] = byte(c)
	}
	for _, c := range "@$!|" {
		asciiClass[c] = acLeet
	}
	asciiClass['\''] = acDrop
	asciiClass['`'] = acDrop
	for k, v := range map[byte]byte{'0': 'o', '1': 'i', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'b', '7': 't', '8': 'b', '9': 'g', '@': 'a', '$': 's', '!': 'i', '|': 'i'} {
		leetMap[k] = v
	}
	return
}

// Rune classes for non-ASCII input.
const (
	rcSep   = 0 // separator
	rcDrop  = 1 // invisible: removed without a boundary
	rcOther = 2 // a letter or digit with no ASCII reading: breaks matches
	rcMap   = 3 // maps to 1–3 ASCII letters/digits
)

// runeEntry packs class (bits 0-1), count (bits 2-3) and up to three bytes.
type runeEntry uint32

func (e runeEntry) class() uint8 { return uint8(e & 3) }
func (e runeEntry) n() int       { return int(e>>2) & 3 }
func (e runeEntry) at(i int) byte {
	return byte(e >> (8 * (uint(i) + 1)))
}

const (
	tableLo   = 0x80
	tableHi   = 0x2500 // Latin, IPA, Greek, Cyrillic, Armenian, punctuation, letterlike, enclosed
	fwLo      = 0xFF00 // full-width and half-width forms
	fwHi      = 0xFFF0
	alphaLo   = 0xFB00 // alphabetic presentation forms (ligatures)
	alphaHi   = 0xFB50
	mathLo    = 0x1D400 // mathematical alphanumeric symbols
	mathHi    = 0x1D800
	unknownCh = 0x7f // skeleton byte for rcOther
)

var (
	tableOnce sync.Once
	runeTable []runeEntry // [tableLo,tableHi) ++ [fwLo,fwHi) ++ [mathLo,mathHi) ++ [alphaLo,alphaHi)
)

// confusables maps look-alike letters (after lower-casing, except where the
// upper-case form is the look-alike) to the Latin letter they imitate.
var confusables = map[rune]string{
	// Cyrillic
	'а': "a", 'в': "b", 'е': "e", 'ё': "e", 'к': "k", 'м': "m", 'н': "h", 'о': "o", 'р': "p",
	'с': "c", 'т': "t", 'у': "y", 'х': "x", 'і': "i", 'ї': "i", 'ј': "j", 'ѕ': "s", 'ԁ': "d",
	'ԛ': "q", 'ԝ': "w", 'һ': "h", 'ӏ': "l", 'ɡ': "g", 'ь': "b", 'з': "3", 'л': "n", 'п': "n",
	'г': "r", 'д': "d", 'ц': "u", 'ш': "w", 'щ': "w", 'ы': "bi", 'я': "r", 'ү': "y", 'ҡ': "k",
	'А': "a", 'В': "b", 'Е': "e", 'К': "k", 'М': "m", 'Н': "h", 'О': "o", 'Р': "p", 'С': "c",
	'Т': "t", 'У': "y", 'Х': "x", 'І': "i", 'Ј': "j", 'Ѕ': "s", 'Ү': "y", 'Ӏ': "l",
	// Greek
	'α': "a", 'β': "b", 'γ': "y", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "n", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "u", 'ν': "v", 'ο': "o", 'ρ': "p", 'σ': "o", 'ς': "s", 'τ': "t", 'υ': "u",
	'χ': "x", 'ω': "w", 'ϲ': "c", 'ϳ': "j",
	'Α': "a", 'Β': "b", 'Ε': "e", 'Ζ': "z", 'Η': "h", 'Ι': "i", 'Κ': "k", 'Μ': "m", 'Ν': "n",
	'Ο': "o", 'Ρ': "p", 'Τ': "t", 'Υ': "y", 'Χ': "x", 'Ϲ': "c",
	// Armenian
	'օ': "o", 'ս': "u", 'ո': "n", 'ց': "g", 'հ': "h", 'ք': "p", 'զ': "q",
	// Latin extensions and IPA that do not decompose
	'ı': "i", 'ȷ': "j", 'ɑ': "a", 'ɩ': "i", 'ɪ': "i", 'ʟ': "l", 'ɴ': "n", 'ʀ': "r", 'ʙ': "b",
	'ʜ': "h", 'ʏ': "y", 'ᴀ': "a", 'ᴄ': "c", 'ᴅ': "d", 'ᴇ': "e", 'ᴊ': "j", 'ᴋ': "k", 'ᴍ': "m",
	'ᴏ': "o", 'ᴘ': "p", 'ᴛ': "t", 'ᴜ': "u", 'ᴠ': "v", 'ᴡ': "w", 'ᴢ': "z", 'ꜱ': "s", 'ɢ': "g",
	'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ħ': "h", 'ł': "l", 'Ł': "l", 'ŧ': "t", 'ƀ': "b",
	'ɨ': "i", 'ʉ': "u", 'ɇ': "e", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ß': "ss",
	'ẞ': "ss", 'þ': "th", 'ð': "d", 'ŋ': "n", 'ſ': "s", 'ɔ': "c", 'ə': "e", 'ɛ': "e",
}

func buildRuneTable() {
	t := make([]runeEntry, (tableHi-tableLo)+(fwHi-fwLo)+(mathHi-mathLo)+(alphaHi-alphaLo))
	i := 0
	for r := rune(tableLo); r < tableHi; r++ {
		t[i] = classifyRune(r)
		i++
	}
	for r := rune(fwLo); r < fwHi; r++ {
		t[i] = classifyRune(r)
		i++
	}
	for r := rune(mathLo); r < mathHi; r++ {
		t[i] = classifyRune(r)
		i++
	}
	for r := rune(alphaLo); r < alphaHi; r++ {
		t[i] = classifyRune(r)
		i++
	}
	runeTable = t
}

func pack(class uint8, s string) runeEntry {
	e := runeEntry(class) | runeEntry(len(s))<<2
	for i := 0; i < len(s); i++ {
		e |= runeEntry(s[i]) << (8 * (uint(i) + 1))
	}
	return e
}

// classifyRune is the slow, allocating path used to build the table (and for
// runes outside it would be too slow; those use classifyRare).
func classifyRune(r rune) runeEntry {
	if isInvisible(r) {
		return pack(rcDrop, "")
	}
	if s, ok := confusables[r]; ok {
		return pack(rcMap, s)
	}
	if r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u2032' {
		return pack(rcDrop, "") // typographic apostrophes
	}
	d := norm.NFKD.String(string(r))
	out := make([]byte, 0, 3)
	letter := false
	for _, x := range d {
		if unicode.Is(unicode.Mn, x) || isInvisible(x) {
			continue
		}
		x = unicode.ToLower(x)
		if s, ok := confusables[x]; ok {
			out = append(out, s...)
			letter = true
			continue
		}
		switch {
		case x >= 'a' && x <= 'z', x >= '0' && x <= '9':
			out = append(out, byte(x))
			letter = true
		case unicode.IsLetter(x) || unicode.IsDigit(x):
			return pack(rcOther, "")
		default:
			// punctuation, symbols, spaces inside a decomposition (e.g. "1⁄2")
			if len(out) == 0 && !letter {
				return pack(rcSep, "")
			}
			return pack(rcOther, "")
		}
	}
	if len(out) == 0 {
		if unicode.Is(unicode.Mn, r) {
			return pack(rcDrop, "")
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return pack(rcOther, "")
		}
		return pack(rcSep, "")
	}
	if len(out) > 3 {
		return pack(rcOther, "")
	}
	return pack(rcMap, string(out))
}

func isInvisible(r rune) bool {
	switch {
	case r == 0xAD, r == 0x34F, r == 0x61C, r == 0x115F, r == 0x1160, r == 0x17B4, r == 0x17B5,
		r == 0x180E, r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x206F, r == 0x3164, r == 0xFEFF, r == 0xFFA0,
		r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0000 && r <= 0xE0FFF, r >= 0x180B && r <= 0x180D:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// lookupRune classifies a non-ASCII rune without allocating, exactly as
// classifyRune would (TestLookupRuneAgreesWithClassify).
func lookupRune(r rune) runeEntry {
	switch {
	case r >= tableLo && r < tableHi:
		return runeTable[r-tableLo]
	case r >= fwLo && r < fwHi:
		return runeTable[(tableHi-tableLo)+int(r-fwLo)]
	case r >= mathLo && r < mathHi:
		return runeTable[(tableHi-tableLo)+(fwHi-fwLo)+int(r-mathLo)]
	case r >= alphaLo && r < alphaHi:
		return runeTable[(tableHi-tableLo)+(fwHi-fwLo)+(mathHi-mathLo)+int(r-alphaLo)]
	case r >= 0xAC00 && r <= 0xD7A3 || r >= 0x4E00 && r <= 0x9FFF:
		// Hangul syllables and CJK ideographs, which fill whole messages:
		// letters with no ASCII reading, without the walk through
		// Unicode's tables below
		return runeEntry(rcOther)
	}
	if e, ok := runeExtra()[r]; ok {
		return e
	}
	return fallbackRune(r)
}

// fallbackRune is the class of a rune outside the tables that has no ASCII
// reading: invisible, a letter or digit, or a separator.
func fallbackRune(r rune) runeEntry {
	if isInvisible(r) || unicode.Is(unicode.Mn, r) {
		return runeEntry(rcDrop)
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return runeEntry(rcOther)
	}
	return runeEntry(rcSep)
}

// runeExtra holds the runes above the first table whose class is not
// fallbackRune's: squared and parenthesised letters ("🄱🄾🅃🄾🅇"), the
// Latin extensions, segmented digits, CJK squared units ("㎎")… — about
// 900 of them, found once, when the first such rune is met (the search
// takes ~20 ms, which no command that never scans need pay at start-up).
var runeExtra = sync.OnceValue(func() map[rune]runeEntry {
	m := map[rune]runeEntry{}
	for r := rune(tableHi); r < 0x20000; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r >= fwLo && r < fwHi || r >= mathLo && r < mathHi || r >= alphaLo && r < alphaHi ||
			r >= 0xAC00 && r <= 0xD7A3 || r >= 0x4E00 && r <= 0x9FFF {
			continue
		}
		if e := classifyRune(r); e != fallbackRune(r) {
			m[r] = e
		}
	}
	return m
})

// skel is the normaliser's output for one part: skeleton characters, a flag
// byte per character, and the raw end offset of every token (so automaton
// hits can be mapped back to the input for the identifier detectors).
type skel struct {
	b    []byte // skeleton characters (len n; capacity pre-sized)
	f    []byte // flags per character
	n    int
	toks []tokPos
	hits []hit
	// tokStart: the next character starts a word
	tokStart bool
	// When m is set, every skeleton character steps the automaton as it is
	// emitted (state st) and hits go to hits: the automaton's chain of
	// dependent loads then overlaps the normaliser's own work instead of
	// running as a second pass.
	m      *matcher
	st     int32
	cold   int32 // fastWords: the full code of a state outside the hot table
	digits bool  // the text has a digit somewhere
	// wideDigits: the text has digits outside ASCII (full-width,
	// mathematical…), which the identifier detectors cannot read as such
	wideDigits bool
	numToks    []int32 // input offsets of the tokens holding ASCII digits
	// other counts letters with no ASCII reading (Hangul, Han, Thai,
	// Arabic…): text the lexicon cannot read
	other  int
	hangul int // how many of them are Hangul
}

type tokPos struct{ end, rawEnd int32 }

// hit is a raw automaton output: pattern p ends at skeleton index end
// (exclusive).
type hit struct {
	p   int32
	end int32
}

// rawEnd maps skeleton offset end (exclusive) to the input offset just after
// the token holding it: the first token ending at or after end, else the
// last token. Only cue hits need it (identifiers.go), so it is looked up
// per hit rather than mapped for all.
func (s *skel) rawEnd(end int32) int32 {
	toks := s.toks
	if len(toks) == 0 {
		return 0
	}
	i, j := 0, len(toks)-1
	for i < j {
		h := int(uint(i+j) >> 1)
		if toks[h].end < end {
			i = h + 1
		} else {
			j = h
		}
	}
	return toks[i].rawEnd
}

func (s *skel) reset() {
	s.n = 0
	s.st = 0
	s.toks = s.toks[:0]
	s.hits = s.hits[:0]
	s.digits = false
	s.wideDigits = false
	s.numToks = s.numToks[:0]
	s.other = 0
	s.hangul = 0
}

// grow makes room for the skeleton of n more input bytes (a token can be
// emitted twice, and no rune expands to more ASCII bytes than it occupies
// plus one).
func (s *skel) grow(n int) {
	need := s.n + 2*n + 8
	if cap(s.b) < need {
		b := make([]byte, need, need+need/2)
		copy(b, s.b[:s.n])
		f := make([]byte, need, need+need/2)
		copy(f, s.f[:s.n])
		s.b, s.f = b, f
	}
	s.b = s.b[:cap(s.b)]
	s.f = s.f[:cap(s.f)]
	clear(s.f[s.n:need]) // fastWords sets only the flags that are not 0
}

// put emits one skeleton character, collapsing runs.
func (s *skel) put(c byte) {
	n := s.n
	var fl byte
	if s.tokStart {
		fl = flagStart
		s.tokStart = false
	}
	// a run collapses inside a word, and across a boundary only after a
	// one-letter word ("b o t t o x"): "bbl looks" must stay two words
	if n > 0 && s.b[n-1] == c && (fl == 0 || s.f[n-1] == flagStart|flagEnd) {
		s.f[n-1] |= fl
		return
	}
	s.b[n] = c
	s.f[n] = fl
	s.n = n + 1
	if s.m != nil {
		s.step(c)
	}
}

// step feeds skeleton character c, just appended, to the automaton.
func (s *skel) step(c byte) {
	m := s.m
	st, cl := s.st, m.class[c]
	if st < m.ndk {
		st = m.dense[st+cl]
	} else {
		st = m.step(st, cl)
	}
	if st < 0 {
		st &= stateMask
		m.emit(s, st, int32(s.n), &s.hits)
	}
	s.st = st
}

// endToken marks the last emitted character as ending a word.
func (s *skel) endToken(rawEnd int) {
	if !s.tokStart && s.n > 0 {
		s.f[s.n-1] |= flagEnd
		s.toks = append(s.toks, tokPos{int32(s.n), int32(rawEnd)})
	}
	s.tokStart = false
}

// fastWords normalises plain ASCII words (letters and apostrophes) and the
// ASCII separators after them, from i (the start of a word) until a word
// that needs the token path (digits, symbols or non-ASCII inside it) or a
// separator that is not plain ASCII; it returns where it stopped. Prose is
// almost all such words, so the loop keeps its state in locals and writes
// token ends straight into capacity it reserved.
//
// The letter loop is the hot spot of a scan: per letter one load from the
// text, one from the matcher's letter table (lower-case letter and symbol
// class together), the run-collapse test, one store to the skeleton and one
// hot-table step of the automaton (automaton.go). Flags need no store: grow
// cleared them, and only a word's first character gets flagStart. Anything
// rarer — an automaton output, a state outside the hot table — leaves the
// loop for hotSlow, so the loop has no call in it and the compiler keeps
// its variables in registers.
func (s *skel) fastWords(text string, i int) int {
	n := len(text)
	if need := len(s.toks) + (n-i)/2 + 2; cap(s.toks) < need {
		s.toks = append(make([]tokPos, 0, need+need/4), s.toks...)
	}
	m := s.m
	if m == nil {
		m = noMatcher
	}
	// Only what the letter loop needs is kept in locals (st a uint16 hot
	// code, hot a fixed-size array: no length to hold for bounds checks);
	// flags and token ends go through s at word boundaries. With more
	// live values the compiler moves the loop's own through the stack.
	b, k, hot := s.b, s.n, m.hot
	_ = hot[0] // one nil check, not one a letter
	st := int(uint16(m.enter(s, s.st)))
	for i < n {
		x := letterTab[text[i]]
		if x == 0 {
			break
		}
		start, sk, st0, cold0, h0 := i, k, st, s.cold, len(s.hits)
		prev := uint32(0) // the previous letter, with its class
		if k > 0 && b[k-1] == byte(x) && s.f[k-1] == flagStart|flagEnd {
			prev = x // "b o t t o x": the letter continues the run
		} else {
			s.f[k] = flagStart
		}
		for {
			// one back-edge, i stepped at the bottom, no call inside:
			// the loop's few values stay in registers
			slow := false
			for ; uint(i) < uint(n); i++ { // unsigned: text[i] needs no second check
				y := letterTab[text[i]]
				if y == prev {
					continue
				}
				if y == 0 {
					break
				}
				prev = y
				b[k] = byte(y)
				k++
				e := int(hot[st*8+int(y>>16)])
				if e&(hotOut|hotEsc) != 0 {
					slow = true
					i++
					break
				}
				st = e
			}
			if slow {
				st = int(uint16(m.hotSlow(s, st, int(prev>>16), k)))
				continue
			}
			if i < n && (text[i] == '\'' || text[i] == '`') {
				i++ // "patient's"
				continue
			}
			break
		}
		if i < n {
			if c := text[i]; c >= utf8.RuneSelf || asciiClass[c] != acSep && (asciiClass[c] != acLeet || leetContinues(text, i)) {
				// the word goes on with digits, symbols or non-ASCII:
				// undo it, automaton and hits included
				k, i, st, s.cold = sk, start, st0, cold0
				s.hits = s.hits[:h0]
				s.f[sk] = 0
				break
			}
		}
		s.f[k-1] |= flagEnd
		s.toks = append(s.toks, tokPos{int32(k), int32(i)}) // reserved above
		for i < n && text[i] < utf8.RuneSelf && asciiClass[text[i]] == acSep {
			i++
		}
	}
	s.n = k
	s.st = m.leave(s, st)
	return i
}

// lane is one half's fast path in normalizeSplit: fastWords' locals, kept
// between the calls that step two halves together.
type lane struct {
	s    *skel
	text string // the half ends at its end
	i, k int    // input position, skeleton length (of s)
	off  int    // where s.b and s.f start in the arrays pair writes (see normalizeSplit)
	st   int    // hot code (matcher.enter)
	// the word being read, to undo it (see fastWords)
	start, sk, st0 int
	cold0          int32
	h0             int
	slow           bool // at input the fast path does not take: slowStep
}

// begin starts the plain word at l.i, as fastWords does, and reads its
// first letter; false when no letter is there.
func (m *matcher) begin(l *lane) bool {
	if l.i >= len(l.text) {
		return false
	}
	x := letterTab[l.text[l.i]]
	if x == 0 {
		l.slow = true
		return false
	}
	s, k, st := l.s, l.k, l.st
	l.start, l.sk, l.st0, l.cold0, l.h0 = l.i, k, st, s.cold, len(s.hits)
	l.i++
	if k > 0 && s.b[k-1] == byte(x) && s.f[k-1] == flagStart|flagEnd {
		return true // "b o t t o x": the letter continues the run
	}
	s.f[k] = flagStart
	s.b[k] = byte(x)
	k++
	l.k = k
	if e := int(m.hot[st*8+int(x>>16)]); e&(hotOut|hotEsc) == 0 {
		l.st = e
	} else {
		l.st = int(uint16(m.hotSlow(s, st, int(x>>16), k)))
	}
	return true
}

// stop is fastWords after its letter loop: l.i is not a letter (or is the
// end). It reports whether l is still inside a word: after an apostrophe,
// or when next is set and a plain word follows the separators.
func (m *matcher) stop(l *lane, next bool) bool {
	s, text, i, n := l.s, l.text, l.i, len(l.text)
	if i < n && (text[i] == '\'' || text[i] == '`') {
		l.i++ // "patient's"
		return true
	}
	if i < n {
		if c := text[i]; c >= utf8.RuneSelf || asciiClass[c] != acSep && (asciiClass[c] != acLeet || leetContinues(text, i)) {
			// not a plain word: undo it for the token path
			l.k, l.i, l.st, s.cold = l.sk, l.start, l.st0, l.cold0
			s.hits = s.hits[:l.h0]
			s.f[l.sk] = 0
			l.slow = true
			return false
		}
	}
	s.f[l.k-1] |= flagEnd
	s.toks = append(s.toks, tokPos{int32(l.k), int32(i)}) // reserved by reenter
	for i < n && text[i] < utf8.RuneSelf && asciiClass[text[i]] == acSep {
		i++
	}
	l.i = i
	return next && m.begin(l)
}

// finish reads the rest of the word l is in, alone.
func (m *matcher) finish(l *lane) {
	s, text, hot := l.s, l.text, m.hot
	_ = hot[0]
	for {
		b, i, k, st, n := s.b, l.i, l.k, l.st, len(text)
		prev := letterTab[b[k-1]] // inside a word: its last letter
		slow := false
		for ; uint(i) < uint(n); i++ {
			y := letterTab[text[i]]
			if y == prev {
				continue
			}
			if y == 0 {
				break
			}
			prev = y
			b[k] = byte(y)
			k++
			e := int(hot[st*8+int(y>>16)])
			if e&(hotOut|hotEsc) != 0 {
				slow = true
				i++
				break
			}
			st = e
		}
		l.i, l.k = i, k
		if slow {
			l.st = int(uint16(m.hotSlow(s, st, int(prev>>16), k)))
			continue
		}
		l.st = st
		if !m.stop(l, false) {
			return
		}
	}
}

// pair reads the words of lanes a and b together, a letter of each in
// turn, and returns the first whose text ends; the other is left inside a
// word (see finish). Both start inside a word, past its first letter
// (begin). The letter loop is fastWords' (a letter that repeats the
// skeleton's last one continues its run; a word's first letter is
// written without that test), twice: the automaton's chain of dependent
// loads is what bounds it, and the two lanes' chains are independent, so
// the processor runs them side by side. Word ends between plain words stay
// in the loop; a lane that meets input the fast path does not take goes
// through the token path (reenter) while the other waits inside its word.
func (m *matcher) pair(a, b *lane) *lane {
	hot := m.hot
	_ = hot[0]
	// b's text is the whole, a's a prefix of it; b's skeleton and flags
	// sit in a's arrays, from b.off
	t, sb, sf, na := b.text, a.s.b, a.s.f, len(a.text)
	// Every index is inside the lane's own region of the array: the fast
	// path writes at most one character per input byte, and reenter lets a
	// lane in only while its region has room for one per byte it has left;
	// ka-1 and kb-1 are the lane's last character (the lanes are inside
	// words here). The skeleton is still indexed with bounds checks, not
	// through an unsafe pointer: that would be ~4% faster (one live value
	// fewer, so no lane state goes through the stack), but this loop reads
	// what patients' senders write, and a bug in the invariant above must
	// be a panic the scanner's recover turns into a fail-closed verdict,
	// never a write past the array.
	sb = sb[:cap(sb)]
	sf = sf[:cap(sf)] // b's flags are past a's region
	ia, ka, sta := a.i, a.k, a.st
	ib, kb, stb := b.i, b.k+b.off, b.st
	var done *lane
loop:
	for {
		ev := 0
		for {
			// lane a
			// (a word of a never reaches its end: it ends in a space)
			if y := letterTab[t[ia]]; byte(y) != sb[ka-1] {
				if y == 0 {
					c := t[ia]
					if c >= utf8.RuneSelf || asciiClass[c] != acSep {
						if c == '\'' || c == '`' {
							ia++ // "patient's"
							goto nextB
						}
						ev = 1
						break
					}
					// the word ends; the next begins after the separators
					sf[ka-1] |= flagEnd
					a.s.toks = append(a.s.toks, tokPos{int32(ka), int32(ia)}) // reserved
					for ia++; ia < na && t[ia] < utf8.RuneSelf && asciiClass[t[ia]] == acSep; ia++ {
					}
					if ia >= na || letterTab[t[ia]] == 0 {
						ev = 5
						break
					}
					y = letterTab[t[ia]]
					a.start, a.sk, a.st0, a.cold0, a.h0 = ia, ka, sta, a.s.cold, len(a.s.hits)
					if sb[ka-1] == byte(y) && sf[ka-1] == flagStart|flagEnd {
						ia++ // "b o t t o x": the letter continues the run
						goto nextB
					}
					sf[ka] = flagStart
				}
				sb[ka] = byte(y)
				ka++
				ia++
				e := int(hot[sta*8+int(y>>16)])
				if e&(hotOut|hotEsc) != 0 {
					ev = 2
					break
				}
				sta = e
			} else {
				ia++ // the run collapses
			}
		nextB:
			// lane b
			if ib >= len(t) {
				ev = 3
				break
			}
			if y := letterTab[t[ib]]; byte(y) != sb[kb-1] {
				if y == 0 {
					c := t[ib]
					if c >= utf8.RuneSelf || asciiClass[c] != acSep {
						if c == '\'' || c == '`' {
							ib++ // "patient's"
							goto nextA
						}
						ev = 3
						break
					}
					// the word ends; the next begins after the separators
					sf[kb-1] |= flagEnd
					b.s.toks = append(b.s.toks, tokPos{int32(kb - b.off), int32(ib)}) // reserved
					for ib++; ib < len(t) && t[ib] < utf8.RuneSelf && asciiClass[t[ib]] == acSep; ib++ {
					}
					if ib >= len(t) || letterTab[t[ib]] == 0 {
						ev = 6
						break
					}
					y = letterTab[t[ib]]
					b.start, b.sk, b.st0, b.cold0, b.h0 = ib, kb-b.off, stb, b.s.cold, len(b.s.hits)
					if sb[kb-1] == byte(y) && sf[kb-1] == flagStart|flagEnd {
						ib++ // "b o t t o x": the letter continues the run
						goto nextA
					}
					sf[kb] = flagStart
				}
				sb[kb] = byte(y)
				kb++
				ib++
				e := int(hot[stb*8+int(y>>16)])
				if e&(hotOut|hotEsc) != 0 {
					ev = 4
					break
				}
				stb = e
			} else {
				ib++ // the run collapses
			}
		nextA:
		}
		switch ev {
		case 1: // a's word goes on with digits, symbols or non-ASCII (or a leet symbol ends it)
			a.i, a.k, a.st = ia, ka, sta
			if !m.stop(a, true) && !m.reenter(a) {
				done = a
				break loop
			}
			ia, ka, sta = a.i, a.k, a.st
		case 5: // after a's word: not a plain word, or the end
			a.i, a.k, a.st, a.slow = ia, ka, sta, true
			if !m.reenter(a) {
				done = a
				break loop
			}
			ia, ka, sta = a.i, a.k, a.st
		case 2:
			sta = int(uint16(m.hotSlow(a.s, sta, int(letterTab[sb[ka-1]]>>16), ka)))
		case 3: // b's word goes on with digits, symbols or non-ASCII (or a leet symbol ends it)
			b.i, b.k, b.st = ib, kb-b.off, stb
			if !m.stop(b, true) && !m.reenter(b) {
				done = b
				break loop
			}
			ib, kb, stb = b.i, b.k+b.off, b.st
		case 6: // after b's word: not a plain word, or the end
			b.i, b.k, b.st, b.slow = ib, kb-b.off, stb, true
			if !m.reenter(b) {
				done = b
				break loop
			}
			ib, kb, stb = b.i, b.k+b.off, b.st
		case 4:
			stb = int(uint16(m.hotSlow(b.s, stb, int(letterTab[sb[kb-1]]>>16), kb-b.off)))
		}
	}
	// the lane still inside a word leaves its state for finish
	if done == a {
		b.i, b.k, b.st = ib, kb-b.off, stb
	} else {
		a.i, a.k, a.st = ia, ka, sta
	}
	return done
}

// reenter takes lane l, out of the fast path, through slowStep until a
// plain word begins (true) or its text ends (false).
func (m *matcher) reenter(l *lane) bool {
	s, text := l.s, l.text
	s.n, s.st = l.k, m.leave(s, l.st)
	for l.i < len(text) {
		if c := text[l.i]; l.slow || letterTab[c] == 0 {
			if c < utf8.RuneSelf && asciiClass[c] == acSep {
				l.i++ // what slowStep does with it, without the call
			} else {
				l.i = s.slowStep(text, l.i)
			}
			l.slow = false
			continue
		}
		if need := len(s.toks) + (len(l.text)-l.i)/2 + 2; cap(s.toks) < need {
			s.toks = append(make([]tokPos, 0, need+need/4), s.toks...)
		}
		if s.n+len(l.text)-l.i >= len(s.b) {
			// no room for the fast path's writes (pair relies on it):
			// cannot happen, but the rest goes through normalizeFrom
			return false
		}
		l.k, l.st = s.n, int(uint16(m.enter(s, s.st)))
		m.begin(l) // a letter: it begins a word
		return true
	}
	return false
}

// splitMin is the shortest text normalizeSplit splits.
const splitMin = 2048

// splitPoint returns where normalizeSplit may cut text: just after an
// ASCII space or line break that follows two different letters, near the
// middle; -1 if there is none. There the normaliser is between two words
// whatever came before (no lookahead of its reaches past the space), and
// the skeleton before the cut ends in a word of two or more characters, so
// no run collapses across it: the two halves' skeletons, normalised apart,
// join into the skeleton of the whole.
func splitPoint(text string) int {
	h := len(text) / 2
	for p := h; p > h-1024 && p >= 3; p-- {
		if c := text[p-1]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			if x, y := lowerTab[text[p-3]], lowerTab[text[p-2]]; x != 0 && y != 0 && x != y {
				return p
			}
		}
	}
	return -1
}

// normalizeSplit is normalize for a long text, in two halves whose fast
// paths take turns word by word (fastWords2): the automaton is a chain of
// dependent loads, and the halves' chains are independent, so the
// processor overlaps them. The second half is normalised into s2 from the
// automaton's root, then appended to s; its hits that end within the
// pattern length of the cut are recomputed from the first half's final
// state (past that, a walk from the root is in the same state as one from
// anywhere). It reports false, having done nothing, when text is short or
// has no cut point.
func (s *skel) normalizeSplit(s2 *skel, text string) bool {
	n := len(text)
	m := s.m
	if n < splitMin || m == nil || m.maxLen == 0 {
		return false
	}
	p := splitPoint(text)
	if p < 0 {
		return false
	}
	// b's skeleton goes in s's arrays, past any a can have (pair writes
	// both through one pointer), and join moves it down; until then s's
	// slices end where b's region starts
	s.grow(n + 8)
	off := 2*p + 16
	s2.reset()
	s2.m, s2.tokStart = m, false
	s2.b, s2.f = s.b[off:], s.f[off:]
	s.b, s.f = s.b[:off], s.f[:off]
	a := lane{s: s, text: text[:p]}
	b := lane{s: s2, text: text, i: p, off: off}
	a.st = int(uint16(m.enter(s, s.st)))
	b.st = int(uint16(m.enter(s2, s2.st)))
	inA := m.reenter(&a)
	inB := inA && m.reenter(&b)
	var l *lane
	switch {
	case inA && inB:
		// pair returns when a lane's text ends; the other reads the rest
		// of its word alone
		if l = &a; m.pair(&a, &b) == &a {
			l = &b
		}
	case inA:
		l = &a
	}
	if l != nil {
		m.finish(l)
		l.s.n, l.s.st = l.k, m.leave(l.s, l.st)
	}
	s.normalizeFrom(a.text, a.i)
	s2.normalizeFrom(b.text, b.i)
	s.join(s2)
	return true
}

// join appends s2, normalised from the automaton's root, to s; see
// normalizeSplit.
func (s *skel) join(s2 *skel) {
	m := s.m
	s.b, s.f = s.b[:cap(s.b)], s.f[:cap(s.f)]
	nA, n2 := s.n, s2.n
	copy(s.b[nA:nA+n2], s2.b[:n2])
	copy(s.f[nA:nA+n2], s2.f[:n2])
	s.n = nA + n2
	nt := len(s.toks)
	s.toks = slices.Grow(s.toks, len(s2.toks))[:nt+len(s2.toks)]
	for i, t := range s2.toks {
		s.toks[nt+i] = tokPos{t.end + int32(nA), t.rawEnd}
	}
	// hits ending in s2's first maxLen-1 characters, from s's state
	sync := int(m.maxLen)
	st := m.walkFrom(s, nA, nA+min(n2, sync-1), s.st, -1, &s.hits)
	for _, h := range s2.hits {
		if int(h.end) >= sync {
			s.hits = append(s.hits, hit{h.p, h.end + int32(nA)})
		}
	}
	if n2 >= sync {
		st = s2.st
	}
	s.st = st
	s.numToks = append(s.numToks, s2.numToks...)
	s.digits = s.digits || s2.digits
	s.wideDigits = s.wideDigits || s2.wideDigits
	s.other += s2.other
	s.hangul += s2.hangul
	s.tokStart = s2.tokStart
	s2.b, s2.f = nil, nil // views of s's arrays
}

// noMatcher stands in when a skeleton is built without an automaton
// (Normalize, pattern compilation): no patterns, so every step stays at the
// root and nothing is emitted, and the fused loop needs no second version.
var noMatcher = buildMatcher(nil)

// normalize appends the skeleton of text to s.
func (s *skel) normalize(text string) {
	s.grow(len(text))
	s.normalizeFrom(text, 0)
}

// normalizeFrom appends the skeleton of text[i:] to s, for which grow has
// made room.
func (s *skel) normalizeFrom(text string, i int) {
	n := len(text)
	if need := len(s.toks) + (n-i)/2 + 2; cap(s.toks) < need {
		s.toks = append(make([]tokPos, 0, need+need/4), s.toks...)
	}
	for i < n {
		c := text[i]
		// fast path: a run of plain ASCII words
		if c < utf8.RuneSelf && asciiClass[c] == acLetter {
			if j := s.fastWords(text, i); j != i {
				i = j
				continue
			}
		}
		i = s.slowStep(text, i)
	}
}

// slowStep normalises what starts at i when the fast path does not take
// it: a separator, or one token. It returns where it stopped.
func (s *skel) slowStep(text string, i int) int {
	n := len(text)
	c := text[i]
	// skip separators
	if c < utf8.RuneSelf {
		if cl := asciiClass[c]; cl == acSep || cl == acLeet && !leetStartsWord(text, i) {
			return i + 1
		}
	} else {
		r, w := utf8.DecodeRuneInString(text[i:])
		if e := lookupRune(r); e.class() == rcSep {
			return i + w
		}
	}
	// find the token [i, j) and what it holds
	j := i
	letters, leet, amb := false, false, false
	for j < n {
		c := text[j]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case acLetter:
				letters = true
			case acDigit:
				if !s.digits || s.numToks[len(s.numToks)-1] != int32(i) {
					s.numToks = append(s.numToks, int32(i))
				}
				leet = true
				s.digits = true
				if c == '1' {
					amb = true
				}
			case acLeet:
				// a leet symbol continues the token only if an
				// alphanumeric follows it
				if !leetContinues(text, j) {
					goto done
				}
				leet = true
				if c == '!' || c == '|' {
					amb = true
				}
			case acDrop:
			default:
				goto done
			}
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		switch e := lookupRune(r); e.class() {
		case rcSep:
			goto done
		case rcMap:
			if e.n() == 1 && e.at(0) >= '0' && e.at(0) <= '9' {
				s.wideDigits = true // "５１２", "𝟓": see Scanner.scanText
			}
			letters = true
		case rcOther:
			letters = true
		}
		j += w
	}
done:
	useLeet := letters && leet
	if !letters && j == i+1 && text[i] >= '0' && text[i] <= '9' && s.spelledDigit(text, i) {
		// a lone digit inside a spelled-out word ("b.0.t.0.x") is a
		// letter too; one reading only, or the run would break
		s.token(text[i:j], true, 'i', j)
		return j
	}
	s.token(text[i:j], useLeet, 'i', j)
	if useLeet && amb {
		s.token(text[i:j], true, 'l', j)
	}
	if j == i { // cannot happen, but never loop forever
		j++
	}
	return j
}

func leetContinues(text string, j int) bool {
	if j+1 >= len(text) {
		return false
	}
	c := text[j+1]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[j+1:])
		cl := lookupRune(r).class()
		return cl == rcMap || cl == rcOther
	}
	cl := asciiClass[c]
	return cl == acLetter || cl == acDigit || cl == acLeet && leetContinues(text, j+1)
}

// leetStartsWord reports whether the leet symbol at i begins a word ($culptra)
// rather than standing alone (@clinic handles stay separators).
func leetStartsWord(text string, i int) bool {
	if text[i] == '@' {
		return false
	}
	return leetContinues(text, i)
}

// spelledDigit reports whether the lone digit at i sits in a run of
// one-character words: the word before it was one letter, or the next word
// is one letter.
func (s *skel) spelledDigit(text string, i int) bool {
	if s.n > 0 && s.f[s.n-1] == flagStart|flagEnd && s.b[s.n-1] >= 'a' && s.b[s.n-1] <= 'z' {
		return true
	}
	j := i + 1
	if j >= len(text) || text[j] >= utf8.RuneSelf || asciiClass[text[j]] != acSep || text[j] == '\n' {
		return false
	}
	j++
	if j >= len(text) || lowerTab[text[j]] == 0 { // a letter: "3-5" is a range
		return false
	}
	j++
	return j == len(text) || text[j] < utf8.RuneSelf && asciiClass[text[j]] == acSep
}

// token emits one token. one is the letter that 1 ! | read as.
func (s *skel) token(t string, leet bool, one byte, rawEnd int) {
	s.tokStart = true
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			switch asciiClass[c] {
			case acLetter:
				s.put(asciiLower[c])
			case acDigit, acLeet:
				if !leet {
					if c <= '9' && c >= '0' {
						s.put(c)
					}
					continue
				}
				l := leetMap[c]
				if l == 'i' && (c == '1' || c == '!' || c == '|') {
					l = one
				}
				s.put(l)
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		i += w
		e := lookupRune(r)
		switch e.class() {
		case rcMap:
			for k := 0; k < e.n(); k++ {
				s.put(e.at(k))
			}
		case rcOther:
			s.put(unknownCh)
			s.other++
			if isHangul(r) {
				s.hangul++
			}
		}
	}
	s.endToken(rawEnd)
}

// Normalize returns the skeleton of text: the form the matcher sees, with
// word boundaries shown as single spaces. It exists for tests, tools and
// debugging; scanning never materialises this string.
func Normalize(text string) string {
	tableOnce.Do(buildRuneTable)
	var s skel
	s.normalize(text)
	out := make([]byte, 0, s.n*2)
	for i, c := range s.b[:s.n] {
		if s.f[i]&flagStart != 0 && i > 0 && out[len(out)-1] != ' ' {
			out = append(out, ' ')
		}
		out = append(out, c)
		if s.f[i]&flagEnd != 0 && i < s.n-1 {
			out = append(out, ' ')
		}
	}
	return string(out)
}
