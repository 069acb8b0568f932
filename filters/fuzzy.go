package filters

import "slices"

// Misspellings the lexicon does not list. Long product and procedure names
// are misspelled in more ways than any list holds ("microneedlig",
// "blepharoplsty", "liposuctoin"), so a word of the text that is one edit
// (insertion, deletion, substitution or swap of neighbours) away from a
// long unambiguous single-word name is read as that name.
//
// Only names of fuzzyMinLen skeleton characters or more take part, only
// names of procedures, products and medications, and only as the lexicon
// spells them (not its listed misspellings, which are already one edit
// away): shorter names and English medical words sit one edit away from
// ordinary words (botox/boto, blisters/blusters), and their common
// misspellings are listed instead. Everyday words that still land one edit
// from a name are listed with role "word" (configs/lexicon/words.yaml);
// TestFuzzyDictionaryNeighbours finds them in an English word list.
//
// A single edit leaves either a word's first four characters or its last
// four intact (except a swap of the two middle letters of a seven- or
// eight-letter word), and changes its length by at most one. So every name
// is filed under its first four characters and its last four, each with the
// three lengths a word one edit away can have; a word is looked up under its
// own, first in a bit set that turns most words away, then in the buckets,
// and every candidate is verified by an exact edit-distance check.

const (
	fuzzyMinLen = 8  // shortest name (skeleton characters) matched with an edit
	fuzzyMaxLen = 40 // longest word looked up
	quadBits    = 15 // bit-set screen: 4 KB each, so the screen stays in L1
	bucketBits  = 12 // buckets: collisions only cost a failed verification
)

type fuzzyIndex struct {
	pre, suf   bitset // first / last four characters and a length
	preB, sufB []int32
	preL, sufL []int32
	count      int
}

type bitset [1 << quadBits / 64]uint64

func (s *bitset) set(k uint32)      { s[k>>6] |= 1 << (k & 63) }
func (s *bitset) has(k uint32) bool { return s[k>>6]&(1<<(k&63)) != 0 }

// quad keys four characters and a length.
func quad(b []byte, n int) uint32 {
	x := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	return (x ^ uint32(n)*0x85EBCA6B) * 0x9E3779B1 >> (32 - quadBits)
}

// buildFuzzy indexes the patterns whose indices are in use.
func buildFuzzy(pats [][]byte, use []int32) *fuzzyIndex {
	x := &fuzzyIndex{}
	type kp struct{ k, p int32 }
	var pre, suf []kp
	for _, p := range use {
		t := pats[p]
		n := len(t)
		if n < fuzzyMinLen || n > fuzzyMaxLen {
			continue
		}
		x.count++
		for d := -1; d <= 1; d++ {
			a, b := quad(t, n+d), quad(t[n-4:], n+d)
			x.pre.set(a)
			x.suf.set(b)
			pre = append(pre, kp{int32(a >> (quadBits - bucketBits)), p})
			suf = append(suf, kp{int32(b >> (quadBits - bucketBits)), p})
		}
	}
	csr := func(kps []kp) (start, list []int32) {
		slices.SortFunc(kps, func(a, b kp) int {
			if a.k != b.k {
				return int(a.k - b.k)
			}
			return int(a.p - b.p)
		})
		kps = slices.Compact(kps)
		start = make([]int32, 1<<bucketBits+1)
		list = make([]int32, len(kps))
		for i, e := range kps {
			start[e.k+1]++
			list[i] = e.p
		}
		for i := 1; i < len(start); i++ {
			start[i] += start[i-1]
		}
		return start, list
	}
	x.preB, x.preL = csr(pre)
	x.sufB, x.sufL = csr(suf)
	return x
}

// lookup appends to dst every pattern within one edit of word w (exact
// matches excluded: the automaton reports those).
func (x *fuzzyIndex) lookup(w []byte, pats [][]byte, dst []int32) []int32 {
	n := len(w)
	if n < fuzzyMinLen-1 || n > fuzzyMaxLen {
		return dst
	}
	if a := quad(w, n); x.pre.has(a) {
		b := a >> (quadBits - bucketBits)
		dst = verify(w, pats, x.preL[x.preB[b]:x.preB[b+1]], dst)
	}
	if a := quad(w[n-4:], n); x.suf.has(a) {
		b := a >> (quadBits - bucketBits)
		dst = verify(w, pats, x.sufL[x.sufB[b]:x.sufB[b+1]], dst)
	}
	return dst
}

func verify(w []byte, pats [][]byte, cands []int32, dst []int32) []int32 {
	for _, p := range cands {
		if d := len(pats[p]) - len(w); d >= -1 && d <= 1 && editDistance1(w, pats[p]) && !slices.Contains(dst, p) {
			dst = append(dst, p)
		}
	}
	return dst
}

// editDistance1 reports whether a and b differ by exactly one insertion,
// deletion, substitution or transposition of neighbours.
func editDistance1(a, b []byte) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch len(b) - len(a) {
	case 0:
		if i == len(a) {
			return false // equal
		}
		if string(a[i+1:]) == string(b[i+1:]) {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
	case 1:
		return string(a[i:]) == string(b[i+1:])
	}
	return false
}
