package filters

import (
	"unicode/utf8"
)

// Identifier detectors work on the raw text of a part (digits are not
// normalised away), using cue positions the automaton found in the same pass.

const (
	cueBefore = 48 // a cue may end this many bytes before an identifier
	cueAfter  = 24 // or start this soon after it (approximated by its end)
	maxRuns   = 8
)

type numGroup struct {
	start, end int // byte offsets in the text
	runs       int // digit runs
	lens       [maxRuns]uint8
	offs       [maxRuns]int
	sep        byte // the separator between runs, if uniform; 0 if none, '?' if mixed
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// identifiers runs the number-shaped detectors over text.
func (sc *Scanner) identifiers(w *work, text, part string) {
	// cue-driven: MRN and insurance member IDs follow their cue
	for _, c := range w.cues {
		switch c.cat {
		case CatMRN:
			if idAfter(text, int(c.rawEnd), 4, 4) {
				w.found = append(w.found, Finding{CatMRN, "mrn_cued", part})
			}
		case CatInsuranceID:
			if idAfter(text, int(c.rawEnd), 6, 3) {
				w.found = append(w.found, Finding{CatInsuranceID, "insurance_member_id", part})
			}
		}
	}
	for _, re := range sc.mrnRes {
		if re.MatchString(text) {
			w.found = append(w.found, Finding{CatMRN, "mrn_pattern", part})
			break
		}
	}
	// every digit is inside a token the normaliser noted, so only those
	// tokens are read; a number group may run on into the next tokens
	// ("4111 1111 1111 1111"), which are then skipped
	n := len(text)
	next := 0
	for _, t := range w.sk.numToks {
		i := max(int(t), next)
		for ; i < n; i++ {
			c := text[i]
			if !isDigit(c) {
				if c < utf8.RuneSelf && asciiClass[c] == acSep {
					break // the token ends
				}
				continue
			}
			if i > 0 && isDigit(text[i-1]) {
				continue
			}
			var g numGroup
			j := readGroup(text, i, &g)
			// a group is an SSN (9 digits), a card (13–19) or, next to
			// a DOB cue, a date: prices, times and street numbers are
			// none of them
			if g.total() >= 9 || w.dobCue {
				sc.checkGroup(w, text, &g, part)
				w.compact()
			}
			i = j
		}
		next = i
	}
}

// readGroup reads digit runs joined by single separators (space, -, ., /).
func readGroup(text string, i int, g *numGroup) int {
	n := len(text)
	g.start = i
	for {
		j := i
		for j < n && isDigit(text[j]) {
			j++
		}
		if g.runs < maxRuns {
			l := j - i
			if l > 255 {
				l = 255
			}
			g.lens[g.runs] = uint8(l)
			g.offs[g.runs] = i
		}
		g.runs++
		g.end = j
		// a separator between digit runs: one space, or one of - . /
		// with at most a space on either side ("512 - 44 - 8871")
		k := j
		if k < n && text[k] == ' ' {
			k++
		}
		c := byte(' ')
		if k < n && (text[k] == '-' || text[k] == '.' || text[k] == '/') {
			c = text[k]
			k++
			if k < n && text[k] == ' ' {
				k++
			}
		}
		if k > j && k < n && isDigit(text[k]) && g.runs < maxRuns && !(c == ' ' && k-j > 1) {
			if g.sep == 0 {
				g.sep = c
			} else if g.sep != c {
				g.sep = '?'
			}
			i = k
			continue
		}
		return j
	}
}

func (g *numGroup) digits(text string, buf *[24]byte) []byte {
	out := buf[:0]
	for r := 0; r < g.runs && r < maxRuns; r++ {
		for k := 0; k < int(g.lens[r]); k++ {
			if len(out) == len(buf) {
				return out
			}
			out = append(out, text[g.offs[r]+k])
		}
	}
	return out
}

// total is the number of digits in the group, or 0 when it has more runs
// than it keeps.
func (g *numGroup) total() int {
	if g.runs > maxRuns {
		return 0
	}
	t := 0
	for r := 0; r < g.runs; r++ {
		t += int(g.lens[r])
	}
	return t
}

func (sc *Scanner) checkGroup(w *work, text string, g *numGroup, part string) {
	var buf [24]byte
	// a number glued to letters on either side is part of a word or code
	glued := g.start > 0 && isAlnum(text[g.start-1]) || g.end < len(text) && isAlnum(text[g.end])
	total := g.total()
	// SSN: 3-2-4 with a uniform dash or space, or 9 digits next to an SSN cue
	if !glued && g.runs == 3 && g.lens[0] == 3 && g.lens[1] == 2 && g.lens[2] == 4 && (g.sep == '-' || g.sep == ' ') {
		if validSSN(g.digits(text, &buf)) {
			w.found = append(w.found, Finding{CatSSN, "ssn", part})
		}
	}
	if !glued && g.runs == 3 && g.lens[0] == 3 && g.lens[1] == 2 && g.lens[2] == 4 && g.sep == '.' && w.cueNear(CatSSN, g.start, g.end) {
		if validSSN(g.digits(text, &buf)) { // "ss# 512.44.8871"
			w.found = append(w.found, Finding{CatSSN, "ssn_cued", part})
		}
	}
	if !glued && g.runs == 1 && g.lens[0] == 9 && (w.cueNear(CatSSN, g.start, g.end) || ssBefore(text, g.start)) {
		if validSSN(g.digits(text, &buf)) {
			w.found = append(w.found, Finding{CatSSN, "ssn_cued", part})
		}
	}
	// payment cards
	if !glued && total >= 13 && total <= 19 && (g.runs == 1 || g.sep == ' ' || g.sep == '-') {
		if validCard(g.digits(text, &buf)) {
			w.found = append(w.found, Finding{CatPaymentCard, "payment_card", part})
		}
	}
	// dates of birth
	if w.dobCue {
		if g.runs == 3 && (g.sep == '/' || g.sep == '-' || g.sep == '.') && sc.numericDate(text, g) && w.cueNear(CatDOB, g.start, g.end) {
			w.found = append(w.found, Finding{CatDOB, "dob_date", part})
		} else if g.runs == 2 && g.sep == ' ' && g.lens[0] <= 2 && (g.lens[1] == 2 || g.lens[1] == 4) && !glued &&
			sc.dayYear(text, g) && w.cueWithin(cueMonth, g.start, 16) && w.cueNear(CatDOB, g.start, g.end) {
			w.found = append(w.found, Finding{CatDOB, "dob_date", part}) // "DOB: Mar 4 82"
		} else if g.runs == 1 && g.lens[0] == 4 && !glued {
			y := atoi(text[g.start:g.end])
			if y >= 1900 && y <= sc.maxYear && w.cueWithin(cueMonth, g.start, 16) && w.cueNear(CatDOB, g.start, g.end) {
				w.found = append(w.found, Finding{CatDOB, "dob_date", part})
			}
		}
	}
}

// cueFrom returns the first cue ending at or after raw offset lo (cues are
// in text order).
func (w *work) cueFrom(lo int) int {
	i, j := 0, len(w.cues)
	for i < j {
		h := int(uint(i+j) >> 1)
		if int(w.cues[h].rawEnd) < lo {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// cueNear: a cue of cat ends within cueBefore bytes before start, or within
// cueAfter after end. Only the cues in that range are visited.
func (w *work) cueNear(cat string, start, end int) bool {
	for i := w.cueFrom(start - cueBefore); i < len(w.cues); i++ {
		c := w.cues[i]
		re := int(c.rawEnd)
		if re > end+cueAfter+16 {
			break
		}
		if c.cat != cat {
			continue
		}
		if re <= start+1 && start-re <= cueBefore || re > start && re-end <= cueAfter+16 {
			return true
		}
	}
	return false
}

// ssBefore reports "SS" (or "S.S.") as the word just before start, past
// spaces and a ":" or "#": "SS 604381927" on a fax cover. The lexicon's
// cues cannot hold it, as runs collapse and "ss" would be the letter "s".
func ssBefore(text string, start int) bool {
	i := start
	for i > 0 && start-i < 4 && (text[i-1] == ' ' || text[i-1] == ':' || text[i-1] == '#') {
		i--
	}
	// two letters s, dots allowed after each ("S.S."), then a word start:
	// not "address" or "class"
	n := 0
	for steps := 0; i > 0 && n < 2 && steps < 4; steps++ {
		switch text[i-1] {
		case '.':
		case 's', 'S':
			n++
		default:
			return false
		}
		i--
	}
	return n == 2 && (i == 0 || !isAlnum(text[i-1]))
}

// cueWithin: a cue of cat ends at most max bytes before start.
func (w *work) cueWithin(cat string, start, max int) bool {
	for i := w.cueFrom(start - max); i < len(w.cues) && int(w.cues[i].rawEnd) <= start; i++ {
		if w.cues[i].cat == cat {
			return true
		}
	}
	return false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1e9 {
			return n
		}
	}
	return n
}

func (sc *Scanner) numericDate(text string, g *numGroup) bool {
	a := atoi(text[g.offs[0] : g.offs[0]+int(g.lens[0])])
	b := atoi(text[g.offs[1] : g.offs[1]+int(g.lens[1])])
	c := atoi(text[g.offs[2] : g.offs[2]+int(g.lens[2])])
	la, lb, lc := g.lens[0], g.lens[1], g.lens[2]
	okYear := func(y int, l uint8) bool {
		return l == 2 || l == 4 && y >= 1900 && y <= sc.maxYear
	}
	switch {
	case la == 4 && lb <= 2 && lc <= 2: // y-m-d
		return okYear(a, 4) && b >= 1 && b <= 12 && c >= 1 && c <= 31
	case la <= 2 && lb <= 2 && (lc == 2 || lc == 4): // m/d/y or d/m/y
		if !okYear(c, lc) {
			return false
		}
		return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31)
	}
	return false
}

// dayYear reports whether a two-run group reads as a day and a year.
func (sc *Scanner) dayYear(text string, g *numGroup) bool {
	d := atoi(text[g.offs[0] : g.offs[0]+int(g.lens[0])])
	y := atoi(text[g.offs[1] : g.offs[1]+int(g.lens[1])])
	return d >= 1 && d <= 31 && (g.lens[1] == 2 || y >= 1900 && y <= sc.maxYear)
}

// validSSN applies the SSA rules: area not 000, 666 or 900-999; group not
// 00; serial not 0000.
func validSSN(d []byte) bool {
	if len(d) != 9 {
		return false
	}
	area := int(d[0]-'0')*100 + int(d[1]-'0')*10 + int(d[2]-'0')
	group := int(d[3]-'0')*10 + int(d[4]-'0')
	serial := int(d[5]-'0')*1000 + int(d[6]-'0')*100 + int(d[7]-'0')*10 + int(d[8]-'0')
	if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
		return false
	}
	// well-known advertising/sample numbers
	if string(d) == "078051120" || string(d) == "219099999" || string(d) == "123456789" {
		return false
	}
	return true
}

// validCard checks issuer prefix, length and the Luhn checksum.
func validCard(d []byte) bool {
	n := len(d)
	if n < 13 || n > 19 {
		return false
	}
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p4 := p2*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	ok := false
	switch {
	case d[0] == '4': // Visa
		ok = n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		ok = n == 16
	case p2 == 34 || p2 == 37: // Amex
		ok = n == 15
	case p4 == 6011, p2 == 65, p4 >= 6440 && p4 <= 6499, p4 >= 6221 && p4 <= 6229: // Discover
		ok = n >= 16 && n <= 19
	case p2 == 35: // JCB
		ok = n >= 16 && n <= 19
	case p2 == 36 || p2 == 38 || p2 == 30 || p2 == 39: // Diners
		ok = n >= 14 && n <= 19
	case p2 == 62: // UnionPay
		ok = n >= 16 && n <= 19
	case d[0] == '5' || d[0] == '6': // Maestro
		ok = n >= 13 && n <= 19
	}
	if !ok {
		return false
	}
	sum := 0
	dbl := false
	for i := n - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if dbl {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
		dbl = !dbl
	}
	return sum%10 == 0
}

// idAfter reports whether an identifier-shaped token (≥ minLen characters of
// letters, digits and dashes, with ≥ minDigits digits) starts within 48 bytes
// after off.
func idAfter(text string, off, minLen, minDigits int) bool {
	n := len(text)
	limit := off + 48
	if limit > n {
		limit = n
	}
	for i := off; i < limit; i++ {
		c := text[i]
		if c == '\n' && i > off+2 {
			return false
		}
		if !isDigit(c) {
			continue
		}
		// expand the token around the first digit
		s := i
		for s > off && (isAlnum(text[s-1]) || text[s-1] == '-') {
			s--
		}
		e := i
		digits := 0
		for e < n && (isAlnum(text[e]) || text[e] == '-' || text[e] == ' ' && e+1 < n && isDigit(text[e+1]) && digits > 0) {
			if isDigit(text[e]) {
				digits++
			}
			e++
		}
		if e-s == 4 && digits == 4 {
			// "the chart says 1983": a bare year after a cue is a date,
			// not a record number
			if y := atoi(text[s:e]); y >= 1900 && y <= 2099 {
				return false
			}
		}
		return e-s >= minLen && digits >= minDigits
	}
	return false
}
