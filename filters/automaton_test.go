package filters

import (
	"bytes"
	"math/rand"
	"sort"
	"testing"
)

// TestAutomatonMatchesNaive checks the automaton against naive search on
// random patterns and texts over a small alphabet (many overlaps), with a
// dense region small enough that the sparse path is exercised too.
func TestAutomatonMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 200; round++ {
		var pats [][]byte
		for i := 0; i < 1+r.Intn(40); i++ {
			p := make([]byte, 1+r.Intn(6))
			for j := range p {
				p[j] = "abcd"[r.Intn(4)]
			}
			pats = append(pats, p)
		}
		m := buildMatcherDense(pats, 1+r.Intn(8))
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
		m.run(&sk, make([]bool, len(pats)))
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
