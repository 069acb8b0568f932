package filters

import (
	"bytes"
	"math/rand"
	"sort"
	"testing"
)

// randPatterns draws up to maxCount random patterns of minLen to
// minLen+lenSpan-1 letters of alphabet: small alphabets make many overlaps.
// (The count is redrawn at every step of the loop, as the tests using it
// always have, so their random sequences stay what they were.)
func randPatterns(r *rand.Rand, maxCount, minLen, lenSpan int, alphabet string) [][]byte {
	var pats [][]byte
	for i := 0; i < 1+r.Intn(maxCount); i++ {
		p := make([]byte, minLen+r.Intn(lenSpan))
		for j := range p {
			p[j] = alphabet[r.Intn(len(alphabet))]
		}
		pats = append(pats, p)
	}
	return pats
}

// TestAutomatonMatchesNaive checks the automaton against naive search on
// random patterns and texts over a small alphabet (many overlaps), with a
// dense region small enough that the sparse path is exercised too.
func TestAutomatonMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		pats := randPatterns(r, 40, 1, 6, "abcd")
		m := buildMatcherDense(pats, 1+r.Intn(8), r.Intn(8))
		text := make([]byte, r.Intn(2000))
		for j := range text {
			text[j] = "abcde"[r.Intn(5)]
		}
		var sk skel
		sk.grow(len(text))
		copy(sk.b, text)
		sk.n = len(text)
		for i := range sk.f[:sk.n] {
			sk.f[i] = flagStart
		}
		m.run(&sk)
		var got, want []hit
		got = append(got, sk.hits...)
		for i, p := range pats {
			for e := len(p); e <= len(text); e++ {
				if bytes.Equal(text[e-len(p):e], p) {
					want = append(want, hit{p: int32(i), end: int32(e)})
				}
			}
		}
		less := func(h []hit) func(i, j int) bool {
			return func(i, j int) bool {
				if h[i].end != h[j].end {
					return h[i].end < h[j].end
				}
				return h[i].p < h[j].p
			}
		}
		sort.Slice(got, less(got))
		sort.Slice(want, less(want))
		if len(got) != len(want) {
			t.Fatalf("round %d: got %d hits, want %d", round, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("round %d: hit %d = %+v, want %+v", round, i, got[i], want[i])
			}
		}
	}
}

// TestFastPathMatchesWalk holds the normaliser's fused fast path (hot
// table, escapes to dense rows and sparse states, outputs, word-start
// filtering, roll-backs of words handed to the token path) against one walk
// over the finished skeleton, with tables small enough that every kind of
// step is taken.
func TestFastPathMatchesWalk(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var a skel
	for round := 0; round < 300; round++ {
		pats := randPatterns(r, 60, 2, 6, "abcdez")
		m := buildMatcherDense(pats, 1+r.Intn(4096), r.Intn(64))
		all := *m // reports every match, for the reference walk
		ns := make([]bool, len(pats))
		if r.Intn(2) == 0 {
			for i := range ns {
				ns[i] = r.Intn(2) == 0
			}
			m.setNeedStart(ns)
		}
		var text []byte
		for len(text) < 3000 {
			for j := r.Intn(9); j >= 0; j-- {
				text = append(text, "abcdeABz"[r.Intn(8)])
			}
			text = append(text, " , a.b-\n'3é"[r.Intn(12)])
		}
		var b skel
		a.reset() // reused, as scans reuse pooled scratch
		a.m = m
		a.normalize(string(text))
		b.normalize(string(text))
		all.walkFrom(&b, 0, b.n, 0, -1, &b.hits)
		want := b.hits[:0]
		for _, h := range b.hits {
			if s := h.end - int32(len(pats[h.p])); !ns[h.p] || b.f[s]&flagStart != 0 {
				want = append(want, h)
			}
		}
		b.hits = want
		if string(a.b[:a.n]) != string(b.b[:b.n]) || string(a.f[:a.n]) != string(b.f[:b.n]) {
			t.Fatalf("round %d: skeletons differ", round)
		}
		if len(a.hits) != len(b.hits) {
			t.Fatalf("round %d (hot %d of %d states): fused %d hits, walk %d", round, m.nHot, len(m.out), len(a.hits), len(b.hits))
		}
		for i := range a.hits {
			if a.hits[i] != b.hits[i] {
				t.Fatalf("round %d: hit %d fused %+v, walk %+v", round, i, a.hits[i], b.hits[i])
			}
		}
	}
}
